#include "messagebar.h"
#include "domain/plaintext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace VenueMap::Ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_action(new QToolButton(this))
{
    m_label->setTextFormat(Qt::PlainText); // sentences name venues and projects
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->hide();
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    QString bg, border;
    switch (kind) {
    case Kind::Info:
        bg = QStringLiteral("#e8f0fb");
        border = QStringLiteral("#8fb0e0");
        break;
    case Kind::Success:
        bg = QStringLiteral("#e6f4ea");
        border = QStringLiteral("#8cc69b");
        break;
    case Kind::Warning:
        bg = QStringLiteral("#fff6dc");
        border = QStringLiteral("#e2c36b");
        break;
    case Kind::Error:
        bg = QStringLiteral("#fde8e6");
        border = QStringLiteral("#e29a92");
        break;
    }
    setStyleSheet(
        QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(bg, border));
    m_label->setText(text);
    m_label->setToolTip(QString());
    if (QAction *offered = m_action->defaultAction()) {
        m_action->removeAction(offered);
        m_action->setDefaultAction(nullptr);
    }
    m_action->hide();
    show();
}

void MessageBar::showMessage(const QString &text, Kind kind, QAction *action)
{
    showMessage(text, kind);
    if (!action)
        return;
    m_action->setDefaultAction(action);
    m_action->setVisible(true);
}

QString MessageBar::actionText() const
{
    const QAction *offered = m_action->defaultAction();
    return !isHidden() && offered ? offered->text() : QString();
}

void MessageBar::triggerAction()
{
    if (QAction *offered = m_action->defaultAction())
        offered->trigger();
}

void MessageBar::showError(const Core::DbError &error)
{
    const bool mild = error.kind == Core::DbError::Kind::Validation
        || error.kind == Core::DbError::Kind::Conflict;
    showMessage(error.sentence(), mild ? Kind::Warning : Kind::Error);
    m_label->setToolTip(Core::plainTextToolTip(error.details()));
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace VenueMap::Ui
