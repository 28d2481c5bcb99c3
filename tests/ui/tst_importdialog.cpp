// The import preview dialog, the past-imports dialog and the proposal preview, driven through
// their widgets on real databases of both backends.
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "workflowfixtures.h"

#include "auth/session.h"
#include "importexport/importdialog.h"
#include "importexport/importhistorydialog.h"
#include "importexport/venuecsvexportaction.h"
#include "itemmodels/venuelistmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "pages.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "proposals/proposalpreviewdialog.h"
#include "proposals/proposalsettingsdialog.h"
#include "venues/venuespage.h"

#include "export/csvreader.h"
#include "export/venuespacecsv.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace VenueMap::Core;
using namespace VenueMap::Test;
using VenueMap::Ui::ImportDialog;

namespace {

qint64 liveVenues(const Database &db)
{
    auto n = db.scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM venues WHERE is_deleted = false"));
    return n ? n->toLongLong() : -1;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

void saveShot(QWidget *w, const QString &name)
{
    if (!qEnvironmentVariableIsSet("VENUEMAP_SHOTS"))
        return;
    QTest::qWait(100);
    w->grab().save(QStringLiteral("/tmp/%1.png").arg(name));
}

} // namespace

class tst_ImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsProblemsAndDuplicates_data() { addBackendRows(); }
    void showsProblemsAndDuplicates();
    void fixingTheMappingEnablesImport_data() { addBackendRows(); }
    void fixingTheMappingEnablesImport();
    void unreadableFileChangesNothing_data() { addBackendRows(); }
    void unreadableFileChangesNothing();
    void cancelWritesNothing_data() { addBackendRows(); }
    void cancelWritesNothing();
    void undoFromHistory_data() { addBackendRows(); }
    void undoFromHistory();
    void proposalPreview_data() { addBackendRows(); }
    void proposalPreview();
    void exportVenueSearch_data() { addBackendRows(); }
    void exportVenueSearch();
    void roomsComeWithTheVenues_data() { addBackendRows(); }
    void roomsComeWithTheVenues();
    void roomsFileAlone_data() { addBackendRows(); }
    void roomsFileAlone();
    void windowHasDataMenuAndWorkspaceProposalButton_data() { addBackendRows(); }
    void windowHasDataMenuAndWorkspaceProposalButton();

private:
    QTemporaryDir m_dir;
};

void tst_ImportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VenueMapTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importdialog"));
    installEnglishPlurals();
    QSettings().clear();
}

void tst_ImportDialog::showsProblemsAndDuplicates()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    insertVenue(*db, QStringLiteral("Harbour Loft"), QStringLiteral("Hamburg"));
    const QString path = writeFile(m_dir, QStringLiteral("venues.csv"),
        "Venue Name;City;Seats;Rating\n"
        "Grand Hall;Berlin;1.200;4,5\n"
        "Harbour Loft;Hamburg;80;4\n"
        "Barn;Munich;lots;3\n"
        "Garden Room;Bonn;40;\n");
    ImportDialog dialog(*db);
    dialog.resize(1000, 640);
    dialog.show();
    QVERIFY(dialog.loadFile(path));
    auto *problems = dialog.findChild<QTableWidget *>(QStringLiteral("problemsTable"));
    auto *duplicates = dialog.findChild<QTableWidget *>(QStringLiteral("duplicatesTable"));
    auto *skip = dialog.findChild<QCheckBox *>(QStringLiteral("skipInvalidCheck"));
    auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("includeDuplicatesCheck"));
    QVERIFY(problems && duplicates && skip && include);
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("4"));
    QVERIFY(dialog.isEnabled()); // it waits, disabled, only while the file is read
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("3 (Seats)"));
    QCOMPARE(problems->item(0, 2)->text(),
        QStringLiteral("The capacity must be a whole number, not \"lots\"."));
    QCOMPARE(duplicates->rowCount(), 1);
    QCOMPARE(duplicates->item(0, 1)->text(), QStringLiteral("Harbour Loft"));
    QCOMPARE(duplicates->item(0, 3)->text(), QStringLiteral("Already in the venue book"));
    QVERIFY(!dialog.importButton()->isEnabled());
    saveShot(&dialog, QStringLiteral("importdialog"));

    QTest::mouseClick(skip, Qt::LeftButton, {}, QPoint(8, skip->height() / 2));
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import 2 Venues"));
    QTest::mouseClick(include, Qt::LeftButton, {}, QPoint(8, include->height() / 2));
    QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import 3 Venues"));
    QTest::mouseClick(
        include, Qt::LeftButton, {}, QPoint(8, include->height() / 2)); // duplicates skipped again
    QCOMPARE(liveVenues(*db), 1);

    QSignalSpy done(&dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().first().value<ImportOutcome>().imported, 2);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(liveVenues(*db), 3);
}

