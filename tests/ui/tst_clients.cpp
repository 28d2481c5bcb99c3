// The Clients view of the Projects page (issue 13 part 5), clicked through on real databases (both
// backends): pick a client, see every venue used for them (proposed, booked, declined and why,
// price, date), sort, the empty state, add a venue to a project through the workspace's own
// (undoable) add, and no statement on the GUI thread; a picture with the sample data at 1366×768.
#include "auth/session.h"
#include "demo/demogenerator.h"
#include "domain/language.h"
#include "export/proposalpdf.h"
#include "itemmodels/projectlistmodel.h"
#include "itemmodels/shortlistmodel.h"
#include "projects/clientspanel.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "repositories/outreachrepository.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "undo/undohistory.h"
#include "workflowbook.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace VenueMap::Ui;

namespace {

// The English plural forms guiMain installs ("2 venues", not "2 venue(s)"), while a test runs.
struct EnglishPluralsInstalled
{
    EnglishPlurals plurals;
    EnglishPluralsInstalled() { QCoreApplication::installTranslator(&plurals); }
    ~EnglishPluralsInstalled() { QCoreApplication::removeTranslator(&plurals); }
};

int rowWithText(QTableWidget *table, int column, const QString &text)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, column) && table->item(r, column)->text() == text)
            return r;
    return -1;
}

QStringList columnTexts(QTableWidget *table, int column)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << table->item(r, column)->text();
    return out;
}

} // namespace

class tst_Clients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpGuiTest(); }
    void pickSortAndAddToProject_data() { addBackendRows(); }
    void pickSortAndAddToProject();
    void sampleDataAtLaptopSizes();
};

void tst_Clients::pickSortAndAddToProject()
{
    const EnglishPluralsInstalled english;
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectsPage page(*db, book.anna);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    page.selectRow(page.model()->rowOf(book.summit.id));
    const qint64 onGuiThread = Database::statementsOnMainThread();

    // The Clients button opens the view on the selected project's client.
    auto *clientsButton = page.findChild<QPushButton *>(QStringLiteral("clientsButton"));
    QVERIFY(clientsButton);
    QTest::mouseClick(clientsButton, Qt::LeftButton);
    ClientsPanel *panel = page.clients();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QTableWidget *venues = panel->venueTable();
    QTRY_COMPARE(venues->rowCount(), 9); // the winter party's 3 and the summit's 6
    QTRY_VERIFY(!panel->isLoading());
    QCOMPARE(panel->headingText(), QStringLiteral("Acme Pharma · 2 projects · 7 venues used"));
    QCOMPARE(panel->clientTable()->rowCount(), 6);
    QVERIFY(panel->emptyText().isEmpty());

    // What happened at the winter party: Harbour Loft booked, Azulejo Hall declined and why.
    const int winterLoft = [&] {
        for (int r = 0; r < venues->rowCount(); ++r)
            if (venues->item(r, ClientsPanel::Venue)->text() == QStringLiteral("Harbour Loft")
                && venues->item(r, ClientsPanel::Project)
                       ->text()
                       .startsWith(QStringLiteral("Winter Party 2025")))
                return r;
        return -1;
    }();
    QVERIFY(winterLoft >= 0);
    QCOMPARE(venues->item(winterLoft, ClientsPanel::Proposed)->text(), QStringLiteral("Yes"));
    QCOMPARE(venues->item(winterLoft, ClientsPanel::Booked)->text(), QStringLiteral("Yes"));
    QCOMPARE(venues->item(winterLoft, ClientsPanel::Project)->text(),
        QStringLiteral("Winter Party 2025 (completed)"));
    QCOMPARE(
        venues->item(winterLoft, ClientsPanel::Date)->text(), displayDate(QDate(2025, 12, 12)));
    const int azulejo = rowWithText(
        venues, ClientsPanel::Declined, QStringLiteral("No amplified music after 22:00"));
    QVERIFY(azulejo >= 0);
    QCOMPARE(venues->item(azulejo, ClientsPanel::Venue)->text(), QStringLiteral("Azulejo Hall"));
    QVERIFY(venues->item(azulejo, ClientsPanel::Booked)->text().isEmpty());
    // The summit's Harbour Loft is proposed with a price, not booked: the summit is still active.
    const int summitLoft = rowWithText(venues, ClientsPanel::Price,
        displayMoney(1'240'000, ProposalOptions::fromSettings().currencySymbol));
    QVERIFY(summitLoft >= 0);
    QCOMPARE(venues->item(summitLoft, ClientsPanel::Venue)->text(), QStringLiteral("Harbour Loft"));
    QCOMPARE(venues->item(summitLoft, ClientsPanel::Proposed)->text(), QStringLiteral("Yes"));
    QVERIFY(venues->item(summitLoft, ClientsPanel::Booked)->text().isEmpty());

    // Sortable: by date (newest first by default), by price, by venue.
    QStringList dates = columnTexts(venues, ClientsPanel::Date);
    QCOMPARE(dates.first(), displayDate(QDate(2026, 4, 23)));
    QCOMPARE(dates.last(), displayDate(QDate(2025, 12, 12)));
    venues->horizontalHeader()->setSortIndicator(ClientsPanel::Price, Qt::DescendingOrder);
    QCOMPARE(venues->item(0, ClientsPanel::Price)->text(),
        displayMoney(1'240'000, ProposalOptions::fromSettings().currencySymbol));
    QTest::mouseClick(venues->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(venues->horizontalHeader()->sectionViewportPosition(ClientsPanel::Venue) + 10, 5));
    QStringList names = columnTexts(venues, ClientsPanel::Venue);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.toCaseFolded() < b.toCaseFolded(); });
    if (venues->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);

    // A client without venues says so.
    panel->clientTable()->selectRow(
        rowWithText(panel->clientTable(), 0, QStringLiteral("Borealis Bank")));
    QTRY_VERIFY(!panel->emptyText().isEmpty());
    QCOMPARE(venues->rowCount(), 0);
    QVERIFY2(panel->emptyText().contains(
                 QStringLiteral("No venue has been shortlisted for Borealis Bank")),
        qPrintable(panel->emptyText()));
    QVERIFY(!panel->addButton()->isEnabled());

    // The filter narrows the clients as one types.
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("acme"));
    int visible = 0;
    for (int r = 0; r < panel->clientTable()->rowCount(); ++r)
        visible += panel->clientTable()->isRowHidden(r) ? 0 : 1;
    QCOMPARE(visible, 1);
    panel->clientTable()->selectRow(
        rowWithText(panel->clientTable(), 0, QStringLiteral("Acme Pharma")));
    QTRY_COMPARE(venues->rowCount(), 9);

    // Porto Wine Vaults was used for the winter party only: add it to the summit in one click.
    QCOMPARE(panel->projectCombo()->currentData().toString(), book.summit.id); // the selected one
    const int porto = rowWithText(venues, ClientsPanel::Venue, QStringLiteral("Porto Wine Vaults"));
    QVERIFY(porto >= 0);
    venues->selectRow(porto);
    QVERIFY(panel->addButton()->isEnabled());
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(ws->isVisible());
    QTRY_COMPARE(ws->shortlistModel()->rowCount(), 7);
    QTRY_VERIFY(ws->undoHistory()->canUndo());
    QVERIFY2(
        ws->messageText().contains(QStringLiteral("Added 1 venue")), qPrintable(ws->messageText()));
    QCOMPARE(ws->shortlistModel()->entryAt(6)->venueName, QStringLiteral("Porto Wine Vaults"));
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread); // nothing ran on the GUI thread

    auto rows = OutreachRepository(*db, book.annaId).fetchShortlist(book.summit.id);
    VM_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 7);
    QCOMPARE(rows->last().row.venueId, book.venueIds[6]);
    // Undo in the workspace takes it off again.
    ws->undoHistory()->undo();
    QTRY_COMPARE(ws->shortlistModel()->rowCount(), 6);
}

