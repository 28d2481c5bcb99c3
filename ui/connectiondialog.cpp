#include "connectiondialog.h"
#include "domain/plaintext.h"
#include "ui_connectiondialog.h"

#include "connectionsettings.h"
#include "icons.h"
#include "passwordstore.h"

#include "db/database.h"
#include "migration/migrationmanager.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace VenueMap::Ui {

using Core::DatabaseUrl;

namespace {
const QStringList kSslModes
    = { QStringLiteral("prefer"), QStringLiteral("disable"), QStringLiteral("allow"),
          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::ConnectionDialog)
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::database());
    for (const QString &mode : kSslModes)
        m_ui->sslCombo->addItem(
            mode == QLatin1String("prefer") ? tr("prefer (default)") : mode, mode);
    m_ui->sslCombo->setToolTip(
        tr("How the connection is encrypted; ask your administrator when unsure."));
    m_ui->userEdit->setPlaceholderText(qEnvironmentVariable("USER"));
    m_ui->hostEdit->setToolTip(tr("Leave empty for the local server (Unix socket)."));
    m_ui->passwordEdit->setToolTip(tr("Leave empty when ~/.pgpass or PGPASSWORD provide it."));
    m_ui->rememberCheck->setChecked(ConnectionSettings::rememberPassword());
    m_ui->pathEdit->setText(DatabaseUrl::defaultSqlitePath());
    m_ui->testButton->setIcon(Icons::connect());
    m_ui->statusLabel->setMinimumHeight(m_ui->testButton->sizeHint().height());

    connect(m_ui->embeddedRadio, &QRadioButton::toggled, this, &ConnectionDialog::updateState);
    connect(m_ui->postgresRadio, &QRadioButton::toggled, this, &ConnectionDialog::updateState);
    for (QLineEdit *edit :
        { m_ui->pathEdit, m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->passwordEdit })
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::updateState);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConnectionDialog::browse);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Check>::finished, this,
        [this] { showCheck(m_watcher.result()); });
    updateState();
    resize(width(), minimumSizeHint().height());
}

ConnectionDialog::~ConnectionDialog()
{
    // The check owns nothing of ours; it finishes on its own in the pool.
    delete m_ui;
}

void ConnectionDialog::setUrl(const DatabaseUrl &url)
{
    if (url.isSqlite()) {
        m_ui->embeddedRadio->setChecked(true);
        m_ui->pathEdit->setText(url.path);
    } else {
        m_ui->postgresRadio->setChecked(true);
        m_ui->hostEdit->setText(url.host);
        m_ui->portSpin->setValue(url.port > 0 ? url.port : 5432);
        m_ui->databaseEdit->setText(url.database);
        m_ui->userEdit->setText(url.user);
        m_ui->passwordEdit->setText(url.password);
        const int ssl = m_ui->sslCombo->findData(
            url.options.value(QStringLiteral("sslmode"), QStringLiteral("prefer")));
        m_ui->sslCombo->setCurrentIndex(ssl < 0 ? 0 : ssl);
    }
    m_ui->statusLabel->clear();
    updateState();
}

DatabaseUrl ConnectionDialog::url() const
{
    DatabaseUrl url;
    if (m_ui->embeddedRadio->isChecked()) {
        url.backend = Core::Backend::Sqlite;
        const QString path = m_ui->pathEdit->text().trimmed();
        url.path = path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        return url;
    }
    url.backend = Core::Backend::PostgreSql;
    url.host = m_ui->hostEdit->text().trimmed();
    url.port = m_ui->portSpin->value();
    url.database = m_ui->databaseEdit->text().trimmed();
    url.user = m_ui->userEdit->text().trimmed();
    url.password = m_ui->passwordEdit->text();
    const QString ssl = m_ui->sslCombo->currentData().toString();
    if (!ssl.isEmpty() && ssl != QLatin1String("prefer"))
        url.options.insert(QStringLiteral("sslmode"), ssl);
    return url;
}

bool ConnectionDialog::rememberPassword() const
{
    return m_ui->rememberCheck->isChecked();
}

