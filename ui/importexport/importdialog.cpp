#include "importdialog.h"
#include "domain/plaintext.h"
#include "plaintextlabels.h"
#include "ui_importdialog.h"

#include "export/venuespacecsv.h"

#include "db/backgroundreader.h"
#include "errorpresenter.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QUuid>

namespace VenueMap::Ui {

using namespace Core;

namespace {
QString number(qsizetype n)
{
    return QLocale().toString(qint64(n));
}

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(align);
    i->setToolTip(Core::plainTextToolTip(text));
    return i;
}
} // namespace

ImportDialog::ImportDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::ImportDialog)
    , m_db(db)
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    // The fields' hints are long sentences that a narrower language cuts short: the tooltip
    // says them whole.
    for (QLineEdit *edit : { m_ui->fileEdit, m_ui->spacesEdit })
        edit->setToolTip(edit->placeholderText());
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    m_ui->mappingTable->setColumnCount(3);
    m_ui->mappingTable->setHorizontalHeaderLabels(
        { tr("Column in the file"), tr("First value"), tr("Imports as") });
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->mappingTable->verticalHeader()->setVisible(false);
    m_ui->problemsTable->setColumnCount(3);
    m_ui->problemsTable->setHorizontalHeaderLabels({ tr("Row"), tr("Column"), tr("Problem") });
    m_ui->problemsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->problemsTable->verticalHeader()->setVisible(false);
    m_ui->duplicatesTable->setColumnCount(4);
    m_ui->duplicatesTable->setHorizontalHeaderLabels(
        { tr("Row"), tr("Venue"), tr("City"), tr("Why it is a duplicate") });
    m_ui->duplicatesTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->duplicatesTable->verticalHeader()->setVisible(false);
    m_ui->summaryLabel->setText(tr("Choose a CSV file of venues (and their rooms), or a rooms "
                                   "file alone. Nothing is written until you press Import."));

    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_ui->chooseSpacesButton, &QPushButton::clicked, this, &ImportDialog::chooseSpacesFile);
    connect(m_ui->clearSpacesButton, &QPushButton::clicked, this, &ImportDialog::clearSpaces);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Which rooms find their venue depends on which venue rows are imported.
    auto optionsChanged = [this] {
        fillProblems();
        updateSummary();
    };
    connect(m_ui->skipInvalidCheck, &QCheckBox::toggled, this, optionsChanged);
    connect(m_ui->includeDuplicatesCheck, &QCheckBox::toggled, this, optionsChanged);
}

ImportDialog::~ImportDialog()
{
    delete m_ui;
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Venues"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    auto bytes = Core::VenueImporter::readFile(path);
    if (!bytes) {
        ErrorPresenter::show(this, bytes.error());
        return false;
    }
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    loadBytes(*bytes, QFileInfo(path).fileName());
    // The rooms an export wrote beside the venues come with them, unless others were chosen.
    const QString besides = VenueSpaceCsv::fileNextTo(path);
    if (!m_spaces && QFileInfo(besides).isFile())
        loadSpacesFile(besides);
    return true;
}

void ImportDialog::chooseSpacesFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Rooms"),
        QFileInfo(m_ui->fileEdit->text()).path(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadSpacesFile(path);
}

bool ImportDialog::loadSpacesFile(const QString &path)
{
    auto bytes = Core::VenueImporter::readFile(path);
    if (!bytes) {
        ErrorPresenter::show(this, bytes.error());
        return false;
    }
    m_ui->spacesEdit->setText(QDir::toNativeSeparators(path));
    loadSpacesBytes(*bytes, QFileInfo(path).fileName());
    return true;
}

void ImportDialog::loadSpacesBytes(const QByteArray &bytes, const QString &fileName)
{
    if (m_ui->spacesEdit->text().isEmpty())
        m_ui->spacesEdit->setText(fileName);
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Result<SpaceImportPreview> preview
        = runOnOwnConnection<SpaceImportPreview>(m_db, QStringLiteral("import-preview"),
            [&](const Database &own) { return SpaceImporter(own).preview(bytes, fileName); });
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!preview) {
        ErrorPresenter::show(this, preview.error());
        return;
    }
    m_spaces = std::make_shared<const SpaceImportPreview>(*preview);
    m_preview.spaces = m_spaces;
    m_ui->clearSpacesButton->setEnabled(true);
    fillProblems();
    updateSummary();
    if (!m_spaces->headerIssues.isEmpty() || !m_spaces->issues.isEmpty()
        || !m_spaces->fileError.isEmpty() || !spacePlan().issues.isEmpty())
        m_ui->tabs->setCurrentWidget(m_ui->problemsTab);
}

