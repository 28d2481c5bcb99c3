#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace VenueMap::Ui {

// `venuemap --screenshot FILE`: once the first window of the start (the main window, or the
// sign-in or first-start dialog) is shown, painted and no longer changing, writes a picture of it
// to FILE and ends the app with exit code 0 (1 when no window appeared or the file could not be
// written). It lets an administrator check an installation without a person at the screen
// (`QT_QPA_PLATFORM=offscreen venuemap --screenshot first.png`), and makes the screenshots the
// AppStream metainfo lists. It types nothing and answers no dialog.
class StartupScreenshot : public QObject
{
    Q_OBJECT
public:
    explicit StartupScreenshot(QString path, int timeoutMs = 60000, QObject *parent = nullptr);

private:
    void poll();

    QString m_path;
    int m_timeoutMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QWidget *m_candidate = nullptr;
    int m_stablePolls = 0;
};

} // namespace VenueMap::Ui
