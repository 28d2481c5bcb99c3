#include "proposalsettingsdialog.h"
#include "ui_proposalsettingsdialog.h"

#include <QFileDialog>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>

namespace VenueMap::Ui {

using namespace Core;

ProposalSettingsDialog::ProposalSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::ProposalSettingsDialog)
{
    m_ui->setupUi(this);
    m_ui->paperCombo->addItem(tr("A4"), int(QPageSize::A4));
    m_ui->paperCombo->addItem(tr("US Letter"), int(QPageSize::Letter));
    const ProposalOptions current = ProposalOptions::fromSettings();
    m_ui->agencyEdit->setText(current.agencyName);
    m_ui->paperCombo->setCurrentIndex(current.pageSize == QPageSize::Letter ? 1 : 0);
    m_ui->currencyEdit->setText(current.currencySymbol);
    m_logoPath = QSettings().value(QStringLiteral("proposal/logoPath")).toString();
    updateLogoPreview();

    connect(m_ui->agencyEdit, &QLineEdit::textChanged, this,
        &ProposalSettingsDialog::updateLogoPreview);
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose Logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
        if (!path.isEmpty())
            setLogoPath(path);
    });
    connect(
        m_ui->generatedLogoButton, &QPushButton::clicked, this, [this] { setLogoPath(QString()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProposalSettingsDialog::~ProposalSettingsDialog()
{
    delete m_ui;
}

void ProposalSettingsDialog::setLogoPath(const QString &path)
{
    m_logoPath = path;
    updateLogoPreview();
}

ProposalOptions ProposalSettingsDialog::options() const
{
    ProposalOptions o;
    o.agencyName = m_ui->agencyEdit->text().trimmed().isEmpty()
        ? ProposalOptions::defaultAgencyName()
        : m_ui->agencyEdit->text().trimmed();
    o.pageSize = QPageSize::PageSizeId(m_ui->paperCombo->currentData().toInt());
    o.currencySymbol = m_ui->currencyEdit->text().trimmed();
    if (!m_logoPath.isEmpty())
        o.logo = QImage(m_logoPath);
    return o;
}

void ProposalSettingsDialog::save() const
{
    options().saveToSettings(m_logoPath);
}

void ProposalSettingsDialog::updateLogoPreview()
{
    m_ui->logoPreview->setPixmap(QPixmap::fromImage(options().effectiveLogo()));
}

} // namespace VenueMap::Ui
