// Rooms and layouts (issue 13): a venue's spaces with a capacity per layout (venue_spaces,
// space_capacities, migration 0010); the database keeps venues.capacity = their largest layout
// capacity under any write, refuses a parent cycle; SpaceRepository saves a venue's spaces in one
// transaction with optimistic locking and refuses bad input with a sentence, writing nothing.
#include "domain/spacefit.h"
#include "domain/venuespace.h"
#include "repositories/spacerepository.h"
#include "repositories/venuerepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

Q_DECLARE_METATYPE(QList<VenueMap::Core::VenueSpace>)

class tst_Spaces : public QObject
{
    Q_OBJECT
private slots:
    void layoutsHaveOneLabelEach();
    void capacitiesAreParsedWithASentence_data();
    void capacitiesAreParsedWithASentence();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void savesAndFetchesSpaces_data() { addBackendRows(); }
    void savesAndFetchesSpaces();
    void staleSaveIsAConflict_data() { addBackendRows(); }
    void staleSaveIsAConflict();
    void badInputWritesNothing_data() { addBackendRows(); }
    void badInputWritesNothing();
    void venueCapacityFollowsSpaces_data() { addBackendRows(); }
    void venueCapacityFollowsSpaces();
    void databaseRefusesBadSpaces_data() { addBackendRows(); }
    void databaseRefusesBadSpaces();
    void fitSaysWhichRoom();
    void layoutSearchEqualsPlainSql_data() { addBackendRows(); }
    void layoutSearchEqualsPlainSql();
    void venuemapctlSearchesByLayout_data() { addBackendRows(); }
    void venuemapctlSearchesByLayout();
};

namespace {

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

Status addVenue(const Database &db, const QString &id, std::optional<int> capacity)
{
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO venues (id, name, city, capacity) VALUES (:id, :name, "
                       "'Brussels', :capacity)"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":name"), QStringLiteral("V ") + id },
            { QStringLiteral(":capacity"),
                capacity ? QVariant(*capacity) : QVariant(QMetaType(QMetaType::Int)) } });
    if (!q)
        return q.error();
    return {};
}

// Raw SQL, as the agency's existing backend or psql would write it.
Status raw(const Database &db, const QString &sql)
{
    auto q = db.exec(QStringLiteral("test"), sql);
    if (!q)
        return q.error();
    return {};
}

QVariant capacityOf(const Database &db, const QString &venueId)
{
    auto v = db.scalar(QStringLiteral("test"),
        QStringLiteral("SELECT capacity FROM venues WHERE id = :id"),
        { { QStringLiteral(":id"), venueId } });
    return v ? *v : QVariant(QStringLiteral("error: ") + v.error().details());
}

QString layoutValue(const Database &db, const QString &key)
{
    return db.isPostgres() ? QStringLiteral("'%1'::space_layout").arg(key)
                           : QStringLiteral("'%1'").arg(key);
}

VenueSpace space(const QString &id, const QString &name, QMap<SpaceLayout, int> capacities,
    const QString &parent = {})
{
    VenueSpace s;
    s.id = id;
    s.name = name;
    s.capacities = std::move(capacities);
    s.parentId = parent;
    return s;
}

int rowsIn(const Database &db, const QString &table)
{
    auto v
        = db.scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return v ? v->toInt() : -1;
}

} // namespace

void tst_Spaces::layoutsHaveOneLabelEach()
{
    const QStringList labels { "Theatre", "Classroom", "Banquet (rounds)", "Cabaret",
        "Reception (standing)", "Boardroom", "U-shape", "Hollow square" };
    const QStringList keys { "theatre", "classroom", "banquet", "cabaret", "reception", "boardroom",
        "u_shape", "hollow_square" };
    const QList<SpaceLayout> layouts = allSpaceLayouts();
    QCOMPARE(layouts.size(), 8);
    for (int i = 0; i < layouts.size(); ++i) {
        QCOMPARE(spaceLayoutLabel(layouts.at(i)), labels.at(i));
        QCOMPARE(spaceLayoutKey(layouts.at(i)), keys.at(i));
        QCOMPARE(spaceLayoutFromText(keys.at(i)), layouts.at(i));
        QCOMPARE(spaceLayoutFromText(labels.at(i).toUpper()), layouts.at(i));
    }
    QCOMPARE(spaceLayoutFromText(QStringLiteral("U-Shape")), SpaceLayout::UShape);
    QCOMPARE(spaceLayoutFromText(QStringLiteral("hollow square")), SpaceLayout::HollowSquare);
    QCOMPARE(spaceLayoutFromText(QStringLiteral("theater")), SpaceLayout::Theatre);
    QVERIFY(!spaceLayoutFromText(QStringLiteral("fishbowl")));
    QVERIFY(!spaceLayoutFromText(QString()));
}

void tst_Spaces::capacitiesAreParsedWithASentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("whole") << " 120 " << 120 << "";
    QTest::newRow("zero") << "0" << 0 << "";
    QTest::newRow("limit") << "100000" << 100000 << "";
    QTest::newRow("whole as decimal") << "80.0" << 80 << "";
    QTest::newRow("blank") << " " << -1 << "";
    QTest::newRow("fraction") << "12.5" << -1
                              << "The banquet (rounds) capacity of space \"Hall A\" is not a whole "
                                 "number (\"12.5\"); a capacity is a whole number from 0 to "
                                 "100,000.";
    QTest::newRow("text") << "lots" << -1
                          << "The banquet (rounds) capacity of space \"Hall A\" is not a whole "
                             "number (\"lots\"); a capacity is a whole number from 0 to 100,000.";
    QTest::newRow("negative") << "-3" << -1
                              << "The banquet (rounds) capacity of space \"Hall A\" is negative "
                                 "(-3); a capacity is a whole number from 0 to 100,000.";
    QTest::newRow("too many") << "100001" << -1
                              << "The banquet (rounds) capacity of space \"Hall A\" is above "
                                 "100,000 (100001); a capacity is a whole number from 0 to "
                                 "100,000.";
}

