// Colleagues' changes, live (issue 18): a change written by anyone else — another connection,
// raw SQL as the agency's own backend writes it — reaches an open window within two seconds
// without a refresh: the venue list row changes where it is, the detail pane follows, and an
// editor open on the venue says who changed it while the person's typing stays. On PostgreSQL
// through LISTEN/NOTIFY on the connection monitor's connection; on SQLite through data_version.
#include "../core/venuetestdata.h"
#include "auth/session.h"
#include "db/changefeed.h"
#include "db/connectionmonitor.h"
#include "itemmodels/shortlistmodel.h"
#include "itemmodels/venuelistmodel.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "repositories/venuerepository.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "venues/venueeditor.h"
#include "venues/venuespage.h"
#include "workflowbook.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace VenueMap::Ui;

class tst_LiveChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpGuiTest(); }
    void payloadsFromTheDatabase();
    void feedSeesAnotherWriter_data() { addBackendRows(); }
    void feedSeesAnotherWriter();
    void listRowAndEditorFollowAColleague_data() { addBackendRows(); }
    void listRowAndEditorFollowAColleague();
    void workspaceFollowsAColleague_data() { addBackendRows(); }
    void workspaceFollowsAColleague();
    void floodIsCoalesced();
};

namespace {

// The feed of `tmp`'s database, with what a window keeps running for it on PostgreSQL.
struct Listening
{
    std::shared_ptr<ChangeFeed> feed;
    std::unique_ptr<ConnectionMonitor> monitor;
};

Listening listen(const TempDatabase &tmp)
{
    Listening l;
    l.feed = ChangeFeed::of(tmp.url());
    if (tmp.isPostgres()) {
        l.monitor = std::make_unique<ConnectionMonitor>(tmp.url());
        l.monitor->start();
    }
    // The monitor's connection LISTENs, or the SQLite watcher reads its first data_version, on
    // a thread of its own: changes from then on are seen (the window's first reads cover before).
    QTest::qWait(800);
    return l;
}

} // namespace

void tst_LiveChanges::payloadsFromTheDatabase()
{
    const auto c = DataChange::fromPayload(QStringLiteral(
        R"({"t":"project_venues","op":"update","id":"a1","v":3,"p":"p9","by":"anna"})"));
    QVERIFY(c);
    QCOMPARE(c->table, QStringLiteral("project_venues"));
    QCOMPARE(c->op, DataChange::Op::Update);
    QCOMPARE(c->id, QStringLiteral("a1"));
    QCOMPARE(c->version, 3);
    QCOMPARE(c->projectId, QStringLiteral("p9"));
    QCOMPARE(c->by, QStringLiteral("anna"));
    QVERIFY(!c->isBulk());
    const auto bulk
        = DataChange::fromPayload(QStringLiteral(R"({"t":"venues","op":"insert","n":5000})"));
    QVERIFY(bulk && bulk->isBulk());
    QCOMPARE(bulk->rows, 5000);
    // A table of a newer schema, garbage, an unknown operation, a row without an id: ignored.
    QVERIFY(!DataChange::fromPayload(QStringLiteral(R"({"t":"invoices","op":"update","id":"1"})")));
    QVERIFY(!DataChange::fromPayload(QStringLiteral("not json at all")));
    QVERIFY(!DataChange::fromPayload(QStringLiteral(R"({"t":"venues","op":"merge","id":"1"})")));
    QVERIFY(!DataChange::fromPayload(QStringLiteral(R"({"t":"venues","op":"update"})")));
}

void tst_LiveChanges::feedSeesAnotherWriter()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    auto added = VenueRepository(*db).addVenue(
        makeVenue(QStringLiteral("Harbour Hall"), QStringLiteral("Antwerp"), 120, 4.5, {}));
    VM_VERIFY_OK(added);
    Listening l = listen(tmp);
    QSignalSpy changed(l.feed.get(), &ChangeFeed::changed);
    QSignalSpy everything(l.feed.get(), &ChangeFeed::everythingChanged);

    // The agency's own backend: a plain UPDATE on a connection of its own.
    auto other = tmp.open(uniqueConnectionName(QStringLiteral("backend")));
    VM_VERIFY_OK(other);
    QElapsedTimer took;
    took.start();
    VM_VERIFY_OK(other->execDirect(QStringLiteral("test"),
        QStringLiteral("UPDATE venues SET name = 'Harbour Hall East', version = version + 1")));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() + everything.size() > 0, 2000);
    qInfo() << "a colleague's change arrived after" << took.elapsed() << "ms";
    if (tmp.isPostgres()) { // the database says which row, which version and who
        QCOMPARE(changed.size(), 1);
        const auto changes = changed.first().first().value<QList<DataChange>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().table, QStringLiteral("venues"));
        QCOMPARE(changes.first().id, added->id);
        QCOMPARE(changes.first().version, 2);
        QVERIFY(!changes.first().by.isEmpty());
    } else { // SQLite only knows that something changed
        QCOMPARE(everything.size(), 1);
    }
    // A rolled-back change announces nothing.
    changed.clear();
    everything.clear();
    VM_VERIFY_OK(other->execDirect(QStringLiteral("test"), QStringLiteral("BEGIN")));
    VM_VERIFY_OK(other->execDirect(
        QStringLiteral("test"), QStringLiteral("UPDATE venues SET name = 'Not kept'")));
    VM_VERIFY_OK(other->execDirect(QStringLiteral("test"), QStringLiteral("ROLLBACK")));
    QTest::qWait(1200);
    QCOMPARE(changed.size() + everything.size(), 0);
}

