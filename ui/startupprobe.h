#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace VenueMap::Ui {

class AppController;

// How scripts/bench times a cold start from outside the process (issue 7). Only with
// VENUEMAP_STARTUP_PROBE set: when the sign-in dialog asks, it types VENUEMAP_PROBE_EMAIL and
// VENUEMAP_PROBE_PASSWORD as a person would and presses Sign In (the real check runs); when the
// venue table first paints loaded rows it prints "first venue rows painted" and quits the app.
// It opens no door: without the right password the sign-in fails as it would for anyone.
class StartupProbe final : public QObject
{
public:
    static bool enabled();
    explicit StartupProbe(AppController *controller);

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