void tst_ImportDialog::fixingTheMappingEnablesImport()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString path = writeFile(m_dir, QStringLiteral("de.csv"),
        "Bezeichnung;Ort;Plätze\nStadthalle;Bonn;800\nKulturhaus;Köln;250\n");
    ImportDialog dialog(*db);
    dialog.show();
    QVERIFY(dialog.loadFile(path));
    QVERIFY(dialog.preview().isBlocked());
    QVERIFY(!dialog.importButton()->isEnabled());
    auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    QCOMPARE(mapping->rowCount(), 3);
    auto *nameBox = qobject_cast<QComboBox *>(mapping->cellWidget(0, 2));
    auto *cityBox = qobject_cast<QComboBox *>(mapping->cellWidget(1, 2));
    auto *capacityBox = qobject_cast<QComboBox *>(mapping->cellWidget(2, 2));
    QVERIFY(nameBox && cityBox && capacityBox);
    QCOMPARE(nameBox->currentText(), QStringLiteral("— not imported —"));
    nameBox->setCurrentIndex(nameBox->findText(QStringLiteral("Name")));
    QVERIFY(!dialog.preview().isBlocked());
    QVERIFY(dialog.importButton()->isEnabled());
    cityBox->setCurrentIndex(cityBox->findText(QStringLiteral("City")));
    capacityBox->setCurrentIndex(capacityBox->findText(QStringLiteral("Capacity")));
    QCOMPARE(dialog.preview().rows.at(1).venue.city, QString::fromUtf8("Köln"));
    QSignalSpy done(&dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    QCOMPARE(liveVenues(*db), 2);
    auto cap = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT capacity FROM venues WHERE name = 'Stadthalle'"));
    VM_VERIFY_OK(cap);
    QCOMPARE(cap->toInt(), 800);
}

void tst_ImportDialog::unreadableFileChangesNothing()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString path = writeFile(m_dir, QStringLiteral("latin1.csv"), "name,city\nDom,K\xF6ln\n");
    ImportDialog dialog(*db);
    dialog.show();
    QVERIFY(dialog.loadFile(path));
    auto *problems = dialog.findChild<QTableWidget *>(QStringLiteral("problemsTable"));
    QCOMPARE(problems->rowCount(), 1);
    QVERIFY(problems->item(0, 2)->text().contains(QStringLiteral("Save it as \"CSV UTF-8\"")));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(liveVenues(*db), 0);
}

void tst_ImportDialog::cancelWritesNothing()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    ImportDialog dialog(*db);
    dialog.show();
    dialog.loadBytes("name,city\nA,B\nC,D\n", QStringLiteral("two.csv"));
    QVERIFY(dialog.importButton()->isEnabled());
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(liveVenues(*db), 0);
}