void ImportDialog::clearSpaces()
{
    m_spaces.reset();
    m_preview.spaces.reset();
    m_ui->spacesEdit->clear();
    m_ui->clearSpacesButton->setEnabled(false);
    fillProblems();
    updateSummary();
}

bool ImportDialog::hasVenuesFile() const
{
    return m_preview.document || !m_preview.fileError.isEmpty();
}

SpaceImportPlan ImportDialog::spacePlan() const
{
    if (!m_spaces)
        return {};
    return SpaceImporter::plan(*m_spaces, hasVenuesFile() ? &m_preview : nullptr, options());
}

void ImportDialog::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    if (m_ui->fileEdit->text().isEmpty())
        m_ui->fileEdit->setText(fileName);
    // Reading and checking a big file (and looking its venues up in the book) takes a while: it
    // runs on its own thread and connection, the window keeps painting, this dialog waits.
    setEnabled(false);
    const QString before = m_ui->summaryLabel->text();
    m_ui->summaryLabel->setText(tr("Reading %1…").arg(fileName.toHtmlEscaped()));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Result<ImportPreview> preview
        = runOnOwnConnection<ImportPreview>(m_db, QStringLiteral("import-preview"),
            [&](const Database &own) { return VenueImporter(own).preview(bytes, fileName); });
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    m_ui->summaryLabel->setText(before);
    if (!preview) {
        ErrorPresenter::show(this, preview.error());
        return;
    }
    m_preview = *preview;
    m_preview.spaces = m_spaces;
    showPreview();
    // Open the tab that needs the person first.
    if (m_preview.isBlocked() && m_preview.fileError.isEmpty())
        m_ui->tabs->setCurrentWidget(m_ui->columnsTab);
    else if (!m_preview.issues.isEmpty())
        m_ui->tabs->setCurrentWidget(m_ui->problemsTab);
    else if (!m_preview.duplicates.isEmpty())
        m_ui->tabs->setCurrentWidget(m_ui->duplicatesTab);
}

void ImportDialog::showPreview()
{
    fillMapping();
    fillProblems();
    fillDuplicates();
    updateSummary();
}

void ImportDialog::fillMapping()
{
    m_filling = true;
    m_fieldBoxes.clear();
    QTableWidget *t = m_ui->mappingTable;
    t->setRowCount(int(m_preview.headers.size()));
    const QStringList first = m_preview.document && m_preview.document->records.size() > 1
        ? m_preview.document->records.at(1)
        : QStringList();
    for (int c = 0; c < m_preview.headers.size(); ++c) {
        t->setItem(c, 0, item(m_preview.headers.at(c)));
        t->setItem(c, 1, item(first.value(c).simplified()));
        auto *box = new QComboBox(t);
        box->addItem(tr("— not imported —"), -1);
        for (VenueField f : allVenueFields())
            box->addItem(venueFieldLabel(f), int(f));
        const auto field = m_preview.mapping.value(c);
        box->setCurrentIndex(field ? box->findData(int(*field)) : 0);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChanged);
        t->setCellWidget(c, 2, box);
        m_fieldBoxes << box;
    }
    m_filling = false;
}

void ImportDialog::fillProblems()
{
    QTableWidget *t = m_ui->problemsTable;
    QList<ImportIssue> all = m_preview.headerIssues;
    all += m_preview.issues;
    // The rooms file's problems follow, their rows marked as rows of that file.
    const qsizetype venueIssues = all.size();
    QString spacesFileError;
    if (m_spaces) {
        spacesFileError = m_spaces->fileError;
        all += m_spaces->headerIssues;
        all += m_spaces->issues;
        all += spacePlan().issues;
        std::stable_sort(all.begin() + venueIssues, all.end(),
            [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    }
    const bool fileError = !m_preview.fileError.isEmpty();
    t->setRowCount(int(all.size()) + (fileError ? 1 : 0) + (spacesFileError.isEmpty() ? 0 : 1));
    int r = 0;
    if (fileError) {
        t->setItem(r, 0, item(QString()));
        t->setItem(r, 1, item(QString()));
        t->setItem(r, 2, item(m_preview.fileError));
        ++r;
    }
    if (!spacesFileError.isEmpty()) {
        t->setItem(r, 0, item(tr("rooms")));
        t->setItem(r, 1, item(QString()));
        t->setItem(r, 2, item(spacesFileError));
        ++r;
    }
    for (qsizetype n = 0; n < all.size(); ++n) {
        const ImportIssue &i = all.at(n);
        const bool ofRooms = n >= venueIssues;
        QString rowText = i.row > 0 ? QString::number(i.row) : QString();
        if (ofRooms)
            rowText = rowText.isEmpty() ? tr("rooms") : tr("%1 (rooms)").arg(rowText);
        t->setItem(r, 0, item(rowText, Qt::AlignRight | Qt::AlignVCenter));
        t->setItem(r, 1,
            item(i.column > 0 ? QStringLiteral("%1 (%2)").arg(i.column).arg(i.columnName)
                              : QString()));
        QString reason = i.reason;
        if (!reason.isEmpty())
            reason[0] = reason.at(0).toUpper();
        t->setItem(r, 2, item(reason));
        ++r;
    }
    t->resizeColumnToContents(0);
    t->resizeColumnToContents(1);
    m_ui->tabs->setTabText(
        m_ui->tabs->indexOf(m_ui->problemsTab), tr("Problems (%1)").arg(number(t->rowCount())));
}

void ImportDialog::fillDuplicates()
{
    QTableWidget *t = m_ui->duplicatesTable;
    t->setRowCount(int(m_preview.duplicates.size()));
    for (int r = 0; r < m_preview.duplicates.size(); ++r) {
        const ImportDuplicate &d = m_preview.duplicates.at(r);
        t->setItem(r, 0, item(QString::number(d.row), Qt::AlignRight | Qt::AlignVCenter));
        t->setItem(r, 1, item(d.name));
        t->setItem(r, 2, item(d.city));
        t->setItem(r, 3,
            item(d.of == ImportDuplicate::Of::File
                    ? tr("Repeats row %1 of the file").arg(d.firstRow)
                    : tr("Already in the venue book")));
    }
    t->resizeColumnsToContents();
    t->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->duplicatesTab),
        tr("Duplicates (%1)").arg(number(m_preview.duplicates.size())));
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.skipInvalid = m_ui->skipInvalidCheck->isChecked();
    o.includeDuplicates = m_ui->includeDuplicatesCheck->isChecked();
    return o;
}