void tst_Spaces::capacitiesAreParsedWithASentence()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    QFETCH(QString, problem);
    const SpaceCapacityParse p
        = parseSpaceCapacity(QStringLiteral(" Hall A "), SpaceLayout::Banquet, text);
    QCOMPARE(p.problem, problem);
    QCOMPARE(p.value.value_or(-1), value);
}

void tst_Spaces::validationNamesTheField_data()
{
    QTest::addColumn<QList<VenueSpace>>("spaces");
    QTest::addColumn<QString>("problem");
    const QString a = uuid(101), b = uuid(102), c = uuid(103);
    QTest::newRow("fine") << QList<VenueSpace> {
        space(a, "Hall", { { SpaceLayout::Theatre, 300 } }),
        space(b, "Hall A", { { SpaceLayout::Theatre, 100 } }, a)
    } << "";
    QTest::newRow("no name") << QList<VenueSpace> { space(a, "Hall", {}), space(b, "  ", {}) }
                             << "Space 2 has no name; every space needs a name.";
    QTest::newRow("same name") << QList<VenueSpace> { space(a, "Hall", {}), space(b, " HALL ", {}) }
                               << "Two spaces of this venue are named \"HALL\"; a space name is "
                                  "used once per venue.";
    QTest::newRow("negative") << QList<VenueSpace> { space(
        a, "Loft", { { SpaceLayout::UShape, -1 } }) }
                              << "The u-shape capacity of space \"Loft\" is negative (-1); a "
                                 "capacity is a whole number from 0 to 100,000.";
    QTest::newRow("too many")
        << QList<VenueSpace> { space(a, "Loft", { { SpaceLayout::Reception, 100001 } }) }
        << "The reception (standing) capacity of space \"Loft\" is above 100,000 (100001); a "
           "capacity is a whole number from 0 to 100,000.";
    QTest::newRow("cycle") << QList<VenueSpace> { space(a, "Hall", {}, c),
        space(b, "Hall A", {}, a), space(c, "Hall A1", {}, b) }
                           << "The parent of space \"Hall\" would put it inside one of its own "
                              "parts (a parent cycle).";
    QTest::newRow("own parent") << QList<VenueSpace> { space(a, "Hall", {}, a) }
                                << "The parent of space \"Hall\" would put it inside one of its "
                                   "own parts (a parent cycle).";
    QTest::newRow("unknown parent") << QList<VenueSpace> { space(a, "Hall", {}, uuid(999)) }
                                    << "The parent of space \"Hall\" is not a space of this venue.";
}

void tst_Spaces::validationNamesTheField()
{
    QFETCH(QList<VenueSpace>, spaces);
    QFETCH(QString, problem);
    const QStringList problems = validateSpaces(spaces);
    QCOMPARE(problems.value(0), problem);
}

