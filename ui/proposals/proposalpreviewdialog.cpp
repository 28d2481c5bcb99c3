#include "proposalpreviewdialog.h"
#include "db/backgroundreader.h"
#include "plaintextlabels.h"
#include "ui_proposalpreviewdialog.h"

#include "errorpresenter.h"
#include "export/proposalcsv.h"
#include "filesaved.h"
#include "proposalsettingsdialog.h"
#include "repositories/proposalrepository.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace VenueMap::Ui {

using namespace Core;

ProposalPreviewDialog::ProposalPreviewDialog(
    const Database &db, const QString &projectId, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::ProposalPreviewDialog)
    , m_db(db)
    , m_projectId(projectId)
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    m_options = ProposalOptions::fromSettings();
    m_ui->paperCombo->addItem(tr("A4"), int(QPageSize::A4));
    m_ui->paperCombo->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_ui->paperCombo->setCurrentIndex(m_options.pageSize == QPageSize::Letter ? 1 : 0);

    m_printer = new QPrinter(QPrinter::HighResolution);
    m_printer->setFullPage(true);
    m_printer->setPageSize(QPageSize(m_options.pageSize));
    m_printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_preview = new QPrintPreviewWidget(m_printer, m_ui->previewHost);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_ui->previewHost->layout()->addWidget(m_preview);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ProposalPreviewDialog::paint);
    connect(m_ui->paperCombo, &QComboBox::currentIndexChanged, this,
        &ProposalPreviewDialog::paperChanged);
    connect(
        m_ui->brandingButton, &QPushButton::clicked, this, &ProposalPreviewDialog::editBranding);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &ProposalPreviewDialog::askSavePdf);
    connect(m_ui->saveCsvButton, &QPushButton::clicked, this, &ProposalPreviewDialog::askSaveCsv);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ProposalPreviewDialog::print);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

ProposalPreviewDialog::~ProposalPreviewDialog()
{
    delete m_preview;
    delete m_printer;
    delete m_ui;
}

void ProposalPreviewDialog::load()
{
    m_loading = true;
    m_ui->messageLabel->setText(tr("Reading the proposal…"));
    m_ui->messageLabel->setVisible(true);
    for (QWidget *w :
        { static_cast<QWidget *>(m_ui->savePdfButton), static_cast<QWidget *>(m_ui->saveCsvButton),
            static_cast<QWidget *>(m_ui->printButton), static_cast<QWidget *>(m_ui->paperCombo) })
        w->setEnabled(false);
    if (!m_reader)
        m_reader = std::make_unique<BackgroundReader>(
            m_db, uniqueConnectionName(m_db, QStringLiteral("proposal")));
    m_reader->read<ProposalData>(
        [projectId = m_projectId](
            const Database &db) { return ProposalRepository(db).load(projectId); },
        [this](const Result<ProposalData> &data) { showLoaded(data); });
}

void ProposalPreviewDialog::showLoaded(const Result<ProposalData> &data)
{
    m_loading = false;
    m_ui->messageLabel->setVisible(false);
    if (!data) {
        m_ui->messageLabel->setText(data.error().sentence());
        m_ui->messageLabel->setVisible(true);
        m_preview->setVisible(false);
    } else {
        m_data = *data;
        m_loaded = true;
        setWindowTitle(tr("Proposal: %1").arg(m_data.project.title()));
        m_ui->titleLabel->setTextFormat(Qt::RichText); // built from escaped values
        m_ui->titleLabel->setText(tr("<b>%1</b> for %2 · %3")
                                      .arg(m_data.project.eventName.toHtmlEscaped(),
                                          m_data.project.clientName.toHtmlEscaped(),
                                          tr("%Ln venue(s)", nullptr, int(m_data.venues.size()))));
        // A ticked venue deleted from the venue book is left out, and said so in one sentence.
        const QString leftOut = m_data.leftOutSentence();
        if (m_data.isEmpty()) {
            m_ui->messageLabel->setText(leftOut.isEmpty()
                    ? m_data.emptySentence()
                    : leftOut + u' ' + m_data.emptySentence());
            m_ui->messageLabel->setVisible(true);
            m_preview->setVisible(false);
        } else if (!leftOut.isEmpty()) {
            m_ui->messageLabel->setText(leftOut);
            m_ui->messageLabel->setVisible(true);
        }
    }
    for (QWidget *w :
        { static_cast<QWidget *>(m_ui->savePdfButton), static_cast<QWidget *>(m_ui->saveCsvButton),
            static_cast<QWidget *>(m_ui->printButton), static_cast<QWidget *>(m_ui->paperCombo) })
        w->setEnabled(hasProposal());
    if (hasProposal())
        m_preview->updatePreview();
}

QString ProposalPreviewDialog::message() const
{
    return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString();
}

int ProposalPreviewDialog::previewPageCount() const
{
    return m_preview->pageCount();
}

void ProposalPreviewDialog::paint(QPrinter *printer)
{
    if (!hasProposal())
        return;
    if (Status s = ProposalPdf::render(m_data, m_options, printer); !s)
        m_ui->messageLabel->setText(s.error().sentence());
}

void ProposalPreviewDialog::paperChanged()
{
    m_options.pageSize = QPageSize::PageSizeId(m_ui->paperCombo->currentData().toInt());
    m_printer->setPageSize(QPageSize(m_options.pageSize));
    m_printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_preview->updatePreview();
}

void ProposalPreviewDialog::editBranding()
{
    auto *dialog = new ProposalSettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        const QPageSize::PageSizeId paper = m_options.pageSize;
        m_options = ProposalOptions::fromSettings();
        m_options.pageSize = paper; // the paper chosen here stays for this preview
        m_preview->updatePreview();
    });
    dialog->open();
}

QString ProposalPreviewDialog::suggestedName(const QString &suffix) const
{
    QString base = tr("Proposal %1 %2", "suggested file name: client, event")
                       .arg(m_data.project.clientName, m_data.project.eventName);
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(base.simplified() + suffix);
}

bool ProposalPreviewDialog::savePdf(const QString &path)
{
    if (Status s = ProposalPdf::writeFile(m_data, m_options, path); !s) {
        ErrorPresenter::create(this, s.error())->open();
        return false;
    }
    showFileSaved(
        m_ui->savedBar, tr("Saved the proposal as %1.").arg(QFileInfo(path).fileName()), path);
    return true;
}

bool ProposalPreviewDialog::saveCsv(const QString &path)
{
    if (Status s = ProposalCsv::writeFile(m_data, path, m_options.currencySymbol, { ',', true });
        !s) {
        ErrorPresenter::create(this, s.error())->open();
        return false;
    }
    showFileSaved(m_ui->savedBar,
        tr("Saved the proposal’s venues as %1.").arg(QFileInfo(path).fileName()), path);
    return true;
}

MessageBar *ProposalPreviewDialog::savedBar() const
{
    return m_ui->savedBar;
}

void ProposalPreviewDialog::askSavePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Proposal"), suggestedName(QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ProposalPreviewDialog::askSaveCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Proposal as CSV"),
        suggestedName(QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveCsv(path);
}

void ProposalPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(m_options.pageSize));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

} // namespace VenueMap::Ui
