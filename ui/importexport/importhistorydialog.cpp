#include "importhistorydialog.h"
#include "db/backgroundreader.h"
#include "domain/language.h"
#include "plaintextlabels.h"

#include "readonlyedits.h"
#include "ui_importhistorydialog.h"

#include "errorpresenter.h"
#include "export/venueimporter.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace VenueMap::Ui {

using namespace Core;

ImportHistoryDialog::ImportHistoryDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::ImportHistoryDialog)
    , m_db(db)
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    QTableWidget *t = m_ui->batchesTable;
    t->setColumnCount(5);
    t->setHorizontalHeaderLabels({ tr("Imported", "column: when"), tr("File"), tr("Venues"),
        tr("Still in the book"), tr("By", "column: who imported") });
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    t->verticalHeader()->setVisible(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &ImportHistoryDialog::askToUndo);
    connect(t, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);
    reload();
}

ImportHistoryDialog::~ImportHistoryDialog()
{
    delete m_ui;
}

void ImportHistoryDialog::reload()
{
    // Statements run on a connection of their own while the window keeps painting.
    const auto batches
        = Core::runOnOwnConnection<QList<ImportBatch>>(m_db, QStringLiteral("import-history"),
            [](const Core::Database &own) { return VenueImporter(own).batches(500); });
    if (!batches) {
        ErrorPresenter::show(this, batches.error());
        return;
    }
    m_batches = *batches;
    QTableWidget *t = m_ui->batchesTable;
    t->setRowCount(int(m_batches.size()));
    const QLocale locale;
    for (int r = 0; r < m_batches.size(); ++r) {
        const ImportBatch &b = m_batches.at(r);
        const QString when = Core::displayDateTime(b.createdAt);
        auto set = [&](int c, const QString &text,
                       Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
            auto *i = new QTableWidgetItem(text);
            i->setTextAlignment(align);
            if (b.isUndone())
                i->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            t->setItem(r, c, i);
        };
        set(0, b.isUndone() ? tr("%1 (undone)").arg(when) : when);
        set(1, b.fileName);
        set(2, locale.toString(b.venueCount), Qt::AlignRight | Qt::AlignVCenter);
        set(3, locale.toString(b.liveCount), Qt::AlignRight | Qt::AlignVCenter);
        set(4, b.createdByName.isEmpty() ? tr("a script") : b.createdByName);
    }
    t->resizeColumnsToContents();
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    updateButtons();
}

void ImportHistoryDialog::selectBatch(int row)
{
    m_ui->batchesTable->selectRow(row);
}

void ImportHistoryDialog::updateButtons()
{
    const int row = m_ui->batchesTable->currentRow();
    const bool ok = !m_ui->batchesTable->selectedItems().isEmpty() && row >= 0
        && row < m_batches.size() && !m_batches.at(row).isUndone();
    m_ui->undoButton->setEnabled(ok);
    ReadOnlyEdits::apply(m_db, { m_ui->undoButton });
}

void ImportHistoryDialog::askToUndo()
{
    const int row = m_ui->batchesTable->currentRow();
    if (row < 0 || row >= m_batches.size())
        return;
    const ImportBatch b = m_batches.at(row);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Undo Import"),
        b.liveCount == 1
            ? tr("Remove the venue imported from %1?").arg(b.fileName)
            : tr("Remove the %Ln venue(s) imported from %1?", nullptr, b.liveCount).arg(b.fileName),
        QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText); // names what a person typed
    box->setInformativeText(
        tr("They move to the deleted venues with their rooms, where they can still be restored "
           "one by one."));
    QPushButton *yes = box->addButton(
        tr("Remove %n Venue(s)", nullptr, b.liveCount), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, id = b.id] {
        if (box->clickedButton() == yes)
            undo(id);
    });
    box->open();
}

void ImportHistoryDialog::undo(const QString &batchId)
{
    const auto removed = Core::runOnOwnConnection<int>(m_db, QStringLiteral("import-history"),
        [&batchId](const Core::Database &own) { return VenueImporter(own).undo(batchId); });
    if (!removed) {
        ErrorPresenter::show(this, removed.error());
        return;
    }
    Q_EMIT batchUndone(batchId, *removed);
    reload();
}

} // namespace VenueMap::Ui