void tst_Spaces::savesAndFetchesSpaces()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString venue = uuid(1);
    VM_VERIFY_OK(addVenue(*db, venue, 40));
    SpaceRepository repo(*db);
    auto empty = repo.fetchSpaces(venue);
    VM_VERIFY_OK(empty);
    QVERIFY(empty->isEmpty());

    const QString hall = QUuid::createUuid().toString(QUuid::WithoutBraces);
    VenueSpace h = space(hall, QStringLiteral(" Grand Hall "),
        { { SpaceLayout::Theatre, 600 }, { SpaceLayout::Banquet, 400 },
            { SpaceLayout::Reception, 800 } });
    h.floor = QStringLiteral("Ground");
    h.areaM2 = 720.5;
    h.ceilingHeightM = 7.2;
    h.hasDaylight = true;
    h.notes = QStringLiteral("Divides into three.");
    QList<VenueSpace> edited { h };
    for (int i = 1; i <= 3; ++i)
        edited << space(QUuid::createUuid().toString(QUuid::WithoutBraces),
            QStringLiteral("Grand Hall %1").arg(i),
            { { SpaceLayout::Theatre, 200 }, { SpaceLayout::Classroom, 90 } }, hall);
    VenueSpace terrace = space({}, QStringLiteral("Terrace"), {});
    terrace.hasDaylight = false;
    edited << terrace;

    auto saved = repo.saveSpaces(venue, {}, edited);
    VM_VERIFY_OK(saved);
    QCOMPARE(saved->size(), 5);
    const VenueSpace &first = saved->at(0);
    QCOMPARE(first.id, hall);
    QCOMPARE(first.venueId, venue);
    QCOMPARE(first.name, QStringLiteral("Grand Hall"));
    QCOMPARE(first.floor, QStringLiteral("Ground"));
    QCOMPARE(first.areaM2, std::optional<double>(720.5));
    QCOMPARE(first.ceilingHeightM, std::optional<double>(7.2));
    QCOMPARE(first.hasDaylight, std::optional<bool>(true));
    QCOMPARE(first.notes, QStringLiteral("Divides into three."));
    QCOMPARE(first.version, 1);
    QVERIFY(first.createdAt.isValid());
    QCOMPARE(first.capacity(SpaceLayout::Banquet), std::optional<int>(400));
    QCOMPARE(first.capacities.size(), 3);
    QCOMPARE(saved->at(2).parentId, hall);
    QCOMPARE(saved->at(2).name, QStringLiteral("Grand Hall 2"));
    QCOMPARE(saved->at(4).name, QStringLiteral("Terrace"));
    QVERIFY(!saved->at(4).id.isEmpty());
    QCOMPARE(saved->at(4).hasDaylight, std::optional<bool>(false));
    QVERIFY(saved->at(4).capacities.isEmpty());
    QCOMPARE(capacityOf(*db, venue).toInt(), 800);

    // One statement reads them all, however many.
    const int before = repo.statementCount();
    auto again = repo.fetchSpaces(venue);
    VM_VERIFY_OK(again);
    QCOMPARE(repo.statementCount() - before, 1);
    QCOMPARE(*again, *saved);

    // Reorder, rename (two swap their names), change a capacity, drop one, re-parent one: the
    // unchanged space keeps its version.
    QList<VenueSpace> next = *saved;
    next.removeAt(4); // terrace
    next[1].name = QStringLiteral("Grand Hall 2");
    next[2].name = QStringLiteral("Grand Hall 1");
    next[0].capacities[SpaceLayout::Reception] = 500;
    next[3].parentId.clear();
    next.move(3, 0);
    auto resaved = repo.saveSpaces(venue, *saved, next);
    VM_VERIFY_OK(resaved);
    QCOMPARE(resaved->size(), 4);
    QCOMPARE(resaved->at(0).name, QStringLiteral("Grand Hall 3"));
    QVERIFY(resaved->at(0).parentId.isEmpty());
    QCOMPARE(resaved->at(1).name, QStringLiteral("Grand Hall"));
    QCOMPARE(resaved->at(1).version, 2);
    QCOMPARE(resaved->at(1).capacity(SpaceLayout::Reception), std::optional<int>(500));
    QCOMPARE(resaved->at(2).name, QStringLiteral("Grand Hall 2"));
    QCOMPARE(resaved->at(2).id, saved->at(1).id);
    QCOMPARE(capacityOf(*db, venue).toInt(), 600);
    QCOMPARE(rowsIn(*db, QStringLiteral("venue_spaces")), 4);

    // Everything removed (the parts, then the hall): the venue keeps the last number its spaces
    // gave it.
    auto hallOnly = repo.saveSpaces(venue, *resaved, { resaved->at(1) });
    VM_VERIFY_OK(hallOnly);
    QCOMPARE(capacityOf(*db, venue).toInt(), 600);
    VM_VERIFY_OK(repo.saveSpaces(venue, *hallOnly, {}));
    QCOMPARE(rowsIn(*db, QStringLiteral("venue_spaces")), 0);
    QCOMPARE(rowsIn(*db, QStringLiteral("space_capacities")), 0);
    QCOMPARE(capacityOf(*db, venue).toInt(), 600);
}

void tst_Spaces::staleSaveIsAConflict()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString venue = uuid(2);
    VM_VERIFY_OK(addVenue(*db, venue, 10));
    SpaceRepository repo(*db);
    auto saved = repo.saveSpaces(
        venue, {}, { space({}, QStringLiteral("Salon"), { { SpaceLayout::Boardroom, 12 } }) });
    VM_VERIFY_OK(saved);

    // A colleague changes the salon in between.
    QList<VenueSpace> theirs = *saved;
    theirs[0].capacities[SpaceLayout::Boardroom] = 14;
    VM_VERIFY_OK(repo.saveSpaces(venue, *saved, theirs));

    QList<VenueSpace> mine = *saved;
    mine[0].notes = QStringLiteral("mine");
    mine << space({}, QStringLiteral("Bar"), { { SpaceLayout::Reception, 50 } });
    auto stale = repo.saveSpaces(venue, *saved, mine);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, DbError::Kind::Conflict);
    QCOMPARE(stale.error().message,
        QStringLiteral("Somebody changed this venue's spaces since you opened them."));
    auto now = repo.fetchSpaces(venue);
    VM_VERIFY_OK(now);
    QCOMPARE(now->size(), 1);
    QCOMPARE(now->at(0).capacity(SpaceLayout::Boardroom), std::optional<int>(14));
    QCOMPARE(now->at(0).notes, QString());
    QCOMPARE(capacityOf(*db, venue).toInt(), 14);

    // A space a colleague added is not removed by a save that never saw it.
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("INSERT INTO venue_spaces (id, venue_id, name) VALUES ('%1', '%2', 'Attic')")
            .arg(uuid(900), venue)));
    auto blind = repo.saveSpaces(venue, *now, {});
    QVERIFY(!blind);
    QCOMPARE(blind.error().kind, DbError::Kind::Conflict);
    QCOMPARE(rowsIn(*db, QStringLiteral("venue_spaces")), 2);
}

