#include "startup.h"

#include "connectiondialog.h"
#include "connectionsettings.h"
#include "errorpresenter.h"
#include "firststartdialog.h"
#include "logging.h"
#include "migrationdialog.h"
#include "passworddialog.h"
#include "passwordstore.h"

#include "migration/migrationmanager.h"

#include <QAtomicInt>
#include <QGuiApplication>

namespace VenueMap::Ui {

using Core::Database;
using Core::DatabaseUrl;
using Core::DbError;

StartupFlow::StartupFlow(QObject *parent)
    : QObject(parent)
{ }

StartupFlow::~StartupFlow()
{
    if (m_dialog)
        delete m_dialog.data(); // stops a migration or demo thread before the flow goes
}

DatabaseUrl StartupFlow::url() const
{
    DatabaseUrl bare = m_url;
    bare.password.clear();
    return bare;
}

void StartupFlow::setStep(Step step)
{
    m_step = step;
    Q_EMIT stepChanged(step);
}

void StartupFlow::setDialog(QWidget *dialog)
{
    if (m_dialog && m_dialog != dialog)
        m_dialog->deleteLater();
    m_dialog = dialog;
}

Core::Result<DatabaseUrl> StartupFlow::resolve(const QString &commandLineUrl, Source *source)
{
    if (!commandLineUrl.isEmpty()) {
        *source = Source::CommandLine;
        return DatabaseUrl::parse(commandLineUrl);
    }
    const QString env = qEnvironmentVariable("VENUEMAP_DB");
    if (!env.isEmpty()) {
        *source = Source::Environment;
        return DatabaseUrl::parse(env);
    }
    if (auto last = ConnectionSettings::lastUrl()) {
        *source = Source::LastUsed;
        return *last;
    }
    *source = Source::EmbeddedDefault;
    return DatabaseUrl::embeddedDefault();
}

void StartupFlow::start(const QString &commandLineUrl)
{
    Source source = Source::EmbeddedDefault;
    auto url = resolve(commandLineUrl, &source);
    m_source = source;
    if (!url) {
        DbError e = url.error();
        if (e.operation.isEmpty())
            e.operation = tr("open the database");
        fail(e);
        return;
    }
    open(*url, source);
}

void StartupFlow::open(const DatabaseUrl &url, Source source)
{
    m_url = url;
    m_source = source;
    m_db = Database();
    m_triedKeychain = false;
    m_passwordFromPrompt = false;
    m_fromVersion = 0;
    m_applied = 0;
    m_firstStart = false;
    qCInfo(lcStartup) << "opening" << url.toDisplayString();
    connectNow();
}

void StartupFlow::connectNow()
{
    setStep(Step::Connecting);
    static QAtomicInt counter;
    const QString name = QStringLiteral("main-%1").arg(counter.fetchAndAddRelaxed(1));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::open(m_url, name);
    QGuiApplication::restoreOverrideCursor();
    if (!db) {
        if (db.error().kind == DbError::Kind::Authentication && m_url.isPostgres())
            onAuthenticationError(db.error());
        else
            fail(db.error());
        return;
    }
    m_db = *db;
    afterConnect();
}

void StartupFlow::onAuthenticationError(const DbError &error)
{
    // libpq's own sources (PGPASSWORD, ~/.pgpass) were tried first; then the keychain; then ask.
    if (m_url.password.isEmpty() && !m_triedKeychain && m_store) {
        m_triedKeychain = true;
        setStep(Step::Connecting);
        QPointer<StartupFlow> self(this);
        m_store->read(PasswordStore::keyFor(m_url),
            [self, error](PasswordStore::Outcome outcome, const QString &pw) {
                if (!self)
                    return;
                if (outcome == PasswordStore::Outcome::Ok && !pw.isEmpty()) {
                    self->m_url.password = pw;
                    self->connectNow();
                } else {
                    self->askPassword(false, error);
                }
            });
        return;
    }
    askPassword(!m_url.password.isEmpty(), error);
}

void StartupFlow::askPassword(bool refused, const DbError &error)
{
    setStep(Step::AskingPassword);
    auto *dialog = new PasswordDialog(m_url, refused, m_parentWidget);
    setDialog(dialog);
    connect(dialog, &QDialog::finished, this, [this, dialog, error](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted) {
            fail(error);
            return;
        }
        m_url.password = dialog->password();
        m_passwordFromPrompt = true;
        m_rememberPrompted = dialog->rememberPassword();
        connectNow();
    });
    dialog->open();
}

