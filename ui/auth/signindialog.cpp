#include "signindialog.h"
#include "dialogwork.h"
#include "ui_signindialog.h"

#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace VenueMap::Ui {

using namespace VenueMap::Core;

namespace {
const char *kLastEmail = "signIn/lastEmail";
}

SignInDialog::SignInDialog(Database db, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::SignInDialog)
    , m_service(db)
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    // Where, in a person's words (the URL is in the status bar and the About box).
    const Core::DatabaseUrl &url = db.url();
    const QString where = url.isSqlite()
        ? tr("the venue book %1").arg(QFileInfo(url.path).fileName())
        : tr("the team database “%1” on %2")
              .arg(url.database, url.host.isEmpty() ? tr("this computer") : url.host);
    m_ui->databaseLabel->setText(
        tr("Sign in with the email and password an admin gave you for %1.").arg(where));
    m_ui->databaseLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->hide();
    signInButton()->setText(tr("Sign In"));
    setCanGoBack(false);
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &SignInDialog::updateButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::attemptSignIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    setEmail(QSettings().value(QLatin1String(kLastEmail)).toString());
    updateButton();
}

SignInDialog::~SignInDialog()
{
    delete m_ui;
}

void SignInDialog::setCanGoBack(bool canGoBack)
{
    cancelButton()->setText(canGoBack ? tr("Cancel") : tr("Quit"));
}

QPushButton *SignInDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}

QPushButton *SignInDialog::signInButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

QString SignInDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void SignInDialog::setEmail(const QString &email)
{
    m_ui->emailEdit->setText(email);
    (email.isEmpty() ? m_ui->emailEdit : m_ui->passwordEdit)->setFocus();
}

void SignInDialog::updateButton()
{
    const auto wait = m_service.remainingWait();
    const bool filled
        = !m_ui->emailEdit->text().trimmed().isEmpty() && !m_ui->passwordEdit->text().isEmpty();
    if (wait.count() > 0) {
        signInButton()->setEnabled(false);
        signInButton()->setText(tr("Wait %1 s").arg((wait.count() + 999) / 1000));
        if (!m_countdown->isActive())
            m_countdown->start();
        return;
    }
    m_countdown->stop();
    signInButton()->setText(tr("Sign In"));
    signInButton()->setEnabled(filled);
}

void SignInDialog::attemptSignIn()
{
    if (!signInButton()->isEnabled())
        return;
    const QString email = m_ui->emailEdit->text().trimmed();
    // Checking a password hash takes a noticeable moment by design: on a connection of its own,
    // with a copy of the service whose failure count comes back with the answer.
    const QString password = m_ui->passwordEdit->text();
    struct Attempt
    {
        SignInService service;
        Result<CurrentUser> person;
    };
    const auto outcome = DialogWork::run<Attempt>(this, m_service.database(),
        QStringLiteral("sign-in"), [&](const Database &db) -> Result<Attempt> {
            Attempt attempt { m_service, DbError() };
            attempt.service.setDatabase(db);
            attempt.person = attempt.service.signIn(email, password);
            return attempt;
        });
    if (!outcome)
        return;
    Result<CurrentUser> result = DbError();
    if (*outcome) {
        const Database own = m_service.database();
        m_service = (*outcome)->service;
        m_service.setDatabase(own);
        result = (*outcome)->person;
    } else {
        result = outcome->error();
    }
    if (result) {
        Session::setCurrent(*result);
        m_signedIn = *result;
        QSettings().setValue(QLatin1String(kLastEmail), email);
        m_ui->passwordEdit->clear();
        accept();
        return;
    }
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
    m_ui->messageLabel->setText(result.error().sentence());
    m_ui->messageLabel->show();
    updateButton();
    Q_EMIT signInFailed(result.error().sentence());
}

} // namespace VenueMap::Ui
