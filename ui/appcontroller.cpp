#include "appcontroller.h"

#include "auth/session.h"
#include "auth/signingate.h"

#include "connectiondialog.h"
#include "mainwindow.h"
#include "pages.h"
#include "passwordstore.h"

#include "db/connectionmonitor.h"

#include <QCloseEvent>

namespace VenueMap::Ui {

// Quits when the person closes the main window (quitOnLastWindowClosed is off: between two
// startup dialogs no window is visible, and that must not end the app).
class CloseWatcher final : public QObject
{
public:
    CloseWatcher(QObject *target, std::function<void()> onClose)
        : QObject(target)
        , m_onClose(std::move(onClose))
    {
        target->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Close && event->isAccepted() && m_onClose)
            QMetaObject::invokeMethod(this, m_onClose, Qt::QueuedConnection);
        return false;
    }
    void disarm() { m_onClose = {}; }

private:
    std::function<void()> m_onClose;
};

AppController::AppController(PasswordStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_flow(new StartupFlow(this))
{
    m_flow->setPasswordStore(m_store);
    // Sign-in: after migration (the users table must be there), before the main window.
    // After File ▸ Connect… its dialogs offer Cancel: back to the database that is open.
    m_flow->setGate(signInGate([flow = m_flow] { return flow->hasCurrentDatabase(); }));
    connect(m_flow, &StartupFlow::ready, this, &AppController::onReady);
    connect(m_flow, &StartupFlow::quitRequested, this, &AppController::quitRequested);
    if (m_store)
        connect(m_store, &PasswordStore::cannotRemember, this, &AppController::notify);
}

AppController::~AppController()
{
    delete m_flow; // its dialogs may be children of the window
    m_flow = nullptr;
    delete m_window.data();
}

void AppController::start(const QString &commandLineUrl)
{
    m_flow->start(commandLineUrl);
}

MainWindow *AppController::mainWindow() const
{
    return m_window;
}

void AppController::chooseConnection()
{
    const StartupFlow::Step step = m_flow->step();
    if (m_connectDialog || (step != StartupFlow::Step::Done && step != StartupFlow::Step::Idle))
        return; // one at a time: the flow is busy with its own dialog otherwise
    auto *dialog = new ConnectionDialog(m_window);
    if (m_window)
        dialog->setUrl(m_window->database().url());
    m_connectDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted)
            return;
        dialog->saveChoice(m_store);
        m_flow->setParentWidget(m_window);
        m_flow->setHasCurrentDatabase(m_window != nullptr);
        m_flow->open(dialog->url(), StartupFlow::Source::Chosen);
    });
    dialog->open();
}

void AppController::onReady(const StartupResult &result)
{
    MainWindow *old = m_window;
    const Core::CurrentUser user = Core::Session::current(); // set by the sign-in gate
    auto *window = new MainWindow(result.db, user, makePages(result.db, user));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setSignedInPerson(result.signedInPerson);
    connect(window, &MainWindow::connectRequested, this, &AppController::chooseConnection);
    QPointer<CloseWatcher> oldWatcher = m_closeWatcher;
    m_closeWatcher = new CloseWatcher(window, [this] { Q_EMIT quitRequested(); });
    m_window = window;
    m_opened = true;
    if (old) {
        if (oldWatcher)
            oldWatcher->disarm(); // closing the old window is no reason to quit
        window->setGeometry(old->geometry());
        old->close(); // saves its geometry; deleted on close, closing its connection
    }
    watchConnection(window);
    window->show();
    for (const QString &notice : std::as_const(m_pendingNotices))
        window->showBanner(notice, MainWindow::Severity::Info);
    m_pendingNotices.clear();
    Q_EMIT windowReplaced(window);
}

void AppController::watchConnection(MainWindow *window)
{
    // A team server can go away (restart, dropped VPN): say so, keep everything on screen, and
    // say when it is back. The monitor pings and reconnects from its own thread.
    auto *monitor = new Core::ConnectionMonitor(window->database().url(), window);
    connect(monitor, &Core::ConnectionMonitor::connectionLost, window, [window](const QString &) {
        window->showBanner(
            tr("The connection to the database server was lost. VenueMap keeps what you "
               "typed and is reconnecting…"),
            MainWindow::Severity::Error);
    });
    connect(
        monitor, &Core::ConnectionMonitor::reconnecting, window, [window](int attempt, int nextMs) {
            window->showBanner(
                tr("The connection to the database server was lost. VenueMap keeps what you "
                   "typed; reconnecting (attempt %1, next in %2 s)…")
                    .arg(attempt)
                    .arg((nextMs + 999) / 1000),
                MainWindow::Severity::Error);
        });
    connect(monitor, &Core::ConnectionMonitor::connectionRestored, window, [window] {
        window->showBanner(tr("Connected again. Anything that did not save can be saved now."),
            MainWindow::Severity::Info);
    });
    monitor->start();
}

void AppController::notify(const QString &sentence)
{
    if (m_window)
        m_window->showBanner(sentence, MainWindow::Severity::Info);
    else
        m_pendingNotices << sentence;
}

} // namespace VenueMap::Ui
