#include "passworddialog.h"
#include "ui_passworddialog.h"

#include "connectionsettings.h"
#include "icons.h"

#include <QPushButton>

namespace VenueMap::Ui {

PasswordDialog::PasswordDialog(const Core::DatabaseUrl &url, bool refused, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::PasswordDialog)
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::database());
    const QString user = url.user.isEmpty() ? qEnvironmentVariable("USER") : url.user;
    const QString server = QStringLiteral("%1%2/%3")
                               .arg(url.host.isEmpty() ? tr("the local server") : url.host)
                               .arg(url.port > 0 ? QStringLiteral(":%1").arg(url.port) : QString())
                               .arg(url.database);
    m_ui->promptLabel->setText(refused
            ? tr("The server at %1 refused the password for %2. Enter it again:").arg(server, user)
            : tr("Enter the password of %1 for the database at %2:").arg(user, server));
    m_ui->rememberCheck->setChecked(ConnectionSettings::rememberPassword());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->passwordEdit->setFocus();
}

PasswordDialog::~PasswordDialog()
{
    delete m_ui;
}

QString PasswordDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool PasswordDialog::rememberPassword() const
{
    return m_ui->rememberCheck->isChecked();
}

void PasswordDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

} // namespace VenueMap::Ui