// The view with the sample data (`venuemapctl demo`) at 1366×768 and 1024×700: no sideways
// scrolling, and a picture when VENUEMAP_SCREENSHOTS names a folder.
void tst_Clients::sampleDataAtLaptopSizes()
{
    const EnglishPluralsInstalled english;
    TempDatabase tmp(QStringLiteral("sqlite"));
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 500;
    options.projects = 20;
    options.photoVenues = 0;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));
    CurrentUser user;
    ProjectsPage page(*db, user);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    page.showClients();
    ClientsPanel *panel = page.clients();
    QTRY_VERIFY(panel->clientTable()->rowCount() > 0);
    QTRY_VERIFY(!panel->isLoading());
    // The client with the most projects.
    int best = 0;
    for (int r = 0; r < panel->clientTable()->rowCount(); ++r)
        if (panel->clientTable()->item(r, 1)->text().toInt()
            > panel->clientTable()->item(best, 1)->text().toInt())
            best = r;
    panel->clientTable()->selectRow(best);
    QTRY_VERIFY(panel->venueTable()->rowCount() > 0);
    QTRY_VERIFY(!panel->isLoading());
    panel->venueTable()->selectRow(0);
    for (const QSize size : { QSize(1366, 768), QSize(1024, 700) }) {
        page.resize(size);
        QTest::qWait(50);
        QVERIFY2(!panel->venueTable()->horizontalScrollBar()->isVisible(),
            qPrintable(QStringLiteral("%1 wide").arg(size.width())));
        QVERIFY(page.width() <= size.width());
        screenshot(&page, QStringLiteral("clients-%1").arg(size.width()));
    }
}

QTEST_MAIN(tst_Clients)
#include "tst_clients.moc"
