#include "changepassworddialog.h"
#include "dialogwork.h"
#include "ui_changepassworddialog.h"

#include "auth/passwordhasher.h"
#include "repositories/userrepository.h"

#include <QPushButton>

namespace VenueMap::Ui {

using namespace VenueMap::Core;

ChangePasswordDialog::ChangePasswordDialog(
    Database db, const User &person, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::ChangePasswordDialog)
    , m_db(std::move(db))
    , m_person(person)
    , m_mode(mode)
{
    m_ui->setupUi(this);
    const QString rule = tr("A password needs at least %1 characters.")
                             .arg(PasswordHasher::kMinimumPasswordLength);
    if (mode == Mode::Own) {
        m_ui->introLabel->setText(
            tr("Type your current password, then the new one twice. %1").arg(rule));
        m_ui->currentEdit->setFocus();
    } else {
        setWindowTitle(tr("Set a New Password"));
        m_ui->introLabel->setText(
            tr("Set a new password for %1 (%2) and tell it to them in person; they can "
               "change it under Account ▸ Change Password… %3")
                .arg(person.name, person.email, rule));
        m_ui->currentLabel->hide();
        m_ui->currentEdit->hide();
        m_ui->newEdit->setFocus();
    }
    m_ui->messageLabel->hide();
    saveButton()->setText(tr("Set Password"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ChangePasswordDialog::~ChangePasswordDialog()
{
    delete m_ui;
}

QPushButton *ChangePasswordDialog::saveButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

QString ChangePasswordDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void ChangePasswordDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void ChangePasswordDialog::save()
{
    const QString password = m_ui->newEdit->text();
    if (password != m_ui->repeatEdit->text()) {
        showMessage(tr("The two new passwords differ; type the same one twice."));
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    const auto outcome = DialogWork::run<bool>(this, m_db, QStringLiteral("password"),
        [own = m_mode == Mode::Own, id = m_person.id, current = m_ui->currentEdit->text(),
            &password](const Database &db) -> Result<bool> {
            UserRepository users(db);
            const Status done = own ? users.changeOwnPassword(id, current, password)
                                    : users.resetPassword(id, password);
            if (!done)
                return done.error();
            return true;
        });
    if (!outcome)
        return;
    const Result<bool> &done = *outcome;
    if (!done) {
        showMessage(done.error().message);
        if (done.error().kind == DbError::Kind::Authentication) {
            m_ui->currentEdit->clear();
            m_ui->currentEdit->setFocus();
        }
        return;
    }
    m_ui->currentEdit->clear();
    m_ui->newEdit->clear();
    m_ui->repeatEdit->clear();
    Q_EMIT passwordChanged();
    accept();
}

} // namespace VenueMap::Ui
