#pragma once

#include "db/databaseurl.h"

#include <QDialog>

namespace Ui {
class PasswordDialog;
}

namespace VenueMap::Ui {

// Asks for the password of a PostgreSQL connection the server refused without one.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // `refused`: a password was tried and the server said no.
    PasswordDialog(const Core::DatabaseUrl &url, bool refused, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString password() const;
    bool rememberPassword() const;
    void setPassword(const QString &password);

private:
    ::Ui::PasswordDialog *m_ui;
};

} // namespace VenueMap::Ui
