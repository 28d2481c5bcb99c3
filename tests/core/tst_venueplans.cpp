// DESIGN §4: every filter and order the venue list offers is served by an index. On a
// 100,000-venue book, the plans of the list's statements never read `venues` sequentially
// (PostgreSQL: no Seq Scan node on venues; SQLite: no plain "SCAN venues"); with rooms and
// layouts (issue 13), nor `venue_spaces`.
#include "demo/demogenerator.h"
#include "repositories/venuerepository.h"
#include "testdatabase.h"
#include "venuetestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

void collectSeqScans(const QJsonValue &node, QStringList &found)
{
    if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            collectSeqScans(v, found);
        return;
    }
    const QJsonObject o = node.toObject();
    const QString relation = o.value(QLatin1String("Relation Name")).toString();
    if (o.value(QLatin1String("Node Type")).toString() == QLatin1String("Seq Scan")
        && (relation == QLatin1String("venues") || relation == QLatin1String("venue_spaces")))
        found << QStringLiteral("Seq Scan on ") + relation;
    for (const QString &k : { QStringLiteral("Plan"), QStringLiteral("Plans") })
        if (o.contains(k))
            collectSeqScans(o.value(k), found);
}

QStringList fullScans(const QString &plan, bool postgres)
{
    QStringList found;
    if (postgres) {
        collectSeqScans(QJsonDocument::fromJson(plan.toUtf8()).array(), found);
        return found;
    }
    for (const QString &line : plan.split(QLatin1Char('\n')))
        // The list's statements name venue_spaces `s` and `p`.
        if (line.trimmed() == QLatin1String("SCAN venues")
            || QRegularExpression(QStringLiteral("^SCAN (venue_spaces|s|p)( |$)"))
                   .match(line.trimmed())
                   .hasMatch())
            found << line;
    return found;
}

struct NamedFilter
{
    QString name;
    VenueFilter filter;
};

QList<NamedFilter> filtersTheUiOffers()
{
    QList<NamedFilter> out;
    auto add = [&out](const QString &name, auto change) {
        VenueFilter f;
        change(f);
        out.append({ name, f });
    };
    add(QStringLiteral("none"), [](VenueFilter &) {});
    add(QStringLiteral("search"), [](VenueFilter &f) { f.text = QStringLiteral("ue 0004"); });
    add(QStringLiteral("search city"), [](VenueFilter &f) { f.text = QStringLiteral("City 1"); });
    add(QStringLiteral("short search"), [](VenueFilter &f) { f.text = QStringLiteral("Ve"); });
    add(QStringLiteral("city"), [](VenueFilter &f) { f.city = QStringLiteral("City 07"); });
    add(QStringLiteral("min capacity"), [](VenueFilter &f) { f.minCapacity = 1500; });
    add(QStringLiteral("max capacity"), [](VenueFilter &f) { f.maxCapacity = 100; });
    add(QStringLiteral("capacity range"), [](VenueFilter &f) {
        f.minCapacity = 200;
        f.maxCapacity = 400;
    });
    add(QStringLiteral("facilities"), [](VenueFilter &f) {
        f.facilities = { QStringLiteral("stage"), QStringLiteral("parking") };
    });
    add(QStringLiteral("min rating"), [](VenueFilter &f) { f.minRating = 4.5; });
    add(QStringLiteral("deleted"), [](VenueFilter &f) { f.deleted = true; });
    add(QStringLiteral("city + capacity + facilities"), [](VenueFilter &f) {
        f.city = QStringLiteral("City 07");
        f.minCapacity = 500;
        f.facilities = { QStringLiteral("wifi"), QStringLiteral("stage") };
    });
    add(QStringLiteral("everything"), [](VenueFilter &f) {
        f.text = QStringLiteral("ue 00");
        f.city = QStringLiteral("City 03");
        f.minCapacity = 100;
        f.maxCapacity = 1800;
        f.facilities = { QStringLiteral("wifi") };
        f.minRating = 2.0;
    });
    return out;
}