void tst_Spaces::badInputWritesNothing()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString venue = uuid(3);
    VM_VERIFY_OK(addVenue(*db, venue, 10));
    SpaceRepository repo(*db);
    auto saved = repo.saveSpaces(
        venue, {}, { space({}, QStringLiteral("Salon"), { { SpaceLayout::Theatre, 80 } }) });
    VM_VERIFY_OK(saved);

    struct Case
    {
        QList<VenueSpace> spaces;
        QString sentence;
    };
    const QString a = uuid(201), b = uuid(202);
    const QList<Case> cases {
        { { saved->at(0), space({}, QStringLiteral("salon "), {}) },
            "Two spaces of this venue are named \"salon\"; a space name is used once per venue." },
        { { saved->at(0), space({}, QString(), { { SpaceLayout::Theatre, 5 } }) },
            "Space 2 has no name; every space needs a name." },
        { { saved->at(0), space({}, QStringLiteral("Loft"), { { SpaceLayout::Cabaret, -5 } }) },
            "The cabaret capacity of space \"Loft\" is negative (-5); a capacity is a whole number "
            "from 0 to 100,000." },
        { { space(a, QStringLiteral("A"), { { SpaceLayout::Theatre, 500 } }, b),
              space(b, QStringLiteral("B"), {}, a) },
            "The parent of space \"A\" would put it inside one of its own parts (a parent "
            "cycle)." },
    };
    for (const Case &c : cases) {
        auto r = repo.saveSpaces(venue, *saved, c.spaces);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, DbError::Kind::Validation);
        QVERIFY2(r.error().message.startsWith(c.sentence), qPrintable(r.error().message));
        QVERIFY2(r.error().sentence().contains(c.sentence), qPrintable(r.error().sentence()));
        auto now = repo.fetchSpaces(venue);
        VM_VERIFY_OK(now);
        QCOMPARE(*now, *saved);
        QCOMPARE(capacityOf(*db, venue).toInt(), 80);
    }
    // A failure half-way through (the database refuses the second statement) leaves nothing.
    const int spacesBefore = rowsIn(*db, QStringLiteral("venue_spaces"));
    VM_VERIFY_OK(raw(
        *db, QStringLiteral("INSERT INTO venues (id, name) VALUES ('%1', 'Other')").arg(uuid(4))));
    auto missing = repo.saveSpaces(uuid(5), {}, { space({}, QStringLiteral("X"), {}) });
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, DbError::Kind::NotFound);
    QCOMPARE(rowsIn(*db, QStringLiteral("venue_spaces")), spacesBefore);
}

void tst_Spaces::venueCapacityFollowsSpaces()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString v1 = uuid(11), v2 = uuid(12), lone = uuid(13);
    VM_VERIFY_OK(addVenue(*db, v1, 50));
    VM_VERIFY_OK(addVenue(*db, v2, 70));
    VM_VERIFY_OK(addVenue(*db, lone, 33));
    const QString s1 = uuid(21), s2 = uuid(22), s3 = uuid(23);
    auto theatre = layoutValue(*db, QStringLiteral("theatre"));
    auto banquet = layoutValue(*db, QStringLiteral("banquet"));

    // A space without capacities changes nothing yet.
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("INSERT INTO venue_spaces (id, venue_id, name) VALUES "
                       "('%1', '%2', 'Hall'), ('%3', '%2', 'Salon')")
            .arg(s1, v1, s2)));
    QCOMPARE(capacityOf(*db, v1).toInt(), 50);
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("INSERT INTO space_capacities (space_id, layout, capacity) "
                       "VALUES ('%1', %2, 300), ('%1', %3, 180), ('%4', %2, 40)")
            .arg(s1, theatre, banquet, s2)));
    QCOMPARE(capacityOf(*db, v1).toInt(), 300);
    // Up and down by UPDATE.
    VM_VERIFY_OK(raw(*db,
        QStringLiteral(
            "UPDATE space_capacities SET capacity = 320 WHERE space_id = '%1' AND layout = %2")
            .arg(s2, theatre)));
    QCOMPARE(capacityOf(*db, v1).toInt(), 320);
    VM_VERIFY_OK(raw(*db,
        QStringLiteral(
            "UPDATE space_capacities SET capacity = 10 WHERE space_id = '%1' AND layout = %2")
            .arg(s2, theatre)));
    QCOMPARE(capacityOf(*db, v1).toInt(), 300);
    // DELETE of capacities, then of a whole space (its capacities go by cascade).
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("DELETE FROM space_capacities WHERE space_id = '%1' AND layout = %2")
            .arg(s1, theatre)));
    QCOMPARE(capacityOf(*db, v1).toInt(), 180);
    VM_VERIFY_OK(raw(*db, QStringLiteral("DELETE FROM venue_spaces WHERE id = '%1'").arg(s1)));
    QCOMPARE(capacityOf(*db, v1).toInt(), 10);
    // A capacity moved to another space of another venue: both venues follow.
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("INSERT INTO venue_spaces (id, venue_id, name) VALUES ('%1', '%2', 'Loft')")
            .arg(s3, v2)));
    VM_VERIFY_OK(raw(*db,
        QStringLiteral(
            "INSERT INTO space_capacities (space_id, layout, capacity) VALUES ('%1', %2, 90)")
            .arg(s3, banquet)));
    QCOMPARE(capacityOf(*db, v2).toInt(), 90);
    VM_VERIFY_OK(raw(*db,
        QStringLiteral(
            "UPDATE space_capacities SET space_id = '%1', capacity = 95 WHERE space_id = '%2'")
            .arg(s2, s3)));
    QCOMPARE(capacityOf(*db, v1).toInt(), 95);
    QCOMPARE(capacityOf(*db, v2).toInt(), 90); // no capacity left: keeps its last number
    // A space moving to another venue takes its capacities along.
    VM_VERIFY_OK(raw(*db,
        QStringLiteral(
            "INSERT INTO space_capacities (space_id, layout, capacity) VALUES ('%1', %2, 20)")
            .arg(s3, banquet)));
    QCOMPARE(capacityOf(*db, v2).toInt(), 20);
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("UPDATE venue_spaces SET venue_id = '%1' WHERE id = '%2'").arg(v2, s2)));
    QCOMPARE(capacityOf(*db, v2).toInt(), 95);
    QCOMPARE(capacityOf(*db, v1).toInt(), 95); // v1 has no spaces now: keeps its number
    // An UPDATE of venues cannot make it disagree while it has layout capacities...
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("UPDATE venues SET capacity = 1000, name = 'Renamed' WHERE id = '%1'")
            .arg(v2)));
    QCOMPARE(capacityOf(*db, v2).toInt(), 95);
    // ... but a venue without spaces keeps its own number, and may change it.
    VM_VERIFY_OK(
        raw(*db, QStringLiteral("UPDATE venues SET capacity = 1000 WHERE id = '%1'").arg(lone)));
    QCOMPARE(capacityOf(*db, lone).toInt(), 1000);
    VM_VERIFY_OK(
        raw(*db, QStringLiteral("UPDATE venues SET capacity = 1000 WHERE id = '%1'").arg(v1)));
    QCOMPARE(capacityOf(*db, v1).toInt(), 1000);

    // The rule over every venue, checked as one query.
    auto wrong = db->scalar(QStringLiteral("test"),
        QStringLiteral(
            "SELECT count(*) FROM venues v WHERE EXISTS (SELECT 1 FROM venue_spaces s "
            "JOIN space_capacities c ON c.space_id = s.id WHERE s.venue_id = v.id) "
            "AND v.capacity IS DISTINCT FROM (SELECT max(c.capacity) FROM venue_spaces s "
            "JOIN space_capacities c ON c.space_id = s.id WHERE s.venue_id = v.id)")
            .replace(QStringLiteral("IS DISTINCT FROM"),
                db->isPostgres() ? QStringLiteral("IS DISTINCT FROM") : QStringLiteral("IS NOT")));
    VM_VERIFY_OK(wrong);
    QCOMPARE(wrong->toInt(), 0);

    // Deleting the venue takes its spaces along.
    VM_VERIFY_OK(raw(*db, QStringLiteral("DELETE FROM venues WHERE id = '%1'").arg(v2)));
    QCOMPARE(rowsIn(*db, QStringLiteral("venue_spaces")), 0);
    QCOMPARE(rowsIn(*db, QStringLiteral("space_capacities")), 0);
}

