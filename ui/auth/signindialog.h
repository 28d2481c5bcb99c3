#pragma once

#include "services/signinservice.h"

#include <QDialog>

class QPushButton;
class QTimer;

namespace Ui {
class SignInDialog;
}

namespace VenueMap::Ui {

// Email and password for the app-level accounts of an embedded (SQLite) database. Every failure
// shows the same sentence and keeps the Sign In button off for a growing delay.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(Core::Database db, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Whether cancelling goes back to a database that is already open: the button then says
    // Cancel, not Quit.
    void setCanGoBack(bool canGoBack);
    QPushButton *cancelButton() const;

    Core::CurrentUser signedIn() const { return m_signedIn; }
    Core::SignInService &service() { return m_service; }
    QString message() const;
    QPushButton *signInButton() const;
    void setEmail(const QString &email);

public Q_SLOTS:
    void attemptSignIn();

Q_SIGNALS:
    void signInFailed(const QString &sentence);

private:
    void updateButton();

    ::Ui::SignInDialog *m_ui;
    Core::SignInService m_service;
    Core::CurrentUser m_signedIn;
    QTimer *m_countdown;
};

} // namespace VenueMap::Ui
