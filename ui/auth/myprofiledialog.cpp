#include "myprofiledialog.h"
#include "ui_myprofiledialog.h"

#include "changepassworddialog.h"
#include "repositories/userrepository.h"

#include <QPushButton>

namespace VenueMap::Ui {

using namespace VenueMap::Core;

MyProfileDialog::MyProfileDialog(Database db, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::MyProfileDialog)
    , m_db(std::move(db))
    , m_person(Session::current())
{
    m_ui->setupUi(this);
    // Fresh from the database: somebody may have changed it since sign-in.
    if (auto fresh = UserRepository(m_db).fetchById(m_person.id); fresh && fresh->has_value()) {
        const User &u = **fresh;
        m_person.name = u.name;
        m_person.phone = u.phone;
        m_person.signatureBlock = u.signatureBlock;
        m_person.role = u.role;
        m_person.email = u.email;
    }
    m_ui->nameEdit->setText(m_person.name);
    m_ui->emailValue->setText(m_person.email);
    m_ui->roleValue->setText(userRoleTitle(m_person.role));
    m_ui->phoneEdit->setText(m_person.phone);
    m_ui->signatureEdit->setPlainText(m_person.signatureBlock);
    m_ui->messageLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MyProfileDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &MyProfileDialog::changePassword);
}

MyProfileDialog::~MyProfileDialog()
{
    delete m_ui;
}

QPushButton *MyProfileDialog::saveButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save);
}
QPushButton *MyProfileDialog::passwordButton() const
{
    return m_ui->passwordButton;
}

QString MyProfileDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void MyProfileDialog::save()
{
    const QString signature = m_ui->signatureEdit->toPlainText();
    const Status done = UserRepository(m_db).updateProfile(
        m_person.id, m_ui->nameEdit->text(), m_ui->phoneEdit->text(), signature);
    if (!done) {
        m_ui->messageLabel->setText(done.error().message);
        m_ui->messageLabel->show();
        return;
    }
    m_person.name = m_ui->nameEdit->text().trimmed();
    m_person.phone = m_ui->phoneEdit->text().trimmed();
    m_person.signatureBlock = signature.trimmed().isEmpty() ? QString() : signature;
    Session::setCurrent(m_person);
    Q_EMIT profileSaved(m_person);
    accept();
}

ChangePasswordDialog *MyProfileDialog::changePassword()
{
    User me;
    me.id = m_person.id;
    me.name = m_person.name;
    me.email = m_person.email;
    auto *dialog = new ChangePasswordDialog(m_db, me, ChangePasswordDialog::Mode::Own, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace VenueMap::Ui