void tst_Spaces::databaseRefusesBadSpaces()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString v1 = uuid(31), v2 = uuid(32);
    VM_VERIFY_OK(addVenue(*db, v1, 5));
    VM_VERIFY_OK(addVenue(*db, v2, 5));
    const QString a = uuid(41), b = uuid(42), c = uuid(43), other = uuid(44);
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("INSERT INTO venue_spaces (id, venue_id, name) VALUES ('%1', '%2', 'A')")
            .arg(a, v1)));
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("INSERT INTO venue_spaces (id, venue_id, parent_space_id, name) VALUES "
                       "('%1', '%2', '%3', 'B')")
            .arg(b, v1, a)));
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("INSERT INTO venue_spaces (id, venue_id, parent_space_id, name) VALUES "
                       "('%1', '%2', '%3', 'C')")
            .arg(c, v1, b)));
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("INSERT INTO venue_spaces (id, venue_id, name) VALUES ('%1', '%2', 'Other')")
            .arg(other, v2)));

    auto refused = [&](const QString &sql) {
        auto q = db->exec(QStringLiteral("test"), sql);
        return !q.ok()
            && (q.error().kind == DbError::Kind::Validation
                || q.error().kind == DbError::Kind::Duplicate
                || q.error().kind == DbError::Kind::Sql);
    };
    // A cycle, directly or through parts; a parent of another venue; itself.
    QVERIFY(refused(QStringLiteral("UPDATE venue_spaces SET parent_space_id = '%1' WHERE id = '%2'")
                        .arg(c, a)));
    QVERIFY(refused(QStringLiteral("UPDATE venue_spaces SET parent_space_id = '%1' WHERE id = '%2'")
                        .arg(b, a)));
    QVERIFY(refused(
        QStringLiteral("UPDATE venue_spaces SET parent_space_id = '%1' WHERE id = '%1'").arg(a)));
    QVERIFY(refused(QStringLiteral("UPDATE venue_spaces SET parent_space_id = '%1' WHERE id = '%2'")
                        .arg(other, a)));
    QVERIFY(refused(QStringLiteral("INSERT INTO venue_spaces (id, venue_id, parent_space_id, name) "
                                   "VALUES ('%1', '%2', '%3', 'D')")
                        .arg(uuid(45), v2, a)));
    // Blank or repeated names (any case), capacities out of range or of an unknown layout.
    QVERIFY(refused(
        QStringLiteral("INSERT INTO venue_spaces (id, venue_id, name) VALUES ('%1', '%2', '  ')")
            .arg(uuid(46), v1)));
    QVERIFY(refused(
        QStringLiteral("INSERT INTO venue_spaces (id, venue_id, name) VALUES ('%1', '%2', 'a')")
            .arg(uuid(47), v1)));
    QVERIFY(refused(QStringLiteral(
        "INSERT INTO space_capacities (space_id, layout, capacity) VALUES ('%1', %2, -1)")
                        .arg(a, layoutValue(*db, "theatre"))));
    QVERIFY(refused(QStringLiteral(
        "INSERT INTO space_capacities (space_id, layout, capacity) VALUES ('%1', %2, 100001)")
                        .arg(a, layoutValue(*db, "theatre"))));
    QVERIFY(refused(QStringLiteral(
        "INSERT INTO space_capacities (space_id, layout, capacity) VALUES ('%1', 'fishbowl', 10)")
                        .arg(a)));
    // The same name in another venue is fine.
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("INSERT INTO venue_spaces (id, venue_id, name) VALUES ('%1', '%2', 'a')")
            .arg(uuid(48), v2)));

    // A hall that moves to another venue leaves its parts behind, on their own.
    VM_VERIFY_OK(raw(
        *db, QStringLiteral("UPDATE venue_spaces SET venue_id = '%1' WHERE id = '%2'").arg(v2, b)));
    auto parentOf = [&](const QString &id) {
        auto v = db->scalar(QStringLiteral("test"),
            QStringLiteral("SELECT parent_space_id FROM venue_spaces WHERE id = :id"),
            { { QStringLiteral(":id"), id } });
        return v ? v->toString() : QStringLiteral("error");
    };
    QCOMPARE(parentOf(b), QString());
    QCOMPARE(parentOf(c), QString());
    // Removing a hall keeps its parts, on their own.
    VM_VERIFY_OK(raw(*db,
        QStringLiteral("UPDATE venue_spaces SET parent_space_id = '%1' WHERE id = '%2'")
            .arg(a, c)));
    VM_VERIFY_OK(raw(*db, QStringLiteral("DELETE FROM venue_spaces WHERE id = '%1'").arg(a)));
    QCOMPARE(parentOf(c), QString());
}

