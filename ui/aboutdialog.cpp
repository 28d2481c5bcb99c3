#include "aboutdialog.h"
#include "ui_aboutdialog.h"

#include "icons.h"

#include <QApplication>
#include <QFont>

namespace VenueMap::Ui {

AboutDialog::AboutDialog(const QString &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::AboutDialog)
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::app());
    m_ui->iconLabel->setPixmap(
        Icons::app().pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    m_ui->iconLabel->setFixedWidth(kIconSize + 8);

    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    m_ui->nameLabel->setText(QStringLiteral("VenueMap"));
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(VENUEMAP_VERSION)));
    m_ui->descriptionLabel->setText(
        tr("A shared venue book for event agencies: venues, client projects, shortlists, outreach "
           "and proposals."));
    m_ui->detailsLabel->setText(
        tr("Database: %1\nQt %2").arg(database, QString::fromLatin1(qVersion())));
    m_ui->detailsLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog()
{
    delete m_ui;
}

QString AboutDialog::versionText() const
{
    return m_ui->versionLabel->text();
}

QPixmap AboutDialog::iconPixmap() const
{
    return m_ui->iconLabel->pixmap();
}

} // namespace VenueMap::Ui