void StartupFlow::afterConnect()
{
    if (m_url.isPostgres() && m_passwordFromPrompt) {
        ConnectionSettings::setRememberPassword(m_rememberPrompted);
        if (m_rememberPrompted && m_store)
            m_store->write(PasswordStore::keyFor(m_url), m_url.password);
    }
    if (m_remembersConnection && (m_source == Source::CommandLine || m_source == Source::Chosen))
        ConnectionSettings::saveLastUrl(m_url, ConnectionSettings::rememberPassword());

    // Read-only checks on this connection first: a database newer than the app, or a changed
    // migration, is refused before anything is written.
    Core::MigrationManager manager(m_db);
    auto status = manager.status();
    if (!status) {
        fail(status.error());
        return;
    }
    if (status->newerThanApp() || !status->changedFiles.isEmpty()) {
        Core::Status verified = manager.verify();
        fail(verified ? DbError::make(DbError::Kind::Migration, tr("open the database"),
                 tr("The database's schema history does not match this VenueMap."))
                      : verified.error());
        return;
    }
    m_fromVersion = status->currentVersion;
    if (status->pending.isEmpty()) {
        afterMigration(0);
        return;
    }

    setStep(Step::Migrating);
    auto *dialog
        = new MigrationDialog(m_url, status->currentVersion, status->headVersion, m_parentWidget);
    setDialog(dialog);
    connect(dialog, &MigrationDialog::succeeded, this, [this, dialog](int applied) {
        dialog->hide();
        dialog->deleteLater();
        afterMigration(applied);
    });
    connect(dialog, &MigrationDialog::failed, this, [this, dialog](const DbError &error) {
        dialog->hide();
        dialog->deleteLater();
        fail(error);
    });
    dialog->open();
    dialog->start();
}

void StartupFlow::afterMigration(int applied)
{
    m_applied = applied;
    // Migrations create no venues, so a file migrated from nothing has an empty book.
    m_firstStart = m_url.isSqlite() && m_fromVersion == 0 && applied > 0;
    if (!m_firstStart || !m_firstStartEnabled) {
        runGate();
        return;
    }
    setStep(Step::FirstStart);
    auto *dialog = new FirstStartDialog(m_url, m_parentWidget);
    setDialog(dialog);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        dialog->deleteLater();
        runGate();
    });
    dialog->open();
}

void StartupFlow::runGate()
{
    if (!m_gate) {
        finish({});
        return;
    }
    setStep(Step::Gate);
    setDialog(nullptr);
    QPointer<StartupFlow> self(this);
    m_gate(m_db, m_parentWidget, [self](GateOutcome outcome) {
        if (!self)
            return;
        switch (outcome.action) {
        case GateOutcome::Action::Continue:
            self->finish(outcome.signedInPerson);
            break;
        case GateOutcome::Action::Quit:
            self->m_db = Database();
            if (self->m_hasCurrent) { // cancelled: back to the database that is open
                self->setStep(Step::Idle);
                Q_EMIT self->abandoned();
            } else {
                Q_EMIT self->quitRequested();
            }
            break;
        case GateOutcome::Action::ChooseConnection:
            self->m_db = Database();
            self->chooseConnection();
            break;
        }
    });
}

void StartupFlow::finish(const QString &person)
{
    setDialog(nullptr);
    StartupResult result;
    result.db = m_db;
    result.signedInPerson = person;
    result.firstStart = m_firstStart;
    result.appliedMigrations = m_applied;
    m_db = Database(); // the receiver owns the connection now
    setStep(Step::Done);
    qCInfo(lcStartup) << "opened" << m_url.toDisplayString();
    Q_EMIT ready(result);
}

void StartupFlow::fail(const DbError &error)
{
    m_db = Database();
    setStep(Step::ShowingError);
    QMessageBox *box = ErrorPresenter::create(m_parentWidget, error,
        m_hasCurrent ? ErrorPresenter::Offer::ConnectOrKeep : ErrorPresenter::Offer::ConnectOrQuit);
    box->setAttribute(Qt::WA_DeleteOnClose, false);
    setDialog(box);
    connect(box, &QDialog::finished, this, [this, box] {
        const ErrorPresenter::Choice choice = ErrorPresenter::choiceOf(box);
        box->deleteLater();
        switch (choice) {
        case ErrorPresenter::Choice::ChooseConnection:
            chooseConnection();
            break;
        case ErrorPresenter::Choice::KeepCurrent:
            setStep(Step::Idle);
            Q_EMIT abandoned();
            break;
        case ErrorPresenter::Choice::Quit:
        case ErrorPresenter::Choice::Close:
            if (m_hasCurrent) {
                setStep(Step::Idle);
                Q_EMIT abandoned();
            } else {
                Q_EMIT quitRequested();
            }
            break;
        }
    });
    Q_EMIT errorShown(error);
    box->open();
}

void StartupFlow::chooseConnection()
{
    setStep(Step::ChoosingConnection);
    auto *dialog = new ConnectionDialog(m_parentWidget);
    if (!m_url.path.isEmpty() || !m_url.database.isEmpty())
        dialog->setUrl(m_url);
    setDialog(dialog);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        if (result == QDialog::Accepted) {
            dialog->saveChoice(m_store);
            open(dialog->url(), Source::Chosen);
        } else if (m_hasCurrent) {
            setStep(Step::Idle);
            Q_EMIT abandoned();
        } else {
            Q_EMIT quitRequested();
        }
    });
    dialog->open();
}

} // namespace VenueMap::Ui
