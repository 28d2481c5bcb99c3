#pragma once

#include "db/database.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace VenueMap::Ui {

class PasswordStore;

// What the startup flow hands over once a database is open, migrated and signed into.
struct StartupResult
{
    Core::Database db;
    QString signedInPerson;
    bool firstStart = false; // a brand-new embedded database
    int appliedMigrations = 0;
};

// The whole open-a-database flow (DESIGN §2, §5), without nested event loops: resolve the URL
// (--db, VENUEMAP_DB, last used, embedded default), connect (asking for a password the server
// wants), migrate with a progress dialog, offer sample data on a new embedded file, run the
// sign-in gate, then emit ready(). Every failure is shown by ErrorPresenter with the offer to
// choose another connection or quit. Used by main() and by File ▸ Connect….
class StartupFlow : public QObject
{
    Q_OBJECT
public:
    enum class Source { CommandLine, Environment, LastUsed, EmbeddedDefault, Chosen };
    enum class Step {
        Idle,
        Connecting,
        AskingPassword,
        Migrating,
        FirstStart,
        Gate,
        ShowingError,
        ChoosingConnection,
        Done
    };
    Q_ENUM(Source)
    Q_ENUM(Step)

    // The seam for sign-in: runs after migration, before the main window. It must
    // call `done` exactly once, possibly later (it may show its own non-modal dialog).
    struct GateOutcome
    {
        enum class Action { Continue, Quit, ChooseConnection };
        Action action = Action::Continue;
        QString signedInPerson; // shown in the status bar
    };
    using Gate = std::function<void(
        const Core::Database &db, QWidget *parent, std::function<void(GateOutcome)> done)>;

    explicit StartupFlow(QObject *parent = nullptr);
    ~StartupFlow() override;

    void setParentWidget(QWidget *parent) { m_parentWidget = parent; }
    void setPasswordStore(PasswordStore *store) { m_store = store; }
    // With a database already open, errors offer "Keep Current Connection" instead of "Quit".
    void setHasCurrentDatabase(bool has) { m_hasCurrent = has; }
    bool hasCurrentDatabase() const { return m_hasCurrent; }
    void setGate(Gate gate) { m_gate = std::move(gate); }
    void setFirstStartEnabled(bool enabled) { m_firstStartEnabled = enabled; }
    // A check run (venuemap --screenshot) looks at a database without making it the one the
    // next plain start opens.
    void setRemembersConnection(bool remembers) { m_remembersConnection = remembers; }

    // Resolves the URL by precedence and opens it.
    void start(const QString &commandLineUrl = {});
    void open(const Core::DatabaseUrl &url, Source source);

    Step step() const { return m_step; }
    Source source() const { return m_source; }
    // The URL being opened, without its password.
    Core::DatabaseUrl url() const;
    // The dialog the flow is waiting on (error box, password, migration, first start, connect).
    QWidget *activeDialog() const { return m_dialog; }
    // Where a URL comes from when nothing is chosen: --db, VENUEMAP_DB, last used, default.
    static Core::Result<Core::DatabaseUrl> resolve(const QString &commandLineUrl, Source *source);

Q_SIGNALS:
    void ready(const VenueMap::Ui::StartupResult &result);
    void quitRequested();
    void abandoned(); // the person kept the database that was already open
    void errorShown(const VenueMap::Core::DbError &error);
    void stepChanged(VenueMap::Ui::StartupFlow::Step step);

private:
    void setStep(Step step);
    void setDialog(QWidget *dialog);
    void connectNow();
    void onAuthenticationError(const Core::DbError &error);
    void askPassword(bool refused, const Core::DbError &error);
    void afterConnect();
    void afterMigration(int applied);
    void runGate();
    void finish(const QString &person);
    void fail(const Core::DbError &error);
    void chooseConnection();

    QPointer<QWidget> m_parentWidget;
    PasswordStore *m_store = nullptr;
    bool m_hasCurrent = false;
    bool m_firstStartEnabled = true;
    Gate m_gate;
    bool m_remembersConnection = true;

    Step m_step = Step::Idle;
    Source m_source = Source::EmbeddedDefault;
    Core::DatabaseUrl m_url;
    Core::Database m_db;
    QPointer<QWidget> m_dialog;
    bool m_triedKeychain = false;
    bool m_passwordFromPrompt = false;
    bool m_rememberPrompted = false;
    int m_fromVersion = 0;
    int m_applied = 0;
    bool m_firstStart = false;
};

} // namespace VenueMap::Ui

Q_DECLARE_METATYPE(VenueMap::Ui::StartupResult)