namespace {

// The filter said in plain SQL over the spaces, written apart from VenueRepository::filterWhere.
QStringList plainSearch(const Database &db, const VenueFilter &f)
{
    QStringList where { db.dialect().flagIs(QStringLiteral("v.is_deleted"), false) };
    if (!f.city.isEmpty())
        where << QStringLiteral("v.city = '%1'").arg(f.city);
    if (f.minCapacity)
        where << QStringLiteral("v.capacity >= %1").arg(*f.minCapacity);
    if (f.layout)
        where << QStringLiteral(
            "v.id IN (SELECT s.venue_id FROM venue_spaces s, space_capacities c WHERE c.space_id = "
            "s.id AND CAST(c.layout AS TEXT) = '%1' AND c.capacity >= %2)")
                     .arg(spaceLayoutKey(*f.layout))
                     .arg(f.layoutCapacity);
    if (f.rooms > 0)
        where << QStringLiteral(
            "v.id IN (SELECT s.venue_id FROM venue_spaces s, space_capacities c WHERE c.space_id = "
            "s.id AND CAST(c.layout AS TEXT) = '%1' AND c.capacity >= %2 AND s.id NOT IN (SELECT "
            "parent_space_id FROM venue_spaces WHERE parent_space_id IS NOT NULL) GROUP BY "
            "s.venue_id HAVING count(*) >= %3)")
                     .arg(spaceLayoutKey(*f.roomLayout))
                     .arg(f.roomCapacity)
                     .arg(f.rooms);
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("SELECT v.id FROM venues v WHERE %1 ORDER BY v.name, v.id")
            .arg(where.join(QStringLiteral(" AND "))));
    QStringList ids;
    if (!q)
        return { q.error().details() };
    while (q->next())
        ids << q->value(0).toString();
    return ids;
}

QStringList idsOf(const QList<Venue> &venues)
{
    QStringList ids;
    for (const Venue &v : venues)
        ids << v.id;
    return ids;
}

} // namespace

// The fit mark's words: the closest room that seats the guests, what is short, breakouts counted
// as the parts of a divisible hall, and nothing claimed for a venue without rooms.
void tst_Spaces::fitSaysWhichRoom()
{
    auto room = [](const QString &id, const QString &name, QMap<SpaceLayout, int> seats,
                    const QString &parent = {}) {
        VenueSpace s;
        s.id = id;
        s.name = name;
        s.parentId = parent;
        s.capacities = std::move(seats);
        return s;
    };
    const QList<VenueSpace> rooms {
        room(QStringLiteral("h"), QStringLiteral("Grand Hall"),
            { { SpaceLayout::Theatre, 450 }, { SpaceLayout::Classroom, 240 } }),
        room(QStringLiteral("a"), QStringLiteral("Hall A"),
            { { SpaceLayout::Theatre, 150 }, { SpaceLayout::Classroom, 80 } }, QStringLiteral("h")),
        room(QStringLiteral("b"), QStringLiteral("Hall B"),
            { { SpaceLayout::Theatre, 150 }, { SpaceLayout::Classroom, 80 } }, QStringLiteral("h")),
        room(QStringLiteral("s"), QStringLiteral("Salon"),
            { { SpaceLayout::Theatre, 220 }, { SpaceLayout::Boardroom, 24 } }),
    };
    RoomNeeds needs;
    needs.layout = SpaceLayout::Theatre;
    needs.attendees = 200;
    SpaceFit fit = fitOf(needs, rooms);
    QVERIFY(fit.fits());
    QCOMPARE(fit.mainSpaceName, QStringLiteral("Salon")); // the closest, not the largest
    QCOMPARE(fit.fittingSpaceIds, (QStringList { QStringLiteral("h"), QStringLiteral("s") }));
    QCOMPARE(fit.sentence(), QStringLiteral("Salon seats 220 theatre-style (200 needed)."));

    needs.attendees = 500;
    fit = fitOf(needs, rooms);
    QCOMPARE(fit.verdict, SpaceFit::Verdict::DoesNotFit);
    QCOMPARE(fit.sentence(),
        QStringLiteral("No room seats 500 theatre-style: the largest, Grand Hall, seats 450."));
    QCOMPARE(fit.shortText(), QStringLiteral("450 theatre-style at most"));

    // Breakouts: the hall counts as its two parts, never as a third room.
    needs.attendees = 200;
    needs.breakoutRooms = 3;
    needs.breakoutCapacity = 80;
    needs.breakoutLayout = SpaceLayout::Classroom;
    fit = fitOf(needs, rooms);
    QCOMPARE(fit.breakoutsFound, 2);
    QCOMPARE(fit.verdict, SpaceFit::Verdict::DoesNotFit);
    QCOMPARE(fit.breakoutSentence(),
        QStringLiteral("Only 2 of its rooms seat 80 classroom-style; 3 breakouts are needed."));
    needs.breakoutRooms = 2;
    QVERIFY(fitOf(needs, rooms).fits());

    // No rooms recorded: nothing is claimed either way.
    fit = fitOf(needs, {});
    QCOMPARE(fit.verdict, SpaceFit::Verdict::NoRooms);
    QVERIFY(fit.sentence().contains(QStringLiteral("cannot be checked")));
    // Nothing asked: no mark at all.
    QCOMPARE(fitOf(RoomNeeds(), rooms).verdict, SpaceFit::Verdict::NotAsked);
    QVERIFY(fitOf(RoomNeeds(), rooms).sentence().isEmpty());
}

