#include "migrationdialog.h"

#include "icons.h"
#include "migrationworker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>

namespace VenueMap::Ui {

MigrationDialog::MigrationDialog(
    const Core::DatabaseUrl &url, int fromVersion, int toVersion, QWidget *parent)
    : QDialog(parent)
    , m_url(url)
    , m_toVersion(toVersion)
{
    setWindowTitle(tr("Updating the Database"));
    setWindowIcon(Icons::database());
    setObjectName(QStringLiteral("migrationDialog"));
    setMinimumWidth(500);

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::database().pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setText(fromVersion == 0 ? tr("<b>Setting up a new database</b>")
                                      : tr("<b>Updating the database from version %1 to %2</b>")
                                            .arg(fromVersion)
                                            .arg(toVersion));
    m_status = new QLabel(tr("Connecting…"), this);
    m_status->setObjectName(QStringLiteral("migrationStatus"));
    m_status->setWordWrap(true);
    // Room for a long lock holder ("Waiting for VenueMap alice@laptop pid 4242 …") without
    // resizing.
    m_status->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);

    // Where the copy of the database went: a path is data, shown as plain text and selectable.
    m_backup = new QLabel(this);
    m_backup->setObjectName(QStringLiteral("migrationBackup"));
    m_backup->setTextFormat(Qt::PlainText);
    m_backup->setWordWrap(true);
    m_backup->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backup->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop waiting for the other client"));
    m_continue = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("migrationContinue"));
    m_continue->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &MigrationDialog::reject);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_done) {
            m_done = false; // once
            Q_EMIT succeeded(m_applied);
        }
    });

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(m_title);
    text->addWidget(m_status);
    text->addWidget(m_progress);
    text->addWidget(m_backup);
    auto *row = new QHBoxLayout;
    row->setSpacing(14);
    row->addWidget(icon);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(6);
    layout->addWidget(buttons);
}

MigrationDialog::~MigrationDialog()
{
    stopThread();
}

void MigrationDialog::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("migration"));
    m_worker = new MigrationWorker(m_url);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::started, m_worker, &MigrationWorker::run);
    connect(m_worker, &MigrationWorker::waitingForLock, this, &MigrationDialog::onWaiting);
    connect(m_worker, &MigrationWorker::migrationStarted, this, &MigrationDialog::onStarted);
    connect(m_worker, &MigrationWorker::backingUp, this, [this](const QString &path) {
        m_status->setText(tr("Keeping a copy of the database before updating it…"));
        m_backup->setText(path);
        m_backup->show();
    });
    connect(m_worker, &MigrationWorker::succeeded, this, &MigrationDialog::onSucceeded);
    connect(m_worker, &MigrationWorker::failed, this, [this](const Core::DbError &error) {
        stopThread();
        Q_EMIT failed(error);
    });
    m_thread->start();
}

QString MigrationDialog::statusText() const
{
    return m_status->text();
}

void MigrationDialog::onSucceeded(int applied, const QString &backupPath)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    stopThread();
    m_backupPath = backupPath;
    if (backupPath.isEmpty()) {
        Q_EMIT succeeded(applied);
        return;
    }
    // The person learns where the copy is before the app moves on.
    m_done = true;
    m_applied = applied;
    m_title->setText(tr("<b>The database is updated to version %1</b>").arg(m_toVersion));
    m_status->setText(tr("A copy of the database as it was before the update is kept in this file "
                         "(“venuemapctl restore FILE --force” puts it back if you ever need it):"));
    m_backup->setText(backupPath);
    m_backup->show();
    m_progress->hide();
    m_cancel->hide();
    m_continue->show();
    m_continue->setDefault(true);
    m_continue->setFocus();
}

void MigrationDialog::reject()
{
    if (m_done) { // Escape after the update continues too
        m_done = false;
        Q_EMIT succeeded(m_applied);
        return;
    }
    if (m_waiting && m_worker) {
        m_status->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
        m_worker->cancel(); // the worker answers with failed("cancelled while waiting")
    }
}

void MigrationDialog::onWaiting(const QString &holder)
{
    m_waiting = true;
    m_status->setText(tr("Waiting for %1 to finish updating the database…").arg(holder));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
}

void MigrationDialog::onStarted(int version, const QString &fileName, int index, int count)
{
    Q_UNUSED(version)
    m_waiting = false;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Applying %1 (%2 of %3)…").arg(fileName).arg(index).arg(count));
    m_progress->setRange(0, count);
    m_progress->setValue(index - 1);
}

void MigrationDialog::stopThread()
{
    if (!m_thread)
        return;
    if (m_worker)
        m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
    m_thread = nullptr; // deleted with this dialog; the worker deletes itself on finished
    m_worker = nullptr;
}

} // namespace VenueMap::Ui