void tst_ImportDialog::undoFromHistory()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    insertVenue(*db, QStringLiteral("By hand"));
    VenueImporter importer(*db);
    auto first = importer.preview("name,city\nOld A,X\nOld B,Y\n", QStringLiteral("old.csv"));
    VM_VERIFY_OK(first);
    VM_VERIFY_OK(importer.commit(*first));
    auto second
        = importer.preview("name,city\nNew A,X\nNew B,Y\nNew C,Z\n", QStringLiteral("new.csv"));
    VM_VERIFY_OK(second);
    VM_VERIFY_OK(importer.commit(*second));
    QCOMPARE(liveVenues(*db), 6);

    VenueMap::Ui::ImportHistoryDialog dialog(*db);
    dialog.resize(900, 420);
    dialog.show();
    QCOMPARE(dialog.batches().size(), 2);
    int row = -1;
    for (int i = 0; i < dialog.batches().size(); ++i) {
        if (dialog.batches().at(i).fileName == QLatin1String("old.csv"))
            row = i;
    }
    QVERIFY(row >= 0);
    auto *undo = dialog.findChild<QPushButton *>(QStringLiteral("undoButton"));
    QVERIFY(!undo->isEnabled());
    dialog.selectBatch(row);
    QVERIFY(undo->isEnabled());
    saveShot(&dialog, QStringLiteral("importhistory"));
    QSignalSpy undone(&dialog, &VenueMap::Ui::ImportHistoryDialog::batchUndone);
    QTest::mouseClick(undo, Qt::LeftButton);
    QMessageBox *box = dialog.findChild<QMessageBox *>();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QPushButton *remove = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            remove = qobject_cast<QPushButton *>(b);
    }
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(undone.size(), 1);
    QCOMPARE(undone.first().at(1).toInt(), 2);
    QCOMPARE(liveVenues(*db), 4);
    for (const ImportBatch &b : dialog.batches())
        QCOMPARE(b.isUndone(), b.fileName == QLatin1String("old.csv"));
}

void tst_ImportDialog::proposalPreview()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString project = QUuid::createUuid().toString(QUuid::WithoutBraces);
    VM_VERIFY_OK(db->exec(QStringLiteral("fixture"),
        QStringLiteral("INSERT INTO projects (id, client_name, event_name, attendees) "
                       "VALUES (:id, 'Atlantic Biotech', 'Summer Summit', 120)"),
        { { QStringLiteral(":id"), project } }));
    for (int i = 0; i < 3; ++i) {
        const QString venue = insertVenue(*db, QStringLiteral("Preview Venue %1").arg(i));
        VM_VERIFY_OK(db->exec(QStringLiteral("fixture"),
            QStringLiteral(
                "INSERT INTO project_venues (id, project_id, venue_id, include_in_proposal, "
                "sort_order) VALUES (:id, :p, :v, :inc, :o)"),
            { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral(":p"), project }, { QStringLiteral(":v"), venue },
                { QStringLiteral(":inc"), i < 2 }, { QStringLiteral(":o"), i } }));
    }
    // A ticked venue deleted from the book is left out, and the preview says so.
    const QString hangar = insertVenue(
        *db, VenueSpec { QStringLiteral("Hangar 9"), QStringLiteral("Milan"), 400, 4.0, {}, true });
    VM_VERIFY_OK(db->exec(QStringLiteral("fixture"),
        QStringLiteral("INSERT INTO project_venues (id, project_id, venue_id, include_in_proposal, "
                       "sort_order) VALUES (:id, :p, :v, true, 1)"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":p"), project }, { QStringLiteral(":v"), hangar } }));
    VenueMap::Ui::ProposalPreviewDialog dialog(*db, project);
    dialog.resize(1100, 800);
    dialog.show();
    QTRY_VERIFY(!dialog.isLoading()); // read off the GUI thread
    QVERIFY(dialog.hasProposal());
    QCOMPARE(dialog.data().venues.size(), 2);
    QCOMPARE(dialog.message(),
        QStringLiteral("Hangar 9 (Milan) was deleted from the venue book and is left out; "
                       "restore it to include it."));
    QTRY_COMPARE(dialog.previewPageCount(), 4); // cover, table, two venues
    saveShot(&dialog, QStringLiteral("proposalpreview"));
    const QString pdf = m_dir.filePath(QStringLiteral("preview-%1.pdf").arg(tmp.isPostgres()));
    QVERIFY(dialog.savePdf(pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QString csv = m_dir.filePath(QStringLiteral("preview-%1.csv").arg(tmp.isPostgres()));
    QVERIFY(dialog.saveCsv(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = f.readAll();
    QCOMPARE(CsvReader::parse(csvBytes).document().records.size(), 3);
    QVERIFY(!csvBytes.contains("Hangar 9"));

    // Paper size follows the combo box.
    auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("paperCombo"));
    paper->setCurrentIndex(1);
    QTRY_COMPARE(dialog.previewPageCount(), 4);

    // Nothing included: the sentence instead of pages, and nothing to save.
    VM_VERIFY_OK(db->exec(QStringLiteral("fixture"),
        QStringLiteral("UPDATE project_venues SET include_in_proposal = false")));
    VenueMap::Ui::ProposalPreviewDialog empty(*db, project);
    empty.show();
    QTRY_VERIFY(!empty.isLoading()); // read off the GUI thread
    QVERIFY(!empty.hasProposal());
    QVERIFY(empty.message().contains(QStringLiteral("has no venue in it")));
    QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("savePdfButton"))->isEnabled());

    VenueMap::Ui::ProposalSettingsDialog settings;
    settings.show();
    saveShot(&settings, QStringLiteral("proposalsettings"));
    QCOMPARE(settings.options().agencyName, ProposalOptions::defaultAgencyName());
}

