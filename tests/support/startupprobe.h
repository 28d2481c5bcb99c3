#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace VenueMap::Ui {

class AppController;

// How tst_startup and scripts/bench time a cold start. Test-only: it is built into
// `venuemap-probe` (venuemap's own main plus this), never into the installed `venuemap`
// (which holds no code that types a password).
// When the sign-in dialog asks, it types VENUEMAP_PROBE_EMAIL and VENUEMAP_PROBE_PASSWORD as a
// person would and presses Sign In (the real check runs); when the venue table first paints loaded
// rows it prints "first venue rows painted" and quits the app.
class StartupProbe final : public QObject
{
public:
    explicit StartupProbe(AppController *controller); // a child of the controller

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchWindow(QObject *window);
    void answerSignIn();

    QTimer *m_dialogPoll;
    QPointer<QObject> m_viewport;
    std::function<bool()> m_rowsLoaded;
    bool m_signedIn = false;
    bool m_done = false;
};

} // namespace VenueMap::Ui
