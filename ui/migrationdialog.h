#pragma once

#include "db/databaseurl.h"
#include "db/dberror.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace VenueMap::Ui {

class MigrationWorker;

// "Updating the database…": runs a MigrationWorker on a QThread, shows which migration runs and
// who holds the lock while waiting (Cancel gives up waiting). When a copy of the database was
// kept before migrating, it stays open afterwards to say where, until the person continues.
class MigrationDialog : public QDialog
{
    Q_OBJECT
public:
    MigrationDialog(
        const Core::DatabaseUrl &url, int fromVersion, int toVersion, QWidget *parent = nullptr);
    ~MigrationDialog() override;

    // Starts the worker; the outcome arrives as succeeded / failed.
    void start();
    QString statusText() const;
    bool isWaitingForLock() const { return m_waiting; }
    // The copy kept before migrating (empty when none was needed).
    QString backupPath() const { return m_backupPath; }
    // Showing where the copy is, waiting for Continue.
    bool isShowingBackup() const { return m_done; }

Q_SIGNALS:
    void succeeded(int applied);
    void failed(const VenueMap::Core::DbError &error);

protected:
    void reject() override; // Escape and the close button cancel only while waiting

private:
    void onWaiting(const QString &holder);
    void onStarted(int version, const QString &fileName, int index, int count);
    void onSucceeded(int applied, const QString &backupPath);
    void stopThread();

    Core::DatabaseUrl m_url;
    QLabel *m_title;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_continue;
    QLabel *m_backup;
    QThread *m_thread = nullptr;
    MigrationWorker *m_worker = nullptr;
    bool m_waiting = false;
    bool m_done = false;
    int m_applied = 0;
    int m_toVersion = 0;
    QString m_backupPath;
};

} // namespace VenueMap::Ui
