#pragma once

#include "startup.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace VenueMap::Ui {

class CloseWatcher;
class MainWindow;
class PasswordStore;

// Owns the startup flow and the main window: opens the first database, and reopens through the
// same flow (migration dialog included) when the person picks File ▸ Connect….
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(PasswordStore *store, QObject *parent = nullptr);
    ~AppController() override;

    void start(const QString &commandLineUrl);
    MainWindow *mainWindow() const;
    StartupFlow *flow() const { return m_flow; }
    // Whether a database was ever opened (main's exit code).
    bool hasOpened() const { return m_opened; }

public Q_SLOTS:
    void chooseConnection(); // File ▸ Connect…

Q_SIGNALS:
    void quitRequested();
    void windowReplaced(VenueMap::Ui::MainWindow *window);

private:
    void onReady(const StartupResult &result);
    void notify(const QString &sentence);
    void watchConnection(MainWindow *window);

    PasswordStore *m_store;
    StartupFlow *m_flow;
    QPointer<MainWindow> m_window;
    QPointer<CloseWatcher> m_closeWatcher; // on m_window: quits when the person closes it
    QPointer<QWidget> m_connectDialog;
    QStringList m_pendingNotices;
    bool m_opened = false;
};

} // namespace VenueMap::Ui
