// VenueListModel on both backends: QAbstractItemModelTester, lazy pages in the repository's
// order, jumps, superseded filters dropped, only nearby pages kept, counts refined.
#include "itemmodels/venuelistmodel.h"
#include "repositories/venuerepository.h"
#include "testdatabase.h"
#include "venuetestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

bool waitForRow(const VenueListModel &model, int row)
{
    model.prefetch(row);
    return QTest::qWaitFor(
        [&] {
            model.prefetch(row);
            return model.isRowLoaded(row);
        },
        10000);
}

} // namespace

class TestVenueListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesFollowTheRepository_data() { addBackendRows(); }
    void pagesFollowTheRepository();
    void jumpsAndEviction_data() { addBackendRows(); }
    void jumpsAndEviction();
    void supersededFiltersAreDropped_data() { addBackendRows(); }
    void supersededFiltersAreDropped();
    void sortAndRefresh_data() { addBackendRows(); }
    void sortAndRefresh();
};

void TestVenueListModel::pagesFollowTheRepository()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 450));
    VenueListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model.isCountFinal());
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.count().text(), QStringLiteral("450 venues"));

    VenueRepository repo(*db);
    auto all = repo.search(VenueFilter(), 1000);
    VM_VERIFY_OK(all);
    for (int row = 0; row < 450; ++row) {
        QVERIFY(waitForRow(model, row));
        QCOMPARE(
            model
                .data(model.index(row, VenueListModel::VenueIdRole - VenueListModel::VenueIdRole),
                    VenueListModel::VenueIdRole)
                .toString(),
            all->at(row).id);
    }
    const QModelIndex first = model.index(0, VenueListModel::NameColumn);
    QCOMPARE(first.data().toString(), all->first().name);
    QCOMPARE(model.index(0, VenueListModel::CityColumn).data().toString(), all->first().city);
    QCOMPARE(model.data(first, VenueListModel::LoadingRole).toBool(), false);
    QCOMPARE(model.headerData(VenueListModel::UpdatedColumn, Qt::Horizontal).toString(),
        QStringLiteral("Last updated"));

    VenueFilter f;
    f.city = QStringLiteral("City 05");
    f.minCapacity = 100;
    model.setFilter(f);
    auto expected = repo.search(f, 1000);
    VM_VERIFY_OK(expected);
    QTRY_VERIFY(model.isCountFinal());
    QCOMPARE(model.rowCount(), expected->size());
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(waitForRow(model, row));
        QCOMPARE(model.venueAt(row)->id, expected->at(row).id);
    }
}

void TestVenueListModel::jumpsAndEviction()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 12500));
    VenueRepository repo(*db);
    VenueListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &VenueListModel::countChanged);
    QVERIFY(waitForRow(model, 0));
    QTRY_VERIFY(model.isCountFinal());
    QCOMPARE(model.rowCount(), 12500);
    // The label went through the planner's estimate (PostgreSQL) or "10,000+" (SQLite) before
    // the exact number.
    QVERIFY(counts.size() >= 2);
    QCOMPARE(counts.first().first().value<VenueCount>().kind,
        temp.isPostgres() ? VenueCount::Kind::Estimate : VenueCount::Kind::AtLeast);
    QCOMPARE(counts.last().first().value<VenueCount>().kind, VenueCount::Kind::Exact);
    QTRY_VERIFY(model.hasKeyMap());

    for (int row : { 9876, 12499, 5000, 150, 11111 }) {
        QVERIFY2(waitForRow(model, row), qPrintable(QString::number(row)));
        auto want = repo.fetchAtRow(VenueFilter(), row, 1);
        VM_VERIFY_OK(want);
        QCOMPARE(model.venueAt(row)->id, want->first().id);
        QVERIFY2(model.loadedPageCount() <= VenueListModel::kKeepPages,
            qPrintable(QString::number(model.loadedPageCount())));
    }
    // Scrolling up from a jump fetches the page before by keyset.
    QVERIFY(waitForRow(model, 11111 - VenueListModel::kPageSize));
    auto want = repo.fetchAtRow(VenueFilter(), 11111 - VenueListModel::kPageSize, 1);
    VM_VERIFY_OK(want);
    QCOMPARE(model.venueAt(11111 - VenueListModel::kPageSize)->id, want->first().id);

    // Sorted by capacity with unknown capacities last, the same holds.
    model.sort(VenueListModel::CapacityColumn, Qt::DescendingOrder);
    QTRY_VERIFY(model.hasKeyMap());
    VenueFilter byCapacity;
    byCapacity.sort = VenueSort::Capacity;
    byCapacity.descending = true;
    for (int row : { 12400, 11300, 11249, 11250, 3 }) {
        QVERIFY(waitForRow(model, row));
        auto w = repo.fetchAtRow(byCapacity, row, 1);
        VM_VERIFY_OK(w);
        QCOMPARE(model.venueAt(row)->id, w->first().id);
    }
    QVERIFY(!model.venueAt(12499)->capacity);
}

void TestVenueListModel::supersededFiltersAreDropped()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 2000));
    VenueListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Typing "City 1", "City 12" quickly: only the last one's rows may arrive.
    for (const QString &text : { QStringLiteral("Cit"), QStringLiteral("City"),
             QStringLiteral("City 1"), QStringLiteral("City 12") }) {
        VenueFilter f;
        f.text = text;
        model.setFilter(f);
        model.prefetch(0);
    }
    QTRY_VERIFY(model.isCountFinal());
    QVERIFY(waitForRow(model, 0));
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(waitForRow(model, row));
        QCOMPARE(model.venueAt(row)->city, QStringLiteral("City 12"));
    }
    VenueRepository repo(*db);
    auto exact = repo.exactCount(model.filter());
    VM_VERIFY_OK(exact);
    QCOMPARE(model.rowCount(), *exact);

    // A filter nothing matches: zero rows, an exact zero.
    VenueFilter none;
    none.text = QStringLiteral("no such venue");
    model.setFilter(none);
    QTRY_VERIFY(model.isCountFinal());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.count().text(), QStringLiteral("0 venues"));
}

void TestVenueListModel::sortAndRefresh()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 250));
    VenueListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(VenueListModel::RatingColumn, Qt::DescendingOrder);
    QTRY_VERIFY(model.isCountFinal());
    QVERIFY(waitForRow(model, 0));
    QCOMPARE(model.venueAt(0)->rating, std::optional<double>(5.0));
    model.sort(VenueListModel::FacilitiesColumn); // not an order the list offers: ignored
    QCOMPARE(model.filter().sort, VenueSort::Rating);

    // Delete the first venue elsewhere; a refresh drops it and keeps the length honest.
    const Venue first = *model.venueAt(0);
    VenueRepository repo(*db);
    VM_VERIFY_OK(repo.removeVenue(first.id));
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 249);
    QVERIFY(waitForRow(model, 0));
    QVERIFY(model.venueAt(0)->id != first.id);

    Venue renamed = *model.venueAt(1);
    renamed.name = QStringLiteral("Renamed in place");
    model.updateVenue(renamed);
    QCOMPARE(model.index(1, VenueListModel::NameColumn).data().toString(),
        QStringLiteral("Renamed in place"));
}

QTEST_GUILESS_MAIN(TestVenueListModel)
#include "tst_venuelistmodel.moc"
