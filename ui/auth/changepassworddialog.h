#pragma once

#include "db/database.h"
#include "domain/user.h"

#include <QDialog>

class QPushButton;

namespace Ui {
class ChangePasswordDialog;
}

namespace VenueMap::Ui {

// A new password: one's own (the current one is asked first) or, for an admin, somebody else's.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Own, ResetForSomeone };

    // `person` is the signed-in person (Own) or the one whose password an admin sets.
    ChangePasswordDialog(
        Core::Database db, const Core::User &person, Mode mode, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    QString message() const;
    QPushButton *saveButton() const;

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void passwordChanged();

private:
    void showMessage(const QString &text);

    ::Ui::ChangePasswordDialog *m_ui;
    Core::Database m_db;
    Core::User m_person;
    Mode m_mode;
};

} // namespace VenueMap::Ui