void tst_ImportDialog::exportVenueSearch()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    insertVenue(*db, QStringLiteral("Alpha"), QStringLiteral("Porto"));
    insertVenue(*db, QStringLiteral("Beta"), QStringLiteral("Lisbon"));
    insertVenue(*db, QStringLiteral("Gamma"), QStringLiteral("Porto"));
    VenueFilter filter;
    filter.city = QStringLiteral("Porto");
    QWidget parent;
    const QString path = m_dir.filePath(QStringLiteral("search-%1.csv").arg(tmp.isPostgres()));
    QCOMPARE(VenueMap::Ui::exportVenueSearchTo(&parent, *db, filter, path), 2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CsvParseResult parsed = CsvReader::parse(f.readAll());
    QVERIFY(parsed.ok());
    QVERIFY(parsed.document().hadBom);
    QCOMPARE(parsed.document().records.size(), 3);
    QCOMPARE(parsed.document().records.at(1).at(1), QStringLiteral("Alpha"));
    QCOMPARE(parsed.document().records.at(2).at(1), QStringLiteral("Gamma"));
    // No rooms, no rooms file.
    QVERIFY(!QFileInfo::exists(VenueSpaceCsv::fileNextTo(path)));

    // A bigger export keeps the window's event loop running while it writes (its own thread).
    for (int i = 0; i < 4000; ++i)
        insertVenue(*db, QStringLiteral("Venue %1").arg(i, 5, 10, QLatin1Char('0')),
            QStringLiteral("Braga"));
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, &tick, [&ticks] { ++ticks; });
    tick.start(1);
    filter.city = QStringLiteral("Braga");
    QElapsedTimer took;
    took.start();
    QCOMPARE(VenueMap::Ui::exportVenueSearchTo(&parent, *db, filter, path), 4000);
    tick.stop();
    qInfo("exported 4,000 venues in %lld ms; the event loop ran %d times meanwhile", took.elapsed(),
        ticks);
    QVERIFY2(ticks > 0, "the GUI thread was blocked during the export");

    // Reading that export back for an import keeps the event loop running too, and finds every
    // row a duplicate of the book.
    ImportDialog dialog(*db);
    dialog.show();
    ticks = 0;
    tick.start(1);
    QVERIFY(dialog.loadFile(path));
    tick.stop();
    QVERIFY2(ticks > 0, "the GUI thread was blocked while the file was read");
    QCOMPARE(dialog.preview().duplicateCount(), 4000);
}