void tst_Spaces::layoutSearchEqualsPlainSql()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    QRandomGenerator rng(1313);
    SpaceRepository spaces(*db);
    const QList<SpaceLayout> layouts = allSpaceLayouts();
    for (int v = 0; v < 60; ++v) {
        const QString venue = uuid(1000 + v);
        auto q = db->exec(QStringLiteral("test"),
            QStringLiteral("INSERT INTO venues (id, name, city, capacity) VALUES (:id, :name, "
                           ":city, :capacity)"),
            { { QStringLiteral(":id"), venue },
                { QStringLiteral(":name"), QStringLiteral("Venue %1").arg(v % 17) },
                { QStringLiteral(":city"),
                    v % 2 ? QStringLiteral("Brussels") : QStringLiteral("Ghent") },
                { QStringLiteral(":capacity"), int(rng.bounded(10, 900)) } });
        VM_VERIFY_OK(q);
        if (v % 7 == 0)
            continue; // some venues have no spaces
        QList<VenueSpace> list;
        const int count = int(rng.bounded(1, 7));
        for (int i = 0; i < count; ++i) {
            VenueSpace s;
            s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            s.name = QStringLiteral("Room %1").arg(i);
            // Some rooms are parts of an earlier one (a divisible hall, or a part of a part).
            if (i > 0 && rng.bounded(3) == 0)
                s.parentId = list.at(int(rng.bounded(i))).id;
            for (SpaceLayout l : layouts)
                if (rng.bounded(2))
                    s.capacities.insert(l, int(rng.bounded(0, 400)));
            list << s;
        }
        VM_VERIFY_OK(spaces.saveSpaces(venue, {}, list));
    }
    if (db->isPostgres())
        VM_VERIFY_OK(db->execDirect(QStringLiteral("test"), QStringLiteral("ANALYZE")));

    VenueRepository repo(*db);
    // The workspace's and the proposal's fit marks (fitOf over the fetched rooms) must agree with
    // the list's filter: one rule, run in SQL and in C++.
    QStringList allVenues;
    for (int v = 0; v < 60; ++v)
        allVenues << uuid(1000 + v);
    auto roomsByVenue = spaces.fetchSpacesOfVenues(allVenues);
    VM_VERIFY_OK(roomsByVenue);
    int fitChecks = 0;
    int nonEmpty = 0;
    for (int round = 0; round < 60; ++round) {
        VenueFilter f;
        if (rng.bounded(4)) {
            f.layout = layouts.at(int(rng.bounded(int(layouts.size()))));
            f.layoutCapacity = int(rng.bounded(0, 420));
        }
        if (rng.bounded(2)) {
            f.rooms = int(rng.bounded(1, 5));
            f.roomLayout = layouts.at(int(rng.bounded(int(layouts.size()))));
            f.roomCapacity = int(rng.bounded(0, 300));
        }
        if (rng.bounded(4) == 0)
            f.city = QStringLiteral("Ghent");
        if (rng.bounded(4) == 0)
            f.minCapacity = int(rng.bounded(0, 500));
        const QStringList expected = plainSearch(*db, f);
        if (!expected.isEmpty())
            ++nonEmpty;
        auto found = repo.search(f, 1000);
        VM_VERIFY_OK(found);
        QCOMPARE(idsOf(*found), expected);
        // Keyset paging in windows of 4, forward, gives the same venues.
        QStringList paged;
        std::optional<VenueKey> after;
        for (;;) {
            auto page = repo.fetchAfter(f, after, 4);
            VM_VERIFY_OK(page);
            if (page->isEmpty())
                break;
            paged << idsOf(*page);
            after = VenueRepository::keyOf(page->last(), f.sort);
        }
        QCOMPARE(paged, expected);
        auto exact = repo.exactCount(f);
        VM_VERIFY_OK(exact);
        QCOMPARE(*exact, qint64(expected.size()));
        auto label = repo.quickCount(f);
        VM_VERIFY_OK(label);
        QCOMPARE(label->value, qint64(expected.size()));
        if (f.city.isEmpty() && !f.minCapacity && (f.layout || f.rooms > 0)) {
            RoomNeeds needs;
            needs.layout = f.layout;
            needs.attendees = f.layoutCapacity;
            needs.breakoutRooms = f.rooms;
            needs.breakoutLayout = f.roomLayout;
            needs.breakoutCapacity = f.roomCapacity;
            VenueFilter asked;
            needs.addTo(asked);
            QCOMPARE(asked.layout, f.layout);
            QCOMPARE(asked.rooms, f.rooms);
            QStringList fitting;
            for (const QString &venue : std::as_const(allVenues))
                if (fitOf(needs, roomsByVenue->value(venue)).fits())
                    fitting << venue;
            QStringList sorted = expected;
            sorted.sort();
            fitting.sort();
            QCOMPARE(fitting, sorted);
            ++fitChecks;
        }
    }
    QVERIFY2(nonEmpty >= 15, qPrintable(QString::number(nonEmpty)));
    QVERIFY2(fitChecks >= 15, qPrintable(QString::number(fitChecks)));
}

