#pragma once

#include "auth/session.h"
#include "db/database.h"

#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class MyProfileDialog;
}

namespace VenueMap::Core {
class BackgroundReader;
}

namespace VenueMap::Ui {

class ChangePasswordDialog;

// The signed-in person's own name, phone and signature block (used by outreach email drafts),
// and the way to their password.
class MyProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MyProfileDialog(Core::Database db, QWidget *parent = nullptr);
    ~MyProfileDialog() override;

    QString message() const;
    QPushButton *saveButton() const;
    QPushButton *passwordButton() const;

public Q_SLOTS:
    void save();
    // Opens the change-password dialog (non-modal) and returns it.
    ChangePasswordDialog *changePassword();

Q_SIGNALS:
    void profileSaved(const VenueMap::Core::CurrentUser &person);

private:
    void showPerson(const Core::CurrentUser &person);

    ::Ui::MyProfileDialog *m_ui;
    Core::Database m_db;
    Core::CurrentUser m_person;
    std::unique_ptr<Core::BackgroundReader> m_reader; // the fresh copy of the profile
};

} // namespace VenueMap::Ui