void tst_ImportDialog::windowHasDataMenuAndWorkspaceProposalButton()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueMap::Ui::MainWindow window(
        *db, Session::current(), VenueMap::Ui::makePages(*db, Session::current()));
    auto *projects = qobject_cast<VenueMap::Ui::ProjectsPage *>(
        window.page(VenueMap::Ui::MainWindow::Page::Projects));
    QVERIFY(projects);
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuData")));
    QAction *import = window.findChild<QAction *>(QStringLiteral("actionImportVenues"));
    QVERIFY(import);
    // Importing through the menu shows the new venues on the Venues page at once (the same
    // filter as before: the list is read again, not kept), and says so there.
    auto *venues = qobject_cast<VenueMap::Ui::VenuesPage *>(
        window.page(VenueMap::Ui::MainWindow::Page::Venues));
    QVERIFY(venues);
    QTRY_VERIFY(venues->model()->isCountFinal());
    QCOMPARE(venues->model()->rowCount(), 0);
    import->trigger();
    auto *dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->loadFile(writeFile(m_dir, QStringLiteral("menu-import.csv"),
        "name,city,capacity\nRiver Hall,Porto,120\nQuay Loft,Porto,60\n")));
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_COMPARE(venues->model()->rowCount(), 2);
    QTRY_VERIFY(venues->model()->isCountFinal());
    QCOMPARE(window.currentPage(), VenueMap::Ui::MainWindow::Page::Venues);
    QVERIFY2(venues->messageBar()->text().startsWith(QStringLiteral("Imported 2 venue")),
        qPrintable(venues->messageBar()->text()));
    QVERIFY(projects->workspace());
    QVERIFY(projects->workspace()->findChild<QPushButton *>(QStringLiteral("proposalButton")));
}

// Issue 13: the export writes the rooms beside the venues; the dialog finds them there, says what
// they will do, and imports both in one go.
void tst_ImportDialog::roomsComeWithTheVenues()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    QTemporaryDir dir;
    const QString venues = writeFile(dir, QStringLiteral("venues.csv"),
        "name,city,capacity\nRiver Hall,Porto,120\nQuay Loft,Porto,60\n");
    writeFile(dir, QStringLiteral("venues_spaces.csv"),
        "Venue,City,Space,Part of,Theatre,Banquet (rounds)\n"
        "River Hall,Porto,Main hall,,300,180\n"
        "River Hall,Porto,East,Main hall,150,90\n"
        "Quay Loft,Porto,\"<b>Loft</b>, top floor\",,,60\n");
    ImportDialog dialog(*db);
    dialog.resize(1000, 640);
    dialog.show();
    QVERIFY(dialog.loadFile(venues));
    QVERIFY(dialog.spaces());
    auto *spacesEdit = dialog.findChild<QLineEdit *>(QStringLiteral("spacesEdit"));
    QVERIFY(spacesEdit->text().endsWith(QStringLiteral("venues_spaces.csv")));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("3 rooms for 2 new venues.")),
        qPrintable(summary->text()));
    QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import 2 Venues and 3 Rooms"));
    QVERIFY(dialog.importButton()->isEnabled());
    saveShot(&dialog, QStringLiteral("importdialog-rooms"));

    QSignalSpy done(&dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    const auto outcome = done.first().first().value<ImportOutcome>();
    QCOMPARE(outcome.imported, 2);
    QCOMPARE(outcome.spaces, 3);
    QCOMPARE(ImportDialog::outcomeSentence(outcome),
        QStringLiteral("Imported 2 venues from venues.csv with 3 rooms."));
    auto rooms = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM venue_spaces s JOIN venues v ON v.id = s.venue_id "
                       "WHERE v.is_deleted = false AND s.name = '<b>Loft</b>, top floor'"));
    VM_VERIFY_OK(rooms);
    QCOMPARE(rooms->toInt(), 1);
    auto capacity = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT capacity FROM venues WHERE name = 'River Hall'"));
    VM_VERIFY_OK(capacity);
    QCOMPARE(capacity->toInt(), 300);

    // Exported again, the rooms land beside the venues, in their order, the hall's part naming
    // the hall, markup as text.
    QWidget parent;
    VenueMap::Ui::MessageBar bar;
    const QString book = dir.filePath(QStringLiteral("book.csv"));
    QCOMPARE(VenueMap::Ui::exportVenueSearchTo(&parent, *db, {}, book, &bar), 2);
    QCOMPARE(bar.text(),
        QStringLiteral("Exported 2 venues to book.csv and 3 rooms to book_spaces.csv."));
    QFile rooms2(dir.filePath(QStringLiteral("book_spaces.csv")));
    QVERIFY(rooms2.open(QIODevice::ReadOnly));
    const CsvParseResult parsed = CsvReader::parse(rooms2.readAll());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.document().records.size(), 4);
    QCOMPARE(parsed.document().records.at(1).mid(0, 4),
        (QStringList { "Quay Loft", "Porto", "<b>Loft</b>, top floor", "" }));
    QCOMPARE(parsed.document().records.at(3).mid(0, 4),
        (QStringList { "River Hall", "Porto", "East", "Main hall" }));
}

