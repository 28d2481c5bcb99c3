#pragma once

#include "db/databaseurl.h"

#include <QDialog>
#include <QFutureWatcher>

namespace Ui {
class ConnectionDialog;
}

namespace VenueMap::Ui {

class PasswordStore;

// File ▸ Connect…: an embedded file or a PostgreSQL server, tested off the GUI thread and saved
// (URL in QSettings, password in the keychain) when the person presses OK.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Fills the fields from a URL (its password too, when it has one).
    void setUrl(const Core::DatabaseUrl &url);
    // The URL the fields describe, password included.
    Core::DatabaseUrl url() const;
    bool rememberPassword() const;
    bool isTesting() const { return m_watcher.isRunning(); }
    QString statusText() const;

    // Saves the choice: the URL without password in QSettings, the password in `store` when
    // the person asked to remember it (and removed from it when not).
    void saveChoice(PasswordStore *store) const;

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    struct Check
    {
        bool ok = false;
        QString message;
        QString details;
    };
    static Check check(const Core::DatabaseUrl &url);
    void updateState();
    void browse();
    void showCheck(const Check &check);

    ::Ui::ConnectionDialog *m_ui;
    QFutureWatcher<Check> m_watcher;
};

} // namespace VenueMap::Ui