QList<NamedFilter> layoutFilters()
{
    QList<NamedFilter> out;
    auto add = [&out](const QString &name, auto change) {
        VenueFilter f;
        change(f);
        out.append({ name, f });
    };
    add(QStringLiteral("theatre >= 200"), [](VenueFilter &f) {
        f.layout = SpaceLayout::Theatre;
        f.layoutCapacity = 200;
    });
    add(QStringLiteral("banquet >= 1500 (few)"), [](VenueFilter &f) {
        f.layout = SpaceLayout::Banquet;
        f.layoutCapacity = 1500;
    });
    add(QStringLiteral("any classroom"), [](VenueFilter &f) { f.layout = SpaceLayout::Classroom; });
    add(QStringLiteral("rooms 2 x 30 classroom"), [](VenueFilter &f) {
        f.rooms = 2;
        f.roomLayout = SpaceLayout::Classroom;
        f.roomCapacity = 30;
    });
    add(QStringLiteral("theatre 200 + rooms 2 x 30 classroom + city"), [](VenueFilter &f) {
        f.layout = SpaceLayout::Theatre;
        f.layoutCapacity = 200;
        f.rooms = 2;
        f.roomLayout = SpaceLayout::Classroom;
        f.roomCapacity = 30;
        f.city = QStringLiteral("City 07");
    });
    add(QStringLiteral("theatre 100 + search"), [](VenueFilter &f) {
        f.layout = SpaceLayout::Theatre;
        f.layoutCapacity = 100;
        f.text = QStringLiteral("ue 0004");
    });
    return out;
}

// Two spaces per venue with a capacity (a hall and a room, theatre and classroom), the hall
// seating the venue's capacity so that the database leaves venues.capacity as it was.
Status insertSpaces(const Database &db)
{
    const QString id = db.isPostgres() ? QStringLiteral("gen_random_uuid()")
                                       : QStringLiteral("lower(hex(randomblob(16)))");
    const QString theatre
        = db.isPostgres() ? QStringLiteral("'theatre'::space_layout") : QStringLiteral("'theatre'");
    const QString classroom = db.isPostgres() ? QStringLiteral("'classroom'::space_layout")
                                              : QStringLiteral("'classroom'");
    for (const QString &sql :
        {
            QStringLiteral("INSERT INTO venue_spaces (id, venue_id, name, sort_order) SELECT %1, "
                           "v.id, r.name, r.n FROM venues v, (SELECT 'Hall' AS name, 0 AS n "
                           "UNION ALL SELECT 'Room', 1) r WHERE v.capacity IS NOT NULL")
                .arg(id),
            QStringLiteral("INSERT INTO space_capacities (space_id, layout, capacity) SELECT s.id, "
                           "%1, CASE s.sort_order WHEN 0 THEN v.capacity ELSE v.capacity / 8 END "
                           "FROM venue_spaces s JOIN venues v ON v.id = s.venue_id")
                .arg(theatre),
            QStringLiteral("INSERT INTO space_capacities (space_id, layout, capacity) SELECT s.id, "
                           "%1, v.capacity / (3 + s.sort_order * 10) "
                           "FROM venue_spaces s JOIN venues v ON v.id = s.venue_id")
                .arg(classroom),
        }) {
        if (auto st = db.execDirect(QStringLiteral("insertSpaces"), sql); !st)
            return st;
    }
    return db.execDirect(QStringLiteral("insertSpaces"),
        db.isPostgres() ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE"));
}

} // namespace

namespace {

// No plan of the list's statements for the layout filters, in every sort, scans venues or
// venue_spaces whole.
void checkLayoutPlans(VenueRepository &repo, const Venue &sample, bool postgres)
{
    int checked = 0;
    QStringList failures;
    for (const NamedFilter &nf : layoutFilters()) {
        for (VenueSort sort :
            { VenueSort::Name, VenueSort::City, VenueSort::Capacity, VenueSort::Rating }) {
            for (bool desc : { false, true }) {
                VenueFilter f = nf.filter;
                f.sort = sort;
                f.descending = desc;
                auto plans = repo.explainListQueries(f, VenueRepository::keyOf(sample, sort));
                VM_VERIFY_OK(plans);
                for (int i = 0; i < plans->size(); ++i) {
                    ++checked;
                    const QStringList scans = fullScans(plans->at(i), postgres);
                    if (!scans.isEmpty() && qEnvironmentVariableIsSet("VM_PLAN_DEBUG"))
                        qWarning().noquote() << nf.name << int(sort) << desc << i << plans->at(i);
                    if (!scans.isEmpty())
                        failures << QStringLiteral("%1, sort %2%3, statement %4 (%5):\n%6")
                                        .arg(nf.name)
                                        .arg(int(sort))
                                        .arg(desc ? QStringLiteral(" desc") : QString())
                                        .arg(i)
                                        .arg(scans.join(QStringLiteral(", ")),
                                            failures.isEmpty() ? plans->at(i).left(6000)
                                                               : QString());
                }
            }
        }
    }
    QVERIFY(checked > 100);
    QVERIFY2(failures.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 plans scan venues or venue_spaces:\n")
                       .arg(failures.size())
                       .arg(checked)
            + failures.join(QStringLiteral("\n\n"))));
}

} // namespace