// A rooms file alone, for venues already in the book: a bad row keeps the Import button off and
// is listed as a row of the rooms file; a good file replaces the rooms.
void tst_ImportDialog::roomsFileAlone()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    insertVenue(*db, QStringLiteral("Harbour Loft"), QStringLiteral("Hamburg"));
    QTemporaryDir dir;
    const QString bad = writeFile(dir, QStringLiteral("rooms.csv"),
        "Venue,City,Space,Theatre\n"
        "Harbour Loft,Hamburg,Deck,-20\n"
        "Harbour Loft,Hamburg,Deck,20\n"
        "Fish Market,Hamburg,Hall,400\n");
    ImportDialog dialog(*db);
    dialog.resize(1000, 640);
    dialog.show();
    QVERIFY(dialog.loadSpacesFile(bad));
    auto *problems = dialog.findChild<QTableWidget *>(QStringLiteral("problemsTable"));
    QCOMPARE(problems->rowCount(), 3);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("2 (rooms)"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("4 (Theatre)"));
    QCOMPARE(problems->item(0, 2)->text(),
        QStringLiteral("The theatre capacity of space \"Deck\" is negative (-20); a capacity is a "
                       "whole number from 0 to 100,000."));
    QCOMPARE(problems->item(1, 0)->text(), QStringLiteral("3 (rooms)"));
    QCOMPARE(problems->item(1, 2)->text(),
        QStringLiteral(
            "\"Deck\" is already a space of \"Harbour Loft\" in Hamburg (row 2); a space "
            "name is used once per venue."));
    QCOMPARE(problems->item(2, 0)->text(), QStringLiteral("4 (rooms)"));
    QVERIFY(problems->item(2, 2)->text().startsWith(
        QStringLiteral("There is no venue \"Fish Market\" in Hamburg in the book;")));
    QVERIFY(!dialog.importButton()->isEnabled());
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("3 problem")), qPrintable(summary->text()));
    saveShot(&dialog, QStringLiteral("importdialog-rooms-problems"));

    const QString good = writeFile(dir, QStringLiteral("rooms-good.csv"),
        "Venue,City,Space,Theatre\nHarbour Loft,Hamburg,Deck,20\nHarbour Loft,Hamburg,Hold,45\n");
    QVERIFY(dialog.loadSpacesFile(good));
    QCOMPARE(problems->rowCount(), 0);
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import 2 Rooms"));
    QVERIFY2(
        summary->text().contains(QStringLiteral("cannot be undone")), qPrintable(summary->text()));
    QSignalSpy done(&dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    QCOMPARE(ImportDialog::outcomeSentence(done.first().first().value<ImportOutcome>()),
        QStringLiteral("Imported 2 rooms into 1 venue already in the book."));
    auto capacity = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT capacity FROM venues WHERE name = 'Harbour Loft'"));
    VM_VERIFY_OK(capacity);
    QCOMPARE(capacity->toInt(), 45);
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
