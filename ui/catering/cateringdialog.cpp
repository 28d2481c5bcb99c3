#include "cateringdialog.h"
#include "dialogwork.h"
#include "domain/plaintext.h"
#include "plaintextlabels.h"

#include "repositories/cateringrepository.h"
#include "ui_cateringdialog.h"

#include <QPushButton>

namespace VenueMap::Ui {

CateringDialog::CateringDialog(
    Core::Database db, const Core::CateringProvider &provider, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::CateringDialog)
    , m_db(std::move(db))
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
    const auto saved = DialogWork::run<Core::CateringProvider>(
        this, m_db, QStringLiteral("catering-save"), [&p](const Core::Database &db) {
            Core::CateringRepository repo(db);
            return p.id.isEmpty() ? repo.addProvider(p) : repo.updateProvider(p);
        });
    if (!saved)
        return;
    const Core::Result<Core::CateringProvider> &result = *saved;
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