void tst_LiveChanges::listRowAndEditorFollowAColleague()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 300));
    Listening l = listen(tmp);
    VenuesPage page(*db);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    VenueListModel *model = page.model();
    QTRY_VERIFY(model->rowCount() >= 300 && model->isRowLoaded(60));
    auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
    QVERIFY(table);
    table->scrollTo(model->index(60, 0), QAbstractItemView::PositionAtTop);
    QTRY_VERIFY(model->isRowLoaded(70));
    const int scroll = table->verticalScrollBar()->value();
    page.selectRow(65);
    QTRY_VERIFY(page.shownVenue().has_value());
    const Venue shown = *page.shownVenue();
    const Venue neighbour = *model->venueAt(62);

    // The person opens the shown venue and starts typing.
    page.editSelected();
    QTRY_VERIFY(page.editor() && page.editor()->isVisible());
    auto *contact = page.editor()->findChild<QLineEdit *>(QStringLiteral("contactNameEdit"));
    QVERIFY(contact);
    contact->setText(QStringLiteral("Typed by me"));

    // A colleague renames two venues on screen from elsewhere.
    auto other = tmp.open(uniqueConnectionName(QStringLiteral("colleague")));
    VM_VERIFY_OK(other);
    VM_VERIFY_OK(other->exec({ QStringLiteral("test"), {} },
        QStringLiteral("UPDATE venues SET name = name || ' (renovated)', version = version + 1 "
                       "WHERE id IN (:a, :b)"),
        { { QStringLiteral(":a"), shown.id }, { QStringLiteral(":b"), neighbour.id } }));

    QTRY_VERIFY_WITH_TIMEOUT(model->venueAt(62)->name.endsWith(QLatin1String("(renovated)")), 2500);
    QTRY_VERIFY_WITH_TIMEOUT(page.shownVenue()->name.endsWith(QLatin1String("(renovated)")), 2500);
    QCOMPARE(model->data(model->index(62, VenueListModel::NameColumn)).toString(),
        neighbour.name + QStringLiteral(" (renovated)"));
    QCOMPARE(table->verticalScrollBar()->value(), scroll); // the list did not jump
    auto *message = page.editor()->findChild<QLabel *>(QStringLiteral("formMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 2500);
    QVERIFY2(
        message->text().contains(QLatin1String("changed this venue")), qPrintable(message->text()));
    QCOMPARE(contact->text(), QStringLiteral("Typed by me")); // nothing typed is lost
    // Review Their Change… compares the two versions field by field.
    auto *review = page.editor()->findChild<QPushButton *>(QStringLiteral("reviewChangeButton"));
    QVERIFY(review && review->isVisible());
    screenshot(page.editor(),
        QStringLiteral("live-change-editor-%1").arg(tmp.isPostgres() ? "pg" : "sqlite"));
    review->click();
    auto *compare = page.editor()->findChild<QDialog *>();
    QTRY_VERIFY(compare && compare->isVisible());
    screenshot(
        compare, QStringLiteral("live-change-review-%1").arg(tmp.isPostgres() ? "pg" : "sqlite"));
    compare->reject();
    screenshot(&page, QStringLiteral("live-change-%1").arg(tmp.isPostgres() ? "pg" : "sqlite"));
    page.editor()->discard();
}

void tst_LiveChanges::workspaceFollowsAColleague()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    Listening l = listen(tmp);
    ProjectsPage page(*db, book.anna);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openProject(book.summit.id);
    QTRY_VERIFY(!page.workspace()->isOpening());
    ShortlistModel *model = page.workspace()->shortlistModel();
    QTRY_VERIFY(model->rowCount() > 2);
    page.workspace()->selectRow(2);
    const ProjectVenue row = model->entryAt(1)->row;
    QVERIFY(row.status != OutreachStatus::Declined);

    // A colleague marks the venue declined from another machine (or the agency's backend).
    auto other = tmp.open(uniqueConnectionName(QStringLiteral("colleague")));
    VM_VERIFY_OK(other);
    VM_VERIFY_OK(other->exec({ QStringLiteral("test"), {} },
        QStringLiteral(
            "UPDATE project_venues SET outreach_status = 'declined', "
            "decline_reason = 'Dates unavailable', version = version + 1 WHERE id = :id"),
        { { QStringLiteral(":id"), row.id } }));
    QTRY_VERIFY_WITH_TIMEOUT(
        model->entryAt(model->rowOf(row.id))->row.status == OutreachStatus::Declined, 2500);
    QCOMPARE(page.workspace()->selectedRow(), 2); // the person's place is kept
}

void tst_LiveChanges::floodIsCoalesced()
{
    // 20,000 announcements in a burst (an import through the backend, row by row): the feed
    // hands the window one "read what you show again" instead of 20,000 row updates.
    auto feed = ChangeFeed::of(
        DatabaseUrl::parse(QStringLiteral("postgresql://flood@localhost/x")).value());
    QSignalSpy changed(feed.get(), &ChangeFeed::changed);
    QSignalSpy everything(feed.get(), &ChangeFeed::everythingChanged);
    QElapsedTimer took;
    took.start();
    qint64 longest = 0;
    for (int batch = 0; batch < 20; ++batch) {
        QElapsedTimer one;
        one.start();
        for (int i = 0; i < 1000; ++i)
            feed->ingest(QStringLiteral(R"({"t":"venues","op":"update","id":"v%1","v":2})")
                             .arg(batch * 1000 + i));
        longest = std::max(longest, one.elapsed());
        QCoreApplication::processEvents();
    }
    qInfo() << "20,000 notifications parsed in" << took.elapsed() << "ms; longest 1,000:" << longest
            << "ms";
    QTRY_COMPARE(everything.size(), 1);
    QCOMPARE(changed.size(), 0);
}

QTEST_MAIN(tst_LiveChanges)
#include "tst_livechanges.moc"
