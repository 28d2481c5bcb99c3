#pragma once

#include "db/database.h"
#include "db/dberror.h"

#include <QObject>
#include <QUndoCommand>

#include <functional>

class QAction;
class QUndoStack;

namespace VenueMap::Ui {

class UndoHistory;

// One change a person made that Edit ▸ Undo can take back: `redo` makes it, `undo` takes it
// back, each through the same repositories and services the pages use, on a connection and
// thread of their own (runOnOwnConnection; the GUI thread runs no statement). A step that fails
// (a colleague changed or removed the row meanwhile, the connection is gone) is reported through
// `failed` and the change leaves the history, so what the history offers is what the data allows.
class UndoableChange final : public QUndoCommand
{
public:
    using Step = std::function<Core::Status(const Core::Database &)>;

    // `text` names the change for the Edit menu ("Delete “Alte Münze”").
    UndoableChange(const QString &text, Step redo, Step undo);

    // The page made the change itself already (e.g. through the ShortlistEditor): the first
    // redo() only records it.
    void markDone() { m_skipNextRedo = true; }
    // After a step that worked, on the GUI thread: `undone` says whether it was the undo.
    std::function<void(bool undone)> done;
    // After a step that failed, on the GUI thread, with the one sentence to show.
    std::function<void(bool undone, const Core::DbError &error)> failed;

    void redo() override;
    void undo() override;

private:
    friend class UndoHistory;
    void run(const Step &step, bool undoing);

    UndoHistory *m_history = nullptr;
    Step m_redo;
    Step m_undo;
    bool m_skipNextRedo = false;
};

// The undo history of one open database (one per main window, so connecting to another database
// or signing in again starts an empty one). Undo and Redo wait while a step runs.
class UndoHistory final : public QObject
{
    Q_OBJECT
public:
    explicit UndoHistory(Core::Database db, QObject *parent = nullptr);

    const Core::Database &database() const { return m_db; }
    QUndoStack *stack() const { return m_stack; }

    // Runs `change` (unless marked done) and keeps it for Undo; false when it failed or another
    // step is still running (either is reported through its `failed`; it is not kept).
    bool push(UndoableChange *change);
    void undo();
    void redo();
    void clear();
    bool isBusy() const { return m_busy; }
    bool canUndo() const;
    bool canRedo() const;

    // The Undo a page's message offers for `change`: enabled while `change` is what Undo would
    // take back (a newer change elsewhere, or an undo, disables it).
    void offer(QAction *action, const UndoableChange *change);

    // Makes a menu's Undo and Redo actions this history's: their shortcuts (Ctrl+Z,
    // Ctrl+Shift+Z), texts that name the change, enabled when there is something to undo or redo.
    void bindUndoAction(QAction *action);
    void bindRedoAction(QAction *action);

Q_SIGNALS:
    // A step of a change failed (the sentence, for the status bar).
    void stepFailed(const QString &sentence);

private:
    friend class UndoableChange;
    Core::Status runStep(const UndoableChange::Step &step);
    void updateOffer(QAction *action) const;

    Core::Database m_db;
    QUndoStack *m_stack;
    bool m_busy = false;
};

} // namespace VenueMap::Ui
