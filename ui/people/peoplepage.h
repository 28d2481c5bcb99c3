#pragma once

#include "db/database.h"
#include "domain/user.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;
class QTimer;

namespace Ui {
class PeoplePage;
}

namespace VenueMap::Core {
class BackgroundReader;
class PeopleModel;
}

namespace VenueMap::Ui {

class AddPersonDialog;
class ChangePasswordDialog;

// Admins only: everybody who may sign in, and adding, disabling / enabling, re-roling,
// resetting passwords and removing people. The database refuses the same to non-admins
// on PostgreSQL; the last active admin is protected by the database on both backends.
class PeoplePage : public QWidget
{
    Q_OBJECT
public:
    explicit PeoplePage(Core::Database db, QWidget *parent = nullptr);
    ~PeoplePage() override;

    Core::PeopleModel *model() const { return m_model; }
    QTableView *table() const;
    QLineEdit *searchEdit() const;
    QPushButton *addButton() const;
    QPushButton *roleButton() const;
    QPushButton *activeButton() const;
    QPushButton *passwordButton() const;
    QPushButton *removeButton() const;
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }
    // The person selected in the table, if any.
    const Core::User *selectedPerson() const;
    void selectPerson(const QString &id);

    // A refresh() or a change asked for has not come back yet.
    bool isBusy() const { return m_loading || m_changing; }

public Q_SLOTS:
    // Reads the people off the GUI thread (DESIGN §4); a failure is told in the message bar and
    // leaves the rows shown.
    void refresh();
    AddPersonDialog *addPerson();
    void toggleRole();
    void toggleActive();
    ChangePasswordDialog *resetPassword();
    QMessageBox *removePerson();

Q_SIGNALS:
    void peopleChanged();

private:
    // refresh(), then selects `selectId` (empty: the person selected when it was asked for).
    void load(const QString &selectId);
    // Runs `change` on the change worker, then afterChange(); one change at a time.
    void change(std::function<Core::Status(const Core::Database &)> change, const QString &id,
        const QString &success, std::function<void()> then = {});
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void afterChange(const Core::Status &status, const QString &id, const QString &success);

    ::Ui::PeoplePage *m_ui;
    Core::Database m_db;
    Core::PeopleModel *m_model;
    QTimer *m_searchTimer;
    std::unique_ptr<Core::BackgroundReader> m_reader; // the list, off the GUI thread
    std::unique_ptr<Core::BackgroundReader> m_writer; // the admin's changes, off the GUI thread
    bool m_loading = false;
    bool m_changing = false;
    bool m_accessChecked = false; // PostgreSQL's access check comes with the first list
    bool m_messageIsError = false;
    QString m_message; // the message bar's sentence
    // People whose sign-in the database administrator manages (PostgreSQL): no admin action here.
    QSet<QString> m_managedElsewhere;
};

} // namespace VenueMap::Ui
