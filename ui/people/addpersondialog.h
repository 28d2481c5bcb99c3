#pragma once

#include "db/database.h"
#include "domain/user.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Ui {
class AddPersonDialog;
}

namespace VenueMap::Ui {

// An admin adds somebody: name, email, role and a first password (on PostgreSQL also the login
// role name, the email by default). The person and, on PostgreSQL, their login are made together.
class AddPersonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddPersonDialog(Core::Database db, QWidget *parent = nullptr);
    ~AddPersonDialog() override;

    Core::User added() const { return m_added; }
    QString message() const;
    QPushButton *addButton() const;
    QLineEdit *nameEdit() const;
    QLineEdit *emailEdit() const;
    QLineEdit *passwordEdit() const;
    QLineEdit *repeatEdit() const;
    QComboBox *roleCombo() const;

public Q_SLOTS:
    void add();

private:
    ::Ui::AddPersonDialog *m_ui;
    Core::Database m_db;
    Core::User m_added;
};

} // namespace VenueMap::Ui
