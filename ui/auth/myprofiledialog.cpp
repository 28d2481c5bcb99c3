#include "myprofiledialog.h"
#include "dialogwork.h"
#include "ui_myprofiledialog.h"

#include "changepassworddialog.h"
#include "db/backgroundreader.h"
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
    showPerson(m_person);
    // Fresh from the database, off the GUI thread: somebody may have changed it since sign-in.
    // A field the person has already started to edit keeps their text.
    m_reader = std::make_unique<BackgroundReader>(
        m_db, uniqueConnectionName(m_db, QStringLiteral("my-profile")));
    m_reader->read<std::optional<User>>(
        [id = m_person.id](const Database &db) { return UserRepository(db).fetchById(id); },
        [this, shown = m_person](const Result<std::optional<User>> &fresh) {
            if (!fresh || !fresh->has_value())
                return;
            const User &u = **fresh;
            CurrentUser latest = m_person;
            latest.role = u.role;
            latest.email = u.email;
            latest.name = m_ui->nameEdit->text() == shown.name ? u.name : m_ui->nameEdit->text();
            latest.phone
                = m_ui->phoneEdit->text() == shown.phone ? u.phone : m_ui->phoneEdit->text();
            latest.signatureBlock = m_ui->signatureEdit->toPlainText() == shown.signatureBlock
                ? u.signatureBlock
                : m_ui->signatureEdit->toPlainText();
            m_person.role = u.role;
            m_person.email = u.email;
            showPerson(latest);
        });
    m_ui->messageLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MyProfileDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &MyProfileDialog::changePassword);
}

MyProfileDialog::~MyProfileDialog()
{
    delete m_ui;
}

void MyProfileDialog::showPerson(const CurrentUser &person)
{
    // setText on an edit the person is typing in would move their cursor: only when it differs.
    if (m_ui->nameEdit->text() != person.name)
        m_ui->nameEdit->setText(person.name);
    m_ui->emailValue->setText(person.email);
    m_ui->roleValue->setText(userRoleTitle(person.role));
    if (m_ui->phoneEdit->text() != person.phone)
        m_ui->phoneEdit->setText(person.phone);
    if (m_ui->signatureEdit->toPlainText() != person.signatureBlock)
        m_ui->signatureEdit->setPlainText(person.signatureBlock);
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
    const auto outcome = DialogWork::run<bool>(this, m_db, QStringLiteral("profile"),
        [id = m_person.id, name = m_ui->nameEdit->text(), phone = m_ui->phoneEdit->text(),
            &signature](const Database &db) -> Result<bool> {
            if (const Status done = UserRepository(db).updateProfile(id, name, phone, signature);
                !done)
                return done.error();
            return true;
        });
    if (!outcome)
        return;
    const Result<bool> &done = *outcome;
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
