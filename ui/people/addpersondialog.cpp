#include "addpersondialog.h"
#include "dialogwork.h"
#include "ui_addpersondialog.h"

#include "auth/passwordhasher.h"
#include "repositories/userrepository.h"

#include <QPushButton>

namespace VenueMap::Ui {

using namespace VenueMap::Core;

AddPersonDialog::AddPersonDialog(Database db, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::AddPersonDialog)
    , m_db(std::move(db))
{
    m_ui->setupUi(this);
    m_ui->roleCombo->addItem(
        userRoleTitle(UserRole::EventManager), QVariant::fromValue(int(UserRole::EventManager)));
    m_ui->roleCombo->addItem(
        userRoleTitle(UserRole::Admin), QVariant::fromValue(int(UserRole::Admin)));
    const QString rule
        = tr("A password needs at least %1 characters; tell it to them in person, and they "
             "change it under Account ▸ Change Password…")
              .arg(PasswordHasher::kMinimumPasswordLength);
    if (m_db.isPostgres()) {
        m_ui->introLabel->setText(
            tr("They sign in to this PostgreSQL database with their own login, created "
               "now. Event managers work with venues and projects; admins also "
               "manage people. %1")
                .arg(rule));
    } else {
        m_ui->introLabel->setText(
            tr("They sign in with their email and this password. Event managers work "
               "with venues and projects; admins also manage people. %1")
                .arg(rule));
        m_ui->loginLabel->hide();
        m_ui->loginEdit->hide();
    }
    m_ui->messageLabel->hide();
    addButton()->setText(tr("Add Person"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddPersonDialog::add);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->nameEdit->setFocus();
}

AddPersonDialog::~AddPersonDialog()
{
    delete m_ui;
}

QPushButton *AddPersonDialog::addButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}
QLineEdit *AddPersonDialog::nameEdit() const
{
    return m_ui->nameEdit;
}
QLineEdit *AddPersonDialog::emailEdit() const
{
    return m_ui->emailEdit;
}
QLineEdit *AddPersonDialog::passwordEdit() const
{
    return m_ui->passwordEdit;
}
QLineEdit *AddPersonDialog::repeatEdit() const
{
    return m_ui->repeatEdit;
}
QComboBox *AddPersonDialog::roleCombo() const
{
    return m_ui->roleCombo;
}

QString AddPersonDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void AddPersonDialog::add()
{
    auto show = [this](const QString &text) {
        m_ui->messageLabel->setText(text);
        m_ui->messageLabel->show();
    };
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        show(tr("The two passwords differ; type the same one twice."));
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    NewPerson person;
    person.name = m_ui->nameEdit->text();
    person.email = m_ui->emailEdit->text();
    person.role = static_cast<UserRole>(m_ui->roleCombo->currentData().toInt());
    person.password = m_ui->passwordEdit->text();
    person.login = m_ui->loginEdit->text();
    // Hashing the password takes a moment of its own, besides the statements.
    const auto outcome = DialogWork::run<User>(this, m_db, QStringLiteral("people-add"),
        [&person](const Database &db) { return UserRepository(db).addPerson(person); });
    if (!outcome)
        return;
    const Result<User> &added = *outcome;
    if (!added) {
        show(added.error().message);
        return;
    }
    m_added = *added;
    m_ui->passwordEdit->clear();
    m_ui->repeatEdit->clear();
    accept();
}

} // namespace VenueMap::Ui
