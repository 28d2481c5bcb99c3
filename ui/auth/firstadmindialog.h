#pragma once

#include "auth/session.h"
#include "db/database.h"

#include <QDialog>

class QPushButton;

namespace Ui {
class FirstAdminDialog;
}

namespace VenueMap::Ui {

// First start of a database nobody can sign in to yet: asks for the first admin. On SQLite it
// creates an app-level account (name, email, password) and signs it in; on PostgreSQL the
// connected login (the database owner) becomes that admin, so no password is asked.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdminDialog(Core::Database db, QWidget *parent = nullptr);
    ~FirstAdminDialog() override;

    // Whether cancelling goes back to a database that is already open: the button then says
    // Cancel, not Quit.
    void setCanGoBack(bool canGoBack);
    QPushButton *cancelButton() const;

    Core::CurrentUser created() const { return m_created; }
    QString message() const;
    QPushButton *createButton() const;

public Q_SLOTS:
    void create();

private:
    void showMessage(const QString &text);

    ::Ui::FirstAdminDialog *m_ui;
    Core::Database m_db;
    Core::CurrentUser m_created;
};

} // namespace VenueMap::Ui