QString ConnectionDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void ConnectionDialog::saveChoice(PasswordStore *store) const
{
    const DatabaseUrl chosen = url();
    ConnectionSettings::saveLastUrl(chosen, rememberPassword());
    if (!chosen.isPostgres() || !store)
        return;
    const QString key = PasswordStore::keyFor(chosen);
    if (rememberPassword() && !chosen.password.isEmpty())
        store->write(key, chosen.password);
    else if (!rememberPassword())
        store->remove(key);
}

void ConnectionDialog::updateState()
{
    const bool pg = m_ui->postgresRadio->isChecked();
    m_ui->stack->setCurrentWidget(pg ? m_ui->postgresPage : m_ui->embeddedPage);
    const bool complete = pg ? !m_ui->databaseEdit->text().trimmed().isEmpty()
                             : !m_ui->pathEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_ui->testButton->setEnabled(complete && !m_watcher.isRunning());
    if (!m_watcher.isRunning())
        m_ui->statusLabel->clear();
}

void ConnectionDialog::browse()
{
    const QString current = m_ui->pathEdit->text().trimmed();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Choose a VenueMap File"),
        current.isEmpty() ? QDir::homePath() : current,
        tr("VenueMap files (*.venuemap *.sqlite);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_ui->pathEdit->setText(chosen);
}

ConnectionDialog::Check ConnectionDialog::check(const DatabaseUrl &url)
{
    Check result;
    if (url.isSqlite()) {
        const QFileInfo info(url.path);
        if (!info.exists()) {
            QFileInfo dir(info.absolutePath());
            while (!dir.exists() && dir.absoluteFilePath() != QDir::rootPath())
                dir = QFileInfo(dir.absolutePath());
            result.ok = dir.isDir() && dir.isWritable();
            result.message = result.ok
                ? tr("A new database will be created in %1.").arg(info.absolutePath())
                : tr("The folder %1 cannot be written to; choose another place.")
                      .arg(info.absolutePath());
            return result;
        }
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("connection-test-%1").arg(counter.fetchAndAddRelaxed(1));
    auto db = Core::Database::open(url, name);
    if (!db) {
        result.message = db.error().sentence();
        result.details = db.error().details();
        return result;
    }
    result.ok = true;
    auto status = Core::MigrationManager(*db).status();
    // Whole sentences, one per state, so that each reads well once translated.
    const bool file = url.isSqlite();
    if (!status)
        result.message = file ? tr("Opened the file.") : tr("Connected.");
    else if (status->currentVersion == 0)
        result.message = file
            ? tr("Opened the file: it is empty and will be set up when you connect.")
            : tr("Connected: it is empty and will be set up when you connect.");
    else if (status->newerThanApp())
        result.message = file
            ? tr("Opened the file: its schema is newer than this VenueMap; install the newer "
                 "version to use it.")
            : tr("Connected: its schema is newer than this VenueMap; install the newer version "
                 "to use it.");
    else if (!status->pending.isEmpty())
        result.message = file
            ? tr("Opened the file: its schema will be brought up to date when you connect.")
            : tr("Connected: its schema will be brought up to date when you connect.");
    else
        result.message
            = file ? tr("Opened the file: it is up to date.") : tr("Connected: it is up to date.");
    return result;
}

void ConnectionDialog::testConnection()
{
    if (m_watcher.isRunning())
        return;
    m_ui->statusLabel->setStyleSheet({});
    m_ui->statusLabel->setText(tr("Testing…"));
    m_ui->testButton->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_watcher.setFuture(QtConcurrent::run(&ConnectionDialog::check, url()));
}

void ConnectionDialog::showCheck(const Check &check)
{
    unsetCursor();
    m_ui->testButton->setEnabled(true);
    m_ui->statusLabel->setText(check.message);
    m_ui->statusLabel->setToolTip(Core::plainTextToolTip(check.details));
    m_ui->statusLabel->setStyleSheet(
        check.ok ? QStringLiteral("color: #1e7b34;") : QStringLiteral("color: #b3261e;"));
    Q_EMIT testFinished(check.ok, check.message);
}

} // namespace VenueMap::Ui
