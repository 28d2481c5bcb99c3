#include "undohistory.h"

#include "db/backgroundreader.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoStack>

#include <optional>

namespace VenueMap::Ui {

UndoableChange::UndoableChange(const QString &text, Step redo, Step undo)
    : m_redo(std::move(redo))
    , m_undo(std::move(undo))
{
    setText(text);
}

void UndoableChange::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    run(m_redo, false);
}

void UndoableChange::undo()
{
    run(m_undo, true);
}

void UndoableChange::run(const Step &step, bool undoing)
{
    Q_ASSERT(m_history);
    const Core::Status status = m_history->runStep(step);
    if (status) {
        if (done)
            done(undoing);
        return;
    }
    // The data is as it was before this step: forget the change (QUndoStack deletes an obsolete
    // command after its undo or redo) so Undo and Redo keep matching the data.
    setObsolete(true);
    if (failed)
        failed(undoing, status.error());
    Q_EMIT m_history->stepFailed(status.error().sentence());
}

UndoHistory::UndoHistory(Core::Database db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_stack(new QUndoStack(this))
{ }

Core::Status UndoHistory::runStep(const UndoableChange::Step &step)
{
    std::optional<Core::Status> outcome;
    Core::runOnOwnConnection(
        m_db, QStringLiteral("undo"), [&](const Core::Result<Core::Database> &own) {
            outcome = own ? step(*own) : Core::Status(own.error());
        });
    return std::move(*outcome);
}

bool UndoHistory::push(UndoableChange *change)
{
    if (m_busy) { // a key pressed while an undo waits for the database
        const QString sentence = change->m_skipNextRedo
            ? tr("Saved, but it cannot be undone: an undo was still running.")
            : tr("Nothing was changed: an undo is still running; try again in a moment.");
        if (change->failed)
            change->failed(
                false, Core::DbError::make(Core::DbError::Kind::Validation, {}, sentence));
        delete change;
        return false;
    }
    change->m_history = this;
    bool worked = true;
    auto failed = std::move(change->failed);
    change->failed = [&worked, failed](bool undone, const Core::DbError &error) {
        worked = false;
        if (failed)
            failed(undone, error);
    };
    m_busy = true;
    m_stack->push(change); // deleted by the stack at once when its first redo failed
    m_busy = false;
    if (worked) // the later steps report to the caller's handler only
        change->failed = failed;
    return worked;
}

void UndoHistory::undo()
{
    if (m_busy || !m_stack->canUndo())
        return;
    m_busy = true;
    m_stack->undo();
    m_busy = false;
}

void UndoHistory::redo()
{
    if (m_busy || !m_stack->canRedo())
        return;
    m_busy = true;
    m_stack->redo();
    m_busy = false;
}

void UndoHistory::clear()
{
    if (!m_busy)
        m_stack->clear();
}

bool UndoHistory::canUndo() const
{
    return m_stack->canUndo();
}

bool UndoHistory::canRedo() const
{
    return m_stack->canRedo();
}

void UndoHistory::offer(QAction *action, const UndoableChange *change)
{
    // Only compared with the stack's commands, never followed.
    action->setData(QVariant::fromValue(reinterpret_cast<quintptr>(change)));
    if (!action->property("undoOffer").toBool()) {
        action->setProperty("undoOffer", true);
        connect(
            m_stack, &QUndoStack::indexChanged, action, [this, action] { updateOffer(action); });
    }
    updateOffer(action);
}

void UndoHistory::updateOffer(QAction *action) const
{
    const int index = m_stack->index();
    const QUndoCommand *next = index > 0 ? m_stack->command(index - 1) : nullptr;
    action->setEnabled(
        next && reinterpret_cast<quintptr>(next) == action->data().value<quintptr>());
}

void UndoHistory::bindUndoAction(QAction *action)
{
    action->setShortcut(QKeySequence::Undo);
    const auto update = [this, action] {
        action->setEnabled(m_stack->canUndo());
        action->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    };
    connect(m_stack, &QUndoStack::indexChanged, action, update);
    connect(m_stack, &QUndoStack::canUndoChanged, action, update);
    connect(m_stack, &QUndoStack::undoTextChanged, action, update);
    connect(action, &QAction::triggered, this, &UndoHistory::undo);
    update();
}

void UndoHistory::bindRedoAction(QAction *action)
{
    // Ctrl+Shift+Z everywhere (QKeySequence::Redo is Ctrl+Y on Windows), and the platform's own
    // Redo keys where they differ.
    QList<QKeySequence> keys { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) };
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!keys.contains(key))
            keys << key;
    action->setShortcuts(keys);
    const auto update = [this, action] {
        action->setEnabled(m_stack->canRedo());
        action->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
    };
    connect(m_stack, &QUndoStack::indexChanged, action, update);
    connect(m_stack, &QUndoStack::canRedoChanged, action, update);
    connect(m_stack, &QUndoStack::redoTextChanged, action, update);
    connect(action, &QAction::triggered, this, &UndoHistory::redo);
    update();
}

} // namespace VenueMap::Ui
