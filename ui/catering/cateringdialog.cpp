#include "cateringdialog.h"
#include "domain/plaintext.h"
#include "plaintextlabels.h"

#include "repositories/cateringrepository.h"
#include "ui_cateringdialog.h"

#include <QPushButton>

namespace VenueMap::Ui {

CateringDialog::CateringDialog(
    Core::CateringRepository *repository, const Core::CateringProvider &provider, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::CateringDialog)
    , m_repo(repository)
    , m_provider(provider)
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    setWindowTitle(provider.id.isEmpty() ? tr("New Caterer") : tr("Edit %1").arg(provider.name));
    m_ui->nameEdit->setText(provider.name);
    m_ui->contactEdit->setText(provider.contactName);
    m_ui->emailEdit->setText(provider.email);
    m_ui->phoneEdit->setText(provider.phone);
    m_ui->websiteEdit->setText(provider.website);
    m_ui->notesEdit->setPlainText(provider.notes);
    m_ui->errorLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CateringDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CateringDialog::~CateringDialog()
{
    delete m_ui;
}

QString CateringDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void CateringDialog::save()
{
    Core::CateringProvider p = m_provider;
    p.name = m_ui->nameEdit->text();
    p.contactName = m_ui->contactEdit->text().trimmed();
    p.email = m_ui->emailEdit->text().trimmed();
    p.phone = m_ui->phoneEdit->text().trimmed();
    p.website = m_ui->websiteEdit->text().trimmed();
    p.notes = m_ui->notesEdit->toPlainText().trimmed();
    auto result = p.id.isEmpty() ? m_repo->addProvider(p) : m_repo->updateProvider(p);
    if (!result) {
        m_ui->errorLabel->setText(result.error().message);
        m_ui->errorLabel->setToolTip(Core::plainTextToolTip(result.error().details()));
        m_ui->errorLabel->show();
        return;
    }
    m_provider = *result;
    Q_EMIT providerSaved(m_provider);
    accept();
}

} // namespace VenueMap::Ui