namespace {

struct Ctl
{
    int exitCode = -1;
    QString out, err;
};

Ctl runCtl(const DatabaseUrl &url, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VENUEMAP_DB"), url.toFullString());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VENUEMAP_CTL_PATH), args);
    Ctl r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList namesIn(const QString &json)
{
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        names << v.toObject().value(QStringLiteral("name")).toString();
    return names;
}

} // namespace

void tst_Spaces::venuemapctlSearchesByLayout()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    SpaceRepository repo(*db);
    // "Hall" seats 250 theatre-style and divides into four parts of 40 classroom; "Tower" has
    // 300 theatre but only two breakout rooms; "Barn" has none of its own.
    const QString hall = uuid(501), tower = uuid(502), barn = uuid(503);
    for (const QString &id : { hall, tower, barn })
        VM_VERIFY_OK(addVenue(*db, id, 100));
    QList<VenueSpace> hallSpaces { space(uuid(511), QStringLiteral("Main"),
        { { SpaceLayout::Theatre, 250 }, { SpaceLayout::Classroom, 160 } }) };
    for (int i = 0; i < 4; ++i)
        hallSpaces << space(uuid(512 + i), QStringLiteral("Main %1").arg(i + 1),
            { { SpaceLayout::Classroom, 40 } }, uuid(511));
    VM_VERIFY_OK(repo.saveSpaces(hall, {}, hallSpaces));
    VM_VERIFY_OK(repo.saveSpaces(tower, {},
        { space({}, QStringLiteral("Top"), { { SpaceLayout::Theatre, 300 } }),
            space({}, QStringLiteral("R1"), { { SpaceLayout::Classroom, 30 } }),
            space({}, QStringLiteral("R2"), { { SpaceLayout::Classroom, 35 } }) }));

    const Ctl theatre = runCtl(tmp.url(),
        { QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--layout"),
            QStringLiteral("theatre"), QStringLiteral("--min-capacity"), QStringLiteral("200") });
    QVERIFY2(theatre.exitCode == 0, qPrintable(theatre.err));
    QCOMPARE(namesIn(theatre.out),
        (QStringList { QStringLiteral("V ") + hall, QStringLiteral("V ") + tower }));
    // Four rooms of 30 classroom: the hall's four parts count (its whole does not add a fifth);
    // the tower has two.
    const Ctl rooms = runCtl(tmp.url(),
        { QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--layout"),
            QStringLiteral("Theatre"), QStringLiteral("--min-capacity"), QStringLiteral("200"),
            QStringLiteral("--rooms"), QStringLiteral("4"), QStringLiteral("--room-layout"),
            QStringLiteral("classroom"), QStringLiteral("--room-capacity"), QStringLiteral("30") });
    QVERIFY2(rooms.exitCode == 0, qPrintable(rooms.err));
    QCOMPARE(namesIn(rooms.out), QStringList { QStringLiteral("V ") + hall });
    const Ctl five = runCtl(tmp.url(),
        { QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--rooms"),
            QStringLiteral("5"), QStringLiteral("--room-layout"), QStringLiteral("classroom"),
            QStringLiteral("--room-capacity"), QStringLiteral("30") });
    QVERIFY2(five.exitCode == 0, qPrintable(five.err));
    QCOMPARE(namesIn(five.out), QStringList());
    // Bad usage: an unknown layout, rooms without a layout.
    const Ctl unknown = runCtl(tmp.url(),
        { QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--layout"),
            QStringLiteral("fishbowl") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.startsWith(QLatin1String("--layout is theatre, classroom")),
        qPrintable(unknown.err));
    QCOMPARE(runCtl(tmp.url(),
                 { QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--rooms"),
                     QStringLiteral("2") })
                 .exitCode,
        2);

    // venues spaces: the hall's spaces with their parent and capacities.
    const Ctl listed = runCtl(tmp.url(),
        { QStringLiteral("venues"), QStringLiteral("spaces"), hall, QStringLiteral("--format"),
            QStringLiteral("json") });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(array.size(), 5);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("capacities")).toObject(),
        (QJsonObject { { QStringLiteral("theatre"), 250 }, { QStringLiteral("classroom"), 160 } }));
    QCOMPARE(
        array.at(2).toObject().value(QStringLiteral("parent")).toString(), QStringLiteral("Main"));
    const Ctl table
        = runCtl(tmp.url(), { QStringLiteral("venues"), QStringLiteral("spaces"), hall });
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(table.out.startsWith(QLatin1String("SPACE")), qPrintable(table.out));
    QCOMPARE(table.out.count(QLatin1Char('\n')), 6);
}

QTEST_GUILESS_MAIN(tst_Spaces)
#include "tst_spaces.moc"
