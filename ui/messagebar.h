#pragma once

#include "db/dberror.h"

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace VenueMap::Ui {

// A strip above a page's content for what a person should know about their last action
// (refusals, conflicts, what was added), without a modal box.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);
    void showMessage(const QString &text, Kind kind = Kind::Info);
    // The message with a button for what a person may want next ("Undo", "Open Folder"):
    // `action` (the caller's, not taken over) is offered until the next message.
    void showMessage(const QString &text, Kind kind, QAction *action);
    // The sentence, with the technical details as a tooltip.
    void showError(const Core::DbError &error);
    QString text() const;
    // The offered action's text, empty when none is offered.
    QString actionText() const;
    // Triggers the offered action (as clicking its button does).
    void triggerAction();

private:
    QLabel *m_label;
    QToolButton *m_close;
    QToolButton *m_action;
};

} // namespace VenueMap::Ui
