#include "firstadmindialog.h"
#include "dialogwork.h"
#include "ui_firstadmindialog.h"

#include "auth/passwordhasher.h"
#include "repositories/userrepository.h"
#include "services/signinservice.h"

#include <QPushButton>

namespace VenueMap::Ui {

using namespace VenueMap::Core;

FirstAdminDialog::FirstAdminDialog(Database db, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::FirstAdminDialog)
    , m_db(std::move(db))
{
    m_ui->setupUi(this);
    if (m_db.isPostgres()) {
        // The login this connection signed in with, as libpq chose it (no statement here).
        QString login = m_db.url().user;
        if (login.isEmpty())
            login = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
        m_ui->introLabel->setText(tr(
            "Nobody signs in to this database yet. You are connected as the database login “%1”, "
            "which becomes its first admin: give your name and email. Admins then add the rest of "
            "the "
            "team from the People page, each with their own login.")
                                      .arg(login));
        for (QWidget *w : { static_cast<QWidget *>(m_ui->passwordLabel),
                 static_cast<QWidget *>(m_ui->passwordEdit),
                 static_cast<QWidget *>(m_ui->repeatLabel),
                 static_cast<QWidget *>(m_ui->repeatEdit) })
            w->hide();
    } else {
        m_ui->introLabel->setText(
            tr("This VenueMap file has nobody who can sign in yet. Create the first "
               "admin: you sign in with "
               "this email and password every time VenueMap starts, and add the rest "
               "of the team from the "
               "People page. A password needs at least %1 characters.")
                .arg(PasswordHasher::kMinimumPasswordLength));
    }
    m_ui->messageLabel->hide();
    createButton()->setText(tr("Create Admin"));
    setCanGoBack(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstAdminDialog::create);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->nameEdit->setFocus();
}

FirstAdminDialog::~FirstAdminDialog()
{
    delete m_ui;
}

void FirstAdminDialog::setCanGoBack(bool canGoBack)
{
    cancelButton()->setText(canGoBack ? tr("Cancel") : tr("Quit"));
}

QPushButton *FirstAdminDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}

QPushButton *FirstAdminDialog::createButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

QString FirstAdminDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void FirstAdminDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void FirstAdminDialog::create()
{
    const QString name = m_ui->nameEdit->text();
    const QString email = m_ui->emailEdit->text();
    const QString password = m_ui->passwordEdit->text();
    if (!m_db.isPostgres() && password != m_ui->repeatEdit->text()) {
        showMessage(tr("The two passwords differ; type the same one twice."));
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    const auto outcome
        = DialogWork::run<User>(this, m_db, QStringLiteral("first-admin"), [&](const Database &db) {
              UserRepository users(db);
              return db.isPostgres()
                  ? users.claimFirstAdmin(name, email)
                  : users.addPerson({ name, email, UserRole::Admin, password, {} });
          });
    if (!outcome)
        return;
    const Result<User> &made = *outcome;
    if (!made) {
        showMessage(made.error().message);
        return;
    }
    m_created = currentUserFrom(*made);
    Session::setCurrent(m_created);
    m_ui->passwordEdit->clear();
    m_ui->repeatEdit->clear();
    accept();
}

} // namespace VenueMap::Ui