void ImportDialog::updateSummary()
{
    const bool loaded = hasVenuesFile();
    m_ui->skipInvalidCheck->setEnabled(!m_importing && m_preview.invalidCount() > 0);
    m_ui->includeDuplicatesCheck->setEnabled(!m_importing && m_preview.duplicateCount() > 0);
    m_ui->chooseSpacesButton->setEnabled(!m_importing);
    m_ui->clearSpacesButton->setEnabled(!m_importing && m_spaces);
    if (!loaded && !m_spaces) {
        m_importButton->setEnabled(false);
        return;
    }
    const ImportOptions o = options();
    // The rooms: their plan, or how many problems keep them out.
    const SpaceImportPlan plan = spacePlan();
    int roomProblems = 0;
    QString roomsLine;
    if (m_spaces) {
        roomProblems = int(m_spaces->headerIssues.size() + m_spaces->issues.size()
            + plan.issues.size() + (m_spaces->fileError.isEmpty() ? 0 : 1));
        roomsLine = roomProblems == 1
            ? tr("The rooms file has 1 problem (see Problems): nothing is imported until it is "
                 "fixed and chosen again.")
            : roomProblems > 1
            ? tr("The rooms file has %1 problems (see Problems): nothing is imported until they "
                 "are fixed and the file is chosen again.")
                  .arg(number(roomProblems))
            : plan.summary();
    }
    const bool roomsReady = m_spaces && roomProblems == 0 && !plan.isEmpty();
    QString text;
    bool canImport = false;
    qsizetype count = 0;
    if (loaded) {
        count = m_preview.venuesToImport(o.includeDuplicates).size();
        const int invalid = m_preview.invalidCount();
        text = QStringLiteral("<b>%1</b>")
                   .arg(m_preview.summary(o.includeDuplicates).toHtmlEscaped());
        canImport = !m_preview.isBlocked() && (count > 0 || roomsReady)
            && (invalid == 0 || o.skipInvalid) && (!m_spaces || roomsReady);
        if (m_preview.isBlocked() && m_preview.fileError.isEmpty())
            text += QStringLiteral("<br>")
                + tr("Choose which column holds the venue name on the Columns tab.");
        else if (invalid > 0 && !o.skipInvalid)
            text += QStringLiteral("<br>")
                + tr("Fix the file and choose it again, or skip the invalid rows.");
        if (!roomsLine.isEmpty())
            text += QStringLiteral("<br>") + roomsLine.toHtmlEscaped();
    } else {
        text = QStringLiteral("<b>%1</b>").arg(roomsLine.toHtmlEscaped());
        canImport = roomsReady;
    }
    m_ui->summaryLabel->setTextFormat(Qt::RichText); // built from escaped values
    m_ui->summaryLabel->setText(text);
    m_importButton->setEnabled(canImport && !m_importing);
    QString label = tr("&Import");
    if (loaded && count > 0 && !m_preview.isBlocked())
        label = tr("&Import %Ln Venue(s)", nullptr, int(count));
    if (roomsReady)
        label = loaded && count > 0 ? tr("&Import %1 and %2", "2 Venues and 3 Rooms")
                                          .arg(tr("%Ln Venue(s)", nullptr, int(count)),
                                              tr("%Ln Room(s)", nullptr, int(plan.spaceCount)))
                                    : tr("&Import %Ln Room(s)", nullptr, int(plan.spaceCount));
    m_importButton->setText(label);
}