class TestVenuePlans : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noSequentialScans_data() { addBackendRows(); }
    void noSequentialScans();
    void layoutFiltersUseIndexes_data() { addBackendRows(); }
    void layoutFiltersUseIndexes();
    void layoutFiltersUseIndexesOnDemoRooms_data() { addBackendRows(); }
    void layoutFiltersUseIndexesOnDemoRooms();
};

void TestVenuePlans::noSequentialScans()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 100000));
    // A few deleted venues, as a real book has.
    VM_VERIFY_OK(db->execDirect(QStringLiteral("test"),
        temp.isPostgres()
            ? QStringLiteral("UPDATE venues SET is_deleted = true WHERE name LIKE 'Venue 00001%'")
            : QStringLiteral("UPDATE venues SET is_deleted = 1 WHERE name LIKE 'Venue 00001%'")));
    VM_VERIFY_OK(db->execDirect(QStringLiteral("test"),
        temp.isPostgres() ? QStringLiteral("VACUUM ANALYZE venues") : QStringLiteral("ANALYZE")));
    VenueRepository repo(*db);
    auto sample = repo.search(VenueFilter(), 1);
    VM_VERIFY_OK(sample);
    QVERIFY(!sample->isEmpty());

    int checked = 0;
    QStringList failures;
    for (const NamedFilter &nf : filtersTheUiOffers()) {
        for (VenueSort sort :
            { VenueSort::Name, VenueSort::City, VenueSort::Capacity, VenueSort::Rating }) {
            for (bool desc : { false, true }) {
                VenueFilter f = nf.filter;
                f.sort = sort;
                f.descending = desc;
                auto plans
                    = repo.explainListQueries(f, VenueRepository::keyOf(sample->first(), sort));
                VM_VERIFY_OK(plans);
                for (int i = 0; i < plans->size(); ++i) {
                    ++checked;
                    const QStringList scans = fullScans(plans->at(i), temp.isPostgres());
                    if (!scans.isEmpty())
                        failures << QStringLiteral("%1, sort %2%3, statement %4:\n%5")
                                        .arg(nf.name)
                                        .arg(int(sort))
                                        .arg(desc ? QStringLiteral(" desc") : QString())
                                        .arg(i)
                                        .arg(plans->at(i).left(3000));
                }
            }
        }
    }
    QVERIFY(checked > 300);
    QVERIFY2(failures.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 plans scan venues:\n").arg(failures.size()).arg(checked)
            + failures.join(QStringLiteral("\n\n"))));
}

void TestVenuePlans::layoutFiltersUseIndexes()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 100000));
    VM_VERIFY_OK(insertSpaces(*db));
    VenueRepository repo(*db);
    auto sample = repo.search(VenueFilter(), 1);
    VM_VERIFY_OK(sample);
    QVERIFY(!sample->isEmpty());
    // The spaces left venues.capacity as it was, and the filters find venues.
    VenueFilter theatre;
    theatre.layout = SpaceLayout::Theatre;
    theatre.layoutCapacity = 1900;
    auto some = repo.exactCount(theatre);
    VM_VERIFY_OK(some);
    VenueFilter capacity;
    capacity.minCapacity = 1900;
    auto same = repo.exactCount(capacity);
    VM_VERIFY_OK(same);
    QVERIFY(*some > 0);
    QCOMPARE(*some, *same);

    checkLayoutPlans(repo, sample->first(), temp.isPostgres());
}

void TestVenuePlans::layoutFiltersUseIndexesOnDemoRooms()
{
    // The sample book's rooms (3-8 per venue, divisible halls, eight layouts), as loaded by the
    // demo generator with its triggers off and its keys rebuilt.
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 20000;
    options.projects = 2;
    options.photoVenues = 0;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));
    if (!db->isPostgres())
        VM_VERIFY_OK(db->execDirect(QStringLiteral("test"), QStringLiteral("ANALYZE")));
    VenueRepository repo(*db);
    auto sample = repo.search(VenueFilter(), 1);
    VM_VERIFY_OK(sample);
    QVERIFY(!sample->isEmpty());
    VenueFilter theatre;
    theatre.layout = SpaceLayout::Theatre;
    theatre.layoutCapacity = 200;
    auto some = repo.exactCount(theatre);
    VM_VERIFY_OK(some);
    QVERIFY(*some > 1000);
    checkLayoutPlans(repo, sample->first(), temp.isPostgres());
}

QTEST_GUILESS_MAIN(TestVenuePlans)
#include "tst_venueplans.moc"
