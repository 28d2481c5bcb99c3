#pragma once

#include "db/dberror.h"

#include <QFrame>
#include <QPointer>

#include <chrono>

class QAction;
class QLabel;
class QTimer;
class QToolButton;

namespace VenueMap::Ui {

// A strip for what a person should know about their last action (refusals, conflicts, what was
// added), without a modal box. It is one line high on every page (a longer sentence is elided,
// whole in its tooltip) and goes away by itself: news after a few seconds, a warning or an error
// a little later, one with an action button (Undo, Open Folder) no sooner than a warning;
// Lifetime::Stay keeps one until it is dismissed or replaced.
//
// Placed in a layout, it takes no room there: it floats over the bottom edge of the widget that
// follows it in that layout (the page's table or preview), so appearing and going away never
// moves the rows under the mouse.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };
    // How long a message stays: Auto by its kind (autoHideAfter()), Stay until dismissed.
    enum class Lifetime { Auto, Stay };

    explicit MessageBar(QWidget *parent = nullptr);
    void showMessage(
        const QString &text, Kind kind = Kind::Info, Lifetime lifetime = Lifetime::Auto);
    // The message with a button for what a person may want next ("Undo", "Open Folder"):
    // `action` (the caller's, not taken over) is offered until the next message. It stays at
    // least as long as a warning does, so there is time to reach the button.
    void showMessage(const QString &text, Kind kind, QAction *action);
    // The sentence, with the technical details as a tooltip.
    void showError(const Core::DbError &error);
    // The whole sentence shown, empty when the bar is hidden.
    QString text() const;
    // Whether the bar will hide by itself.
    bool isAutoHiding() const;
    // The offered action's text, empty when none is offered.
    QString actionText() const;
    // Triggers the offered action (as clicking its button does).
    void triggerAction();

    static std::chrono::milliseconds autoHideAfter(Kind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void elide();
    // Leaves the layout it was put in and floats over the next widget there (once).
    void floatOverContent();
    void placeOverContent();

    QLabel *m_label;
    QToolButton *m_close;
    QToolButton *m_action;
    QTimer *m_hideTimer;
    QString m_text;
    QString m_details;
    QPointer<QWidget> m_host; // what the bar floats over; the parent itself when nothing follows
    bool m_floating = false;
};

} // namespace VenueMap::Ui