void ImportDialog::mappingChanged()
{
    if (m_filling || !m_preview.document)
        return;
    ImportMapping mapping;
    for (QComboBox *box : std::as_const(m_fieldBoxes)) {
        const int f = box->currentData().toInt();
        mapping.append(f < 0 ? std::nullopt : std::optional<VenueField>(VenueField(f)));
    }
    // Checking the rows again (and their duplicates in the book) runs on a connection of its own.
    const auto remapped = runOnOwnConnection<ImportPreview>(m_db, QStringLiteral("import-preview"),
        [&](const Database &own) { return VenueImporter(own).remap(m_preview, mapping); });
    if (!remapped) {
        ErrorPresenter::show(this, remapped.error());
        return;
    }
    m_preview = *remapped;
    fillProblems();
    fillDuplicates();
    updateSummary();
}

void ImportDialog::setColumnField(int column, std::optional<VenueField> field)
{
    if (column < 0 || column >= m_fieldBoxes.size())
        return;
    QComboBox *box = m_fieldBoxes.at(column);
    box->setCurrentIndex(field ? box->findData(int(*field)) : 0);
}

void ImportDialog::startImport()
{
    if (m_importing || !m_importButton->isEnabled())
        return;
    m_importing = true;
    m_importButton->setEnabled(false);
    m_ui->chooseButton->setEnabled(false);
    m_ui->tabs->setEnabled(false);
    updateSummary();
    const ImportOptions base = options();
    const int total = int(m_preview.venuesToImport(base.includeDuplicates).size());
    const bool roomsAlone = !hasVenuesFile();
    const std::shared_ptr<const SpaceImportPreview> spaces = m_spaces;
    m_ui->progressBar->setRange(0, total);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(true);

    // The import runs on its own thread with its own connection (STYLE 9); results come back
    // queued.
    const ImportPreview preview = m_preview;
    const Database db = m_db;
    QPointer<ImportDialog> self(this);
    QThread *thread = QThread::create([preview, db, base, self, roomsAlone, spaces] {
        const QString name
            = QStringLiteral("import-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        std::optional<ImportOutcome> outcome;
        std::optional<DbError> error;
        {
            auto own = db.openAnother(name);
            if (!own) {
                error = own.error();
            } else {
                ImportOptions o = base;
                o.progress = [self](int done, int) {
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [self, done] {
                            if (self)
                                self->m_ui->progressBar->setValue(done);
                        },
                        Qt::QueuedConnection);
                };
                if (roomsAlone) {
                    // A rooms file alone: their venues are in the book; no batch.
                    auto r = SpaceImporter(*own).commit(*spaces);
                    if (r) {
                        outcome = ImportOutcome();
                        outcome->spaces = r->spaces;
                        outcome->spacesReplacedVenues = r->bookVenues;
                        outcome->batch.fileName = spaces->fileName;
                    } else {
                        error = r.error();
                    }
                } else {
                    auto r = VenueImporter(*own).commit(preview, o);
                    if (r)
                        outcome = *r;
                    else
                        error = r.error();
                }
                own->close();
            }
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, outcome, error] {
                if (self)
                    self->finishImport(outcome, error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QString ImportDialog::outcomeSentence(const ImportOutcome &outcome)
{
    const QString rooms = tr("%Ln room(s)", nullptr, int(outcome.spaces));
    if (outcome.batch.id.isEmpty())
        return tr("Imported %1 into %Ln venue(s) already in the book.", nullptr,
            int(outcome.spacesReplacedVenues))
            .arg(rooms);
    const QString venues = tr("%Ln venue(s)", nullptr, int(outcome.imported));
    if (outcome.spaces == 0)
        return tr("Imported %1 from %2.").arg(venues, outcome.batch.fileName);
    return tr("Imported %1 from %2 with %3.").arg(venues, outcome.batch.fileName, rooms);
}

void ImportDialog::finishImport(
    const std::optional<ImportOutcome> &outcome, const std::optional<DbError> &error)
{
    m_importing = false;
    m_ui->progressBar->setVisible(false);
    m_ui->chooseButton->setEnabled(true);
    m_ui->tabs->setEnabled(true);
    if (error) {
        updateSummary();
        Q_EMIT importFailed(*error);
        ErrorPresenter::create(this, *error)->open();
        return;
    }
    Q_EMIT imported(*outcome);
    accept();
}

} // namespace VenueMap::Ui
