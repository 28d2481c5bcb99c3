// DemoGenerator and `venuemapctl demo`: deterministic, realistic sample data on both backends.
#include "demo/demodata.h"
#include "demo/demogenerator.h"
#include "demo/demoplanner.h"
#include "testdatabase.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_DemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void countsMatchOptions_data() { addBackendRows(); }
    void countsMatchOptions();
    void eventsFitTheirShortlists_data() { addBackendRows(); }
    void eventsFitTheirShortlists();
    void venueNamesUniquePerCity_data() { addBackendRows(); }
    void venueNamesUniquePerCity();
    void namesStayUniquePerCityAtAMillion();
    void contactsLookReal_data() { addBackendRows(); }
    void contactsLookReal();
    void shortlistsCoverEveryStatus_data() { addBackendRows(); }
    void shortlistsCoverEveryStatus();
    void sameSeedGivesSameRows_data() { addBackendRows(); }
    void sameSeedGivesSameRows();
    void sqliteAndPostgresBooksAreIdentical();
    void photosDecodeWithThumbnails_data() { addBackendRows(); }
    void photosDecodeWithThumbnails();
    void cancelRollsEverythingBack_data() { addBackendRows(); }
    void cancelRollsEverythingBack();
    void sameSeedTwiceIsRefusedAnotherSeedAdds_data() { addBackendRows(); }
    void sameSeedTwiceIsRefusedAnotherSeedAdds();
    void bulkLoadKeepsIndexesIdentical_data() { addBackendRows(); }
    void bulkLoadKeepsIndexesIdentical();
    void roomsAreRealistic_data() { addBackendRows(); }
    void roomsAreRealistic();
    void commandLine_data() { addBackendRows(); }
    void commandLine();
};

namespace {

qint64 count(const Database &db, const QString &sql)
{
    auto v = db.scalar(QStringLiteral("test"), sql);
    return v.ok() ? v->toLongLong() : -1;
}

// Venue rows as text, in id order, read back through the dialect so both backends compare.
QStringList dumpVenues(const Database &db)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("dumpVenues"),
        QStringLiteral(
            "SELECT id, name, city, country, capacity, facilities, rating, latitude, longitude, "
            "contact_email, created_at FROM venues ORDER BY id"));
    if (!q)
        return { q.error().details() };
    const SqlDialect &d = db.dialect();
    while (q->next()) {
        const auto rating = d.ratingFromDb(q->value(6));
        out << QStringList { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
            q->value(3).toString(), QString::number(q->value(4).toInt()),
            d.facilitiesFromDb(q->value(5)).join(QLatin1Char(',')),
            rating ? QString::number(*rating, 'f', 1) : QStringLiteral("null"),
            QString::number(q->value(7).toDouble(), 'f', 6),
            QString::number(q->value(8).toDouble(), 'f', 6), q->value(9).toString(),
            d.dateTimeFromDb(q->value(10)).toString(Qt::ISODate) }
                   .join(QLatin1Char('|'));
    }
    return out;
}

QStringList dumpShortlists(const Database &db)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("dumpShortlists"),
        QStringLiteral(
            "SELECT pv.id, pv.project_id, pv.venue_id, pv.outreach_status, pv.quoted_price, "
            "pv.sent_at, pv.responded_at, pv.decline_reason, p.budget, p.event_date, "
            "p.created_by FROM project_venues pv JOIN projects p ON p.id = pv.project_id "
            "ORDER BY pv.id"));
    if (!q)
        return { q.error().details() };
    const SqlDialect &d = db.dialect();
    while (q->next()) {
        const auto price = d.moneyFromDb(q->value(4));
        const auto budget = d.moneyFromDb(q->value(8));
        out << QStringList { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
            q->value(3).toString(), price ? QString::number(*price) : QStringLiteral("null"),
            d.dateTimeFromDb(q->value(5)).toString(Qt::ISODate),
            d.dateTimeFromDb(q->value(6)).toString(Qt::ISODate), q->value(7).toString(),
            budget ? QString::number(*budget) : QStringLiteral("null"),
            q->value(9).toDate().toString(Qt::ISODate), q->value(10).toString() }
                   .join(QLatin1Char('|'));
    }
    return out;
}

// Spaces and their capacities as text, in id order.
QStringList dumpSpaces(const Database &db)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("dumpSpaces"),
        QStringLiteral("SELECT s.id, s.venue_id, coalesce(CAST(s.parent_space_id AS TEXT), ''), "
                       "s.name, s.floor, "
                       "s.area_m2, s.ceiling_height_m, s.sort_order, c.layout, c.capacity "
                       "FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id "
                       "ORDER BY s.id, c.layout"));
    if (!q)
        return { q.error().details() };
    while (q->next()) {
        QStringList row;
        for (int i = 0; i < 10; ++i)
            row << q->value(i).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

// The indexes, keys, foreign keys and triggers of the venues and the rooms' tables (the bulk
// load drops or disables some of them and must put every one back as it was).
QStringList dumpIndexes(const Database &db)
{
    QStringList out;
    const QString sql = db.isPostgres()
        ? QStringLiteral(
            "SELECT CAST(indexname AS text) || ': ' || indexdef FROM pg_indexes WHERE tablename IN "
            "('venues', 'venue_spaces', 'space_capacities') "
            "UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ': ' "
            "|| pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid IN ('venue_spaces'::regclass, 'space_capacities'::regclass) "
            "UNION ALL SELECT tgrelid::regclass::text || ' trigger ' || tgname || ': ' "
            "|| CAST(tgenabled AS text) FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN "
            "('venues'::regclass, 'venue_spaces'::regclass, 'space_capacities'::regclass) "
            "ORDER BY 1")
        : QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM "
                         "sqlite_master WHERE tbl_name IN ('venues', 'venues_fts', "
                         "'venue_spaces', 'space_capacities') ORDER BY type, name");
    auto q = db.exec(QStringLiteral("dumpIndexes"), sql);
    if (!q)
        return { q.error().details() };
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace

void tst_DemoGenerator::countsMatchOptions()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 300;
    options.projects = 12;
    options.seed = 3;
    qint64 lastDone = -1, lastTotal = -1;
    bool monotonic = true;
    auto summary = DemoGenerator(*db).generate(options, [&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= lastDone && done <= total;
        lastDone = done;
        lastTotal = total;
        return true;
    });
    VM_VERIFY_OK(summary);
    QVERIFY(monotonic);
    QCOMPARE(lastDone, lastTotal);

    QCOMPARE(summary->venues, 300);
    QCOMPARE(summary->projects, 12);
    QCOMPARE(summary->caterers, 72); // two in each of the 36 cities
    QCOMPARE(summary->users, 8);
    QVERIFY(summary->shortlisted >= 12 * 3);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM venues")), 300);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM projects")), 12);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM catering_providers")), 72);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM users")), 8);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin'")), 1);
    QCOMPARE(
        count(*db, QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NOT NULL")),
        0);
    QCOMPARE(
        count(*db, QStringLiteral("SELECT count(*) FROM project_venues")), summary->shortlisted);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM photos")), summary->photos);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(DISTINCT venue_id) FROM photos")),
        DemoGenerator::photoVenueCount(options));
    QCOMPARE(DemoGenerator::photoVenueCount(options), 90);
    QVERIFY(summary->photos >= 90 && summary->photos <= 270);

    // Realistic ranges.
    QCOMPARE(
        count(*db,
            QStringLiteral("SELECT count(*) FROM venues WHERE capacity < 10 OR capacity > 5000")),
        0);
    QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM venues WHERE capacity <= 250"))
        > 150); // skewed small
    QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM venues WHERE rating IS NULL")) > 0);
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM venues WHERE latitude NOT BETWEEN 35 AND 61 "
                                "OR longitude NOT BETWEEN -10 AND 25")),
        0);
    QCOMPARE(
        count(*db,
            QStringLiteral("SELECT count(*) FROM venues WHERE contact_email NOT LIKE '%_@_%.__%'")),
        0);
    QCOMPARE(
        count(*db, QStringLiteral("SELECT count(*) FROM venues WHERE updated_at < created_at")), 0);
    // Canonical labels of the facility vocabulary (migration 0009), never old keys.
    const QStringList allowed = { QStringLiteral("Wi-Fi"), QStringLiteral("Parking"),
        QStringLiteral("Catering kitchen"), QStringLiteral("Stage"), QStringLiteral("AV equipment"),
        QStringLiteral("Wheelchair access"), QStringLiteral("Outdoor space"),
        QStringLiteral("Breakout rooms"), QStringLiteral("Accommodation"), QStringLiteral("Bar") };
    auto q = db->exec(QStringLiteral("test"), QStringLiteral("SELECT facilities FROM venues"));
    VM_VERIFY_OK(q);
    QSet<int> sizes;
    while (q->next()) {
        const QStringList f = db->dialect().facilitiesFromDb(q->value(0));
        QVERIFY(f.size() <= 6);
        sizes.insert(int(f.size()));
        for (const QString &one : f)
            QVERIFY2(allowed.contains(one), qPrintable(one));
    }
    QVERIFY(sizes.contains(0) && sizes.contains(6));
}

// Issue 19: the sample looks real relative to today: past events are not active, shortlisted
// venues seat the event's guests, quotes fit its budget.
void tst_DemoGenerator::eventsFitTheirShortlists()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 600;
    options.projects = 20;
    options.photoVenues = 0;
    options.seed = 5;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM projects WHERE status = 'active' AND "
                                "event_date < '%1'")
                     .arg(today)),
        0);
    QVERIFY(
        count(*db, QStringLiteral("SELECT count(*) FROM projects WHERE status = 'completed'")) > 0);
    QCOMPARE(
        count(*db,
            QStringLiteral("SELECT count(*) FROM project_venues pv JOIN projects p ON p.id = "
                           "pv.project_id JOIN venues v ON v.id = pv.venue_id WHERE v.capacity < "
                           "p.attendees")),
        0);
    QCOMPARE(count(*db,
                 QStringLiteral(
                     "SELECT count(*) FROM project_venues pv JOIN projects p ON p.id = "
                     "pv.project_id WHERE p.budget IS NOT NULL AND pv.quoted_price > p.budget * "
                     "1.1")),
        0);
    // Upcoming events are active unless cancelled; nothing past is still being planned.
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM projects WHERE status = 'completed' AND "
                                "event_date >= '%1'")
                     .arg(today)),
        0);
    QVERIFY(count(*db,
                QStringLiteral(
                    "SELECT count(*) FROM projects WHERE status = 'active' AND event_date >= '%1'")
                    .arg(today))
        > 0);
    // Guest counts of agency events.
    QCOMPARE(count(*db,
                 QStringLiteral(
                     "SELECT count(*) FROM projects WHERE attendees < 20 OR attendees > 1500")),
        0);
    QVERIFY(
        count(*db, QStringLiteral("SELECT count(*) FROM projects WHERE attendees <= 800")) >= 15);

    // Each shortlist is local, seats the guests, holds a venue once, and its prices fit the
    // event's size; its caterers work in the same city; outreach happens before the event.
    const std::vector<DemoCatererRow> caterers = DemoPlanner(options).caterers();
    QHash<QString, QString> catererCity;
    for (const DemoCatererRow &c : caterers)
        catererCity.insert(c.id, DemoData::cities()[std::size_t(c.cityIndex)].name);
    auto q = db->exec(QStringLiteral("test"),
        QStringLiteral(
            "SELECT p.id, p.city, p.attendees, p.event_date, p.status, v.id, v.city, v.capacity, "
            "pv.quoted_price, pv.catering_provider_id, pv.sent_at, pv.responded_at, "
            "pv.outreach_status FROM project_venues pv JOIN projects p ON p.id = pv.project_id "
            "JOIN venues v ON v.id = pv.venue_id ORDER BY p.id"));
    VM_VERIFY_OK(q);
    const SqlDialect &d = db->dialect();
    QSet<QString> pairs;
    int rows = 0, quotes = 0, withCaterer = 0;
    while (q->next()) {
        ++rows;
        const QString what = q->value(0).toString() + QLatin1Char('/') + q->value(5).toString();
        const int attendees = q->value(2).toInt();
        QVERIFY2(q->value(1).toString().compare(q->value(6).toString(), Qt::CaseInsensitive) == 0,
            qPrintable(what));
        QVERIFY2(q->value(7).toInt() >= attendees, qPrintable(what));
        QVERIFY2(!pairs.contains(what), qPrintable(what));
        pairs.insert(what);
        if (const auto price = d.moneyFromDb(q->value(8))) {
            ++quotes;
            QVERIFY2(*price >= attendees * DemoPlanner::kQuotePerGuestMinCents
                    && *price <= attendees * DemoPlanner::kQuotePerGuestMaxCents,
                qPrintable(QStringLiteral("%1: %2 cents for %3 guests")
                               .arg(what)
                               .arg(*price)
                               .arg(attendees)));
        }
        if (!q->value(9).isNull()) {
            ++withCaterer;
            QCOMPARE(catererCity.value(q->value(9).toString()), q->value(1).toString());
        }
        const QDateTime eventStart(q->value(3).toDate(), QTime(0, 0), Qt::UTC);
        for (const int column : { 10, 11 }) {
            const QDateTime at = d.dateTimeFromDb(q->value(column));
            if (at.isValid())
                QVERIFY2(at < eventStart, qPrintable(what));
        }
        if (q->value(4).toString() == QLatin1String("completed"))
            QVERIFY2(q->value(12).toString() == QLatin1String("responded")
                    || q->value(12).toString() == QLatin1String("declined"),
                qPrintable(what));
    }
    QVERIFY(rows >= 20 * 3);
    QVERIFY(quotes > 5);
    QVERIFY(withCaterer > 0);
}

// Issue 19: eight venues of one city were called "Alte Brauerei". Name and city together are
// unique, in any case, in the book the first-start offer loads.
void tst_DemoGenerator::venueNamesUniquePerCity()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 5000;
    options.projects = 5;
    options.photoVenues = 0;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));
    auto q = db->exec(QStringLiteral("test"), QStringLiteral("SELECT city, name FROM venues"));
    VM_VERIFY_OK(q);
    QSet<QString> seen;
    QHash<QString, int> perCity;
    while (q->next()) {
        const QString key
            = (q->value(0).toString() + QLatin1Char('|') + q->value(1).toString()).toLower();
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        ++perCity[q->value(0).toString()];
    }
    QCOMPARE(seen.size(), 5000);
    QCOMPARE(perCity.size(), qsizetype(DemoData::cities().size()));
    // Most names are the plain names of the templates, without an address to set them apart.
    QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM venues WHERE name LIKE '%,%'")) < 500);
}

// `demo --venues 1000000`: still unique per city, computed from the plan alone (no database).
void tst_DemoGenerator::namesStayUniquePerCityAtAMillion()
{
    DemoOptions options;
    options.venues = 1000000;
    options.seed = 7;
    const DemoPlanner plan(options);
    QSet<QString> seen;
    seen.reserve(options.venues);
    for (qint64 i = 0; i < options.venues; ++i) {
        const DemoVenueRow v = plan.venue(i);
        const QString key = v.city + QLatin1Char('|') + v.name.toLower();
        if (seen.contains(key))
            QFAIL(qPrintable(QStringLiteral("venue %1 repeats %2").arg(i).arg(key)));
        seen.insert(key);
    }
    // venueName() is what venue() writes.
    for (const qint64 i : { 0, 17, 999999 })
        QCOMPARE(plan.venue(i).name, plan.venueName(i));
}

// Issue 19: contact addresses looked like placeholders. They are the venue's own domain, named
// after it with accents spelled out, in its country's domain.
void tst_DemoGenerator::contactsLookReal()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 800;
    options.projects = 2;
    options.photoVenues = 0;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));
    QHash<QString, QString> domainOfCity;
    for (const DemoData::City &c : DemoData::cities())
        domainOfCity.insert(c.name, c.domain);
    const QRegularExpression shape(
        QStringLiteral("^[a-z]+(?:[.-][a-z]+)*@[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:co\\.uk|[a-z]{2})$"));
    auto q = db->exec(QStringLiteral("test"),
        QStringLiteral("SELECT name, city, contact_email, website FROM venues"));
    VM_VERIFY_OK(q);
    while (q->next()) {
        const QString name = q->value(0).toString(), email = q->value(2).toString();
        QVERIFY2(shape.match(email).hasMatch(), qPrintable(email));
        QVERIFY2(!email.contains(QLatin1String("example")), qPrintable(email));
        QVERIFY2(email.endsWith(QLatin1Char('.') + domainOfCity.value(q->value(1).toString())),
            qPrintable(email + QLatin1Char(' ') + q->value(1).toString()));
        const QString website = q->value(3).toString();
        if (!website.isEmpty())
            QVERIFY2(website.endsWith(email.section(QLatin1Char('@'), 1)), qPrintable(website));
        // The domain spells the venue's first word, accents and umlauts folded.
        const QString firstWord = DemoData::slug(name.section(QLatin1Char(' '), 0, 0));
        QVERIFY2(email.section(QLatin1Char('@'), 1).startsWith(firstWord), qPrintable(email));
    }
    QCOMPARE(
        DemoData::slug(QStringLiteral("Alte Münze Köln")), QStringLiteral("alte-muenze-koeln"));
    QCOMPARE(DemoData::slug(QStringLiteral("L'Orangerie Saint-Germain")),
        QStringLiteral("lorangerie-saint-germain"));
    QCOMPARE(
        DemoData::slug(QStringLiteral("Fyrtårnet Nørrebro")), QStringLiteral("fyrtarnet-norrebro"));
    QCOMPARE(
        DemoData::slug(QStringLiteral("Große Elbstraße")), QStringLiteral("grosse-elbstrasse"));
}

void tst_DemoGenerator::shortlistsCoverEveryStatus()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 200;
    options.projects = 6;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));

    QSet<QString> statuses;
    auto q = db->exec(QStringLiteral("test"),
        QStringLiteral("SELECT DISTINCT outreach_status FROM project_venues"));
    VM_VERIFY_OK(q);
    while (q->next())
        statuses.insert(q->value(0).toString());
    QCOMPARE(statuses,
        (QSet<QString> { QStringLiteral("draft"), QStringLiteral("sent"),
            QStringLiteral("awaiting"), QStringLiteral("responded"), QStringLiteral("declined") }));

    // Timestamps and fields consistent with each status.
    QCOMPARE(
        count(*db,
            QStringLiteral("SELECT count(*) FROM project_venues WHERE outreach_status = 'declined' "
                           "AND (decline_reason IS NULL OR trim(decline_reason) = '')")),
        0);
    QCOMPARE(count(*db,
                 QStringLiteral(
                     "SELECT count(*) FROM project_venues WHERE outreach_status <> 'declined' "
                     "AND decline_reason IS NOT NULL")),
        0);
    QCOMPARE(
        count(*db,
            QStringLiteral("SELECT count(*) FROM project_venues WHERE outreach_status = 'draft' "
                           "AND (sent_at IS NOT NULL OR responded_at IS NOT NULL)")),
        0);
    QCOMPARE(
        count(*db,
            QStringLiteral("SELECT count(*) FROM project_venues WHERE outreach_status <> 'draft' "
                           "AND sent_at IS NULL")),
        0);
    QCOMPARE(
        count(*db,
            QStringLiteral(
                "SELECT count(*) FROM project_venues WHERE outreach_status IN ('sent', 'awaiting') "
                "AND responded_at IS NOT NULL")),
        0);
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM project_venues WHERE outreach_status IN "
                                "('responded', 'declined') "
                                "AND (responded_at IS NULL OR responded_at <= sent_at)")),
        0);
    QCOMPARE(count(*db,
                 QStringLiteral(
                     "SELECT count(*) FROM project_venues WHERE outreach_status = 'responded' "
                     "AND quoted_price IS NULL")),
        0);
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM project_venues WHERE include_in_proposal "
                                "AND outreach_status <> 'responded'")),
        0);
    QVERIFY(
        count(*db, QStringLiteral("SELECT count(*) FROM project_venues WHERE include_in_proposal"))
        > 0);
    QVERIFY(count(*db,
                QStringLiteral(
                    "SELECT count(*) FROM project_venues WHERE catering_provider_id IS NOT NULL"))
        > 0);

    // Proposal order: 0..n-1 within each project.
    QCOMPARE(count(*db,
                 QStringLiteral(
                     "SELECT count(*) FROM (SELECT project_id, sort_order FROM project_venues "
                     "GROUP BY project_id, sort_order HAVING count(*) > 1) AS dup")),
        0);
    QCOMPARE(count(*db,
                 QStringLiteral(
                     "SELECT count(*) FROM project_venues pv WHERE sort_order >= "
                     "(SELECT count(*) FROM project_venues o WHERE o.project_id = pv.project_id)")),
        0);

    // The activity log tells the same story.
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM activity_logs WHERE action = 'shortlisted'")),
        count(*db, QStringLiteral("SELECT count(*) FROM project_venues")));
    QCOMPARE(
        count(*db,
            QStringLiteral("SELECT count(*) FROM activity_logs WHERE action = 'project_created'")),
        6);
    QVERIFY(
        count(*db,
            QStringLiteral("SELECT count(*) FROM activity_logs WHERE action = 'status_changed'"))
        >= count(*db,
            QStringLiteral(
                "SELECT count(*) FROM project_venues WHERE outreach_status <> 'draft'")));
    QCOMPARE(
        count(*db,
            QStringLiteral(
                "SELECT count(*) FROM activity_logs WHERE user_id IS NULL OR project_id IS NULL")),
        0);
    auto details = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT details FROM activity_logs WHERE action = 'status_changed' "
                       "ORDER BY created_at, id LIMIT 1"));
    VM_VERIFY_OK(details);
    const QJsonObject d = QJsonDocument::fromJson(details->toString().toUtf8()).object();
    QCOMPARE(d.value(QStringLiteral("from")).toString(), QStringLiteral("draft"));
    QCOMPARE(d.value(QStringLiteral("to")).toString(), QStringLiteral("sent"));
    QVERIFY(!d.value(QStringLiteral("venue_id")).toString().isEmpty());
    QVERIFY(!d.value(QStringLiteral("venue_name")).toString().isEmpty());
}

void tst_DemoGenerator::sameSeedGivesSameRows()
{
    QFETCH(QString, backend);
    TempDatabase first(backend), second(backend), third(backend);
    for (const TempDatabase *t : { &first, &second, &third }) {
        if (!t->failReason().isEmpty())
            QFAIL(qPrintable(t->failReason()));
        if (!t->skipReason().isEmpty())
            QSKIP(qPrintable(t->skipReason()));
    }
    DemoOptions options;
    options.venues = 250;
    options.projects = 8;
    options.seed = 42;
    auto a = first.openMigrated(uniqueConnectionName());
    auto b = second.openMigrated(uniqueConnectionName());
    auto c = third.openMigrated(uniqueConnectionName());
    VM_VERIFY_OK(a);
    VM_VERIFY_OK(b);
    VM_VERIFY_OK(c);
    VM_VERIFY_OK(DemoGenerator(*a).generate(options));
    VM_VERIFY_OK(DemoGenerator(*b).generate(options));
    options.seed = 43;
    VM_VERIFY_OK(DemoGenerator(*c).generate(options));

    const QStringList venuesA = dumpVenues(*a);
    QCOMPARE(venuesA.size(), 250);
    QCOMPARE(dumpVenues(*b), venuesA);
    QCOMPARE(dumpShortlists(*b), dumpShortlists(*a));
    const QStringList spacesA = dumpSpaces(*a);
    QVERIFY(spacesA.size() > 250 * 3);
    QCOMPARE(dumpSpaces(*b), spacesA);
    QVERIFY(dumpVenues(*c) != venuesA);
    QVERIFY(dumpSpaces(*c) != spacesA);
    // Ids look like version-4 UUIDs.
    const QString id = venuesA.first().section(QLatin1Char('|'), 0, 0);
    QVERIFY2(
        QRegularExpression(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
            .match(id)
            .hasMatch(),
        qPrintable(id));
}

void tst_DemoGenerator::sqliteAndPostgresBooksAreIdentical()
{
    TempDatabase lite(QStringLiteral("sqlite")), pg(QStringLiteral("postgresql"));
    if (!pg.failReason().isEmpty())
        QFAIL(qPrintable(pg.failReason()));
    if (!pg.skipReason().isEmpty())
        QSKIP(qPrintable(pg.skipReason()));
    auto a = lite.openMigrated(uniqueConnectionName());
    auto b = pg.openMigrated(uniqueConnectionName());
    VM_VERIFY_OK(a);
    VM_VERIFY_OK(b);
    DemoOptions options;
    options.venues = 400;
    options.projects = 10;
    options.seed = 2026;
    auto sa = DemoGenerator(*a).generate(options);
    auto sb = DemoGenerator(*b).generate(options);
    VM_VERIFY_OK(sa);
    VM_VERIFY_OK(sb);
    QCOMPARE(sa->photos, sb->photos);
    QCOMPARE(sa->shortlisted, sb->shortlisted);
    const QStringList venues = dumpVenues(*a);
    QCOMPARE(venues.size(), 400);
    QCOMPARE(dumpVenues(*b), venues);
    QCOMPARE(dumpShortlists(*b), dumpShortlists(*a));
    const QString photoIds = QStringLiteral(
        "SELECT id, venue_id, sort_order, width, height, caption FROM photos ORDER BY id");
    auto pa = a->exec(QStringLiteral("test"), photoIds);
    auto pb = b->exec(QStringLiteral("test"), photoIds);
    VM_VERIFY_OK(pa);
    VM_VERIFY_OK(pb);
    int photos = 0;
    while (pa->next()) {
        QVERIFY(pb->next());
        for (int c = 0; c < 6; ++c)
            QCOMPARE(pb->value(c).toString(), pa->value(c).toString());
        ++photos;
    }
    QVERIFY(!pb->next());
    QCOMPARE(photos, sa->photos);
}

void tst_DemoGenerator::photosDecodeWithThumbnails()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 40;
    options.projects = 2;
    options.photoVenues = 5;
    auto summary = DemoGenerator(*db).generate(options);
    VM_VERIFY_OK(summary);
    QVERIFY(summary->photos >= 5 && summary->photos <= 15);
    auto q = db->exec(QStringLiteral("test"),
        QStringLiteral("SELECT data, thumbnail, width, height, content_type, caption, sort_order "
                       "FROM photos"));
    VM_VERIFY_OK(q);
    int seen = 0;
    while (q->next()) {
        const QImage image = QImage::fromData(q->value(0).toByteArray());
        const QImage thumbnail = QImage::fromData(q->value(1).toByteArray());
        QVERIFY(!image.isNull());
        QVERIFY(!thumbnail.isNull());
        QCOMPARE(image.width(), q->value(2).toInt());
        QCOMPARE(image.height(), q->value(3).toInt());
        QCOMPARE(image.size(), QSize(800, 533));
        QCOMPARE(thumbnail.width(), 240);
        QVERIFY(thumbnail.height() >= 150 && thumbnail.height() <= 170);
        QCOMPARE(q->value(4).toString(), QStringLiteral("image/jpeg"));
        QVERIFY(!q->value(5).toString().isEmpty());
        QVERIFY(q->value(6).toInt() >= 0 && q->value(6).toInt() < 3);
        // Not a flat colour: the painter drew something.
        QVERIFY(image.pixel(10, 10) != image.pixel(400, 250)
            || image.pixel(10, 10) != image.pixel(790, 520));
        ++seen;
    }
    QCOMPARE(seen, summary->photos);
}

void tst_DemoGenerator::cancelRollsEverythingBack()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 5000;
    options.projects = 5;
    int calls = 0;
    auto summary = DemoGenerator(*db).generate(
        options, [&](qint64 done, qint64) { return ++calls < 3 || done == 0; });
    QVERIFY(!summary.ok());
    QVERIFY(calls >= 3);
    for (const char *table : { "venues", "photos", "users", "catering_providers", "projects",
             "project_venues", "activity_logs" })
        QCOMPARE(
            count(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
    // And the database is usable afterwards.
    options.venues = 50;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM venues")), 50);
}

void tst_DemoGenerator::sameSeedTwiceIsRefusedAnotherSeedAdds()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 60;
    options.projects = 3;
    options.seed = 9;
    VM_VERIFY_OK(DemoGenerator(*db).generate(options));
    auto again = DemoGenerator(*db).generate(options);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, DbError::Kind::Duplicate);
    QVERIFY2(again.error().sentence().contains(QLatin1String("seed 9")),
        qPrintable(again.error().sentence()));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM venues")), 60);

    options.seed = 10;
    auto more = DemoGenerator(*db).generate(options);
    VM_VERIFY_OK(more);
    QCOMPARE(more->users, 0); // the team exists already and is reused
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM venues")), 120);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM users")), 8);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM projects")), 6);
}

void tst_DemoGenerator::bulkLoadKeepsIndexesIdentical()
{
    // From 20,000 venues into an empty table the secondary indexes are dropped and rebuilt.
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    const QStringList before = dumpIndexes(*db);
    QVERIFY2(before.size() > 5, qPrintable(before.join(QLatin1Char('\n'))));
    DemoOptions options;
    options.venues = 20000;
    options.projects = 3;
    options.photoVenues = 0;
    auto summary = DemoGenerator(*db).generate(options);
    VM_VERIFY_OK(summary);
    QCOMPARE(dumpIndexes(*db), before);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM venues")), 20000);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM venue_spaces")), summary->spaces);
    QCOMPARE(
        count(*db, QStringLiteral("SELECT count(*) FROM space_capacities")), summary->capacities);
    // The rebuilt keys and indexes hold every row: the layout search finds what a scan finds.
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM space_capacities WHERE layout = 'theatre' "
                                "AND capacity >= 200")),
        count(*db,
            QStringLiteral("SELECT count(*) FROM space_capacities WHERE layout || '' = 'theatre' "
                           "AND capacity + 0 >= 200")));
    // The name search index covers every row (the trigram table on SQLite is rebuilt).
    const QString probe = db->isPostgres()
        ? QStringLiteral("SELECT count(*) FROM venues WHERE name ILIKE '%brauerei%'")
        : QStringLiteral("SELECT count(*) FROM venues_fts WHERE venues_fts MATCH 'brauerei'");
    const qint64 viaIndex = count(*db, probe);
    QVERIFY(viaIndex > 0);
    QCOMPARE(viaIndex,
        count(*db,
            QStringLiteral("SELECT count(*) FROM venues WHERE lower(name) LIKE '%brauerei%'")));
    // A bigger book stays unique per city too.
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM (SELECT lower(city), lower(name) FROM venues "
                                "GROUP BY lower(city), lower(name) HAVING count(*) > 1) AS dup")),
        0);
    if (db->isPostgres()) {
        // Vacuumed, not only analyzed: the list's index-only scans (counts, the key map, a jump
        // before it exists) read no heap pages on a fresh book.
        QCOMPARE(count(*db,
                     QStringLiteral("SELECT (relallvisible >= 0.95 * relpages)::int FROM pg_class "
                                    "WHERE oid = 'venues'::regclass")),
            1);
    }
}

void tst_DemoGenerator::roomsAreRealistic()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions options;
    options.venues = 3000;
    options.projects = 5;
    options.photoVenues = 0;
    options.seed = 11;
    auto summary = DemoGenerator(*db).generate(options);
    VM_VERIFY_OK(summary);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM venue_spaces")), summary->spaces);
    QCOMPARE(
        count(*db, QStringLiteral("SELECT count(*) FROM space_capacities")), summary->capacities);

    // Every venue has 3-8 spaces.
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM venues v WHERE (SELECT count(*) FROM "
                                "venue_spaces s WHERE s.venue_id = v.id) NOT BETWEEN 3 AND 8")),
        0);
    // venues.capacity is the largest layout capacity of its spaces, as the triggers keep it.
    const QString largest = QStringLiteral(
        "(SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id "
        "WHERE s.venue_id = v.id)");
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM venues v WHERE v.capacity IS NULL "
                                "OR v.capacity <> %1")
                     .arg(largest)),
        0);
    // Per space: reception >= theatre >= classroom; banquet below theatre.
    auto layoutPairs = [&](const char *bigger, const char *smaller) {
        return count(*db,
            QStringLiteral("SELECT count(*) FROM space_capacities a JOIN space_capacities b "
                           "ON b.space_id = a.space_id WHERE a.layout = '%1' AND b.layout = '%2' "
                           "AND a.capacity < b.capacity")
                .arg(QLatin1String(bigger), QLatin1String(smaller)));
    };
    QCOMPARE(layoutPairs("reception", "theatre"), 0);
    QCOMPARE(layoutPairs("theatre", "classroom"), 0);
    QCOMPARE(layoutPairs("theatre", "banquet"), 0);
    QVERIFY(count(*db,
                QStringLiteral("SELECT count(*) FROM space_capacities a JOIN space_capacities b "
                               "ON b.space_id = a.space_id WHERE a.layout = 'theatre' "
                               "AND b.layout = 'classroom'"))
        > 1000);
    // A boardroom table only in small rooms; U-shape and hollow square only up to 60.
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM space_capacities WHERE layout = 'boardroom' "
                                "AND capacity > 30")),
        0);
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM space_capacities a JOIN space_capacities b "
                                "ON b.space_id = a.space_id WHERE a.layout = 'boardroom' "
                                "AND b.layout = 'theatre' AND b.capacity > 60")),
        0);
    QVERIFY(count(*db,
                QStringLiteral("SELECT count(*) FROM space_capacities WHERE layout = 'boardroom'"))
        > 100);
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM space_capacities WHERE layout IN "
                                "('u_shape', 'hollow_square') AND capacity > 60")),
        0);
    // Divisible halls: some venues have them, and every part belongs to a hall of its venue.
    QVERIFY(
        count(*db,
            QStringLiteral("SELECT count(*) FROM venue_spaces WHERE parent_space_id IS NOT NULL"))
        > 100);
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM venue_spaces s LEFT JOIN venue_spaces p "
                                "ON p.id = s.parent_space_id WHERE s.parent_space_id IS NOT NULL "
                                "AND (p.id IS NULL OR p.venue_id <> s.venue_id "
                                "OR p.parent_space_id IS NOT NULL OR s.name NOT LIKE 'Hall _')")),
        0);
    // Names read like rooms, and floors, areas and heights are given.
    QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM venue_spaces WHERE name = 'Terrace'"))
        > 50);
    QVERIFY(count(*db,
                QStringLiteral("SELECT count(*) FROM venue_spaces WHERE name LIKE 'Boardroom %'"))
        > 50);
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT count(*) FROM venue_spaces WHERE floor IS NULL OR "
                                "area_m2 < 10 OR ceiling_height_m < 2.5 OR has_daylight IS NULL")),
        0);

    // The capacity triggers are back on after the load: a bigger main hall raises its venue.
    auto venue = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT s.venue_id FROM venue_spaces s WHERE s.sort_order = 0 "
                       "ORDER BY s.id LIMIT 1"));
    VM_VERIFY_OK(venue);
    VM_VERIFY_OK(db->execDirect(QStringLiteral("test"),
        QStringLiteral("UPDATE space_capacities SET capacity = 99999 WHERE layout = 'reception' "
                       "AND space_id = (SELECT id FROM venue_spaces WHERE venue_id = '%1' "
                       "AND sort_order = 0)")
            .arg(venue->toString())));
    QCOMPARE(
        count(*db,
            QStringLiteral("SELECT capacity FROM venues WHERE id = '%1'").arg(venue->toString())),
        99999);
}

void tst_DemoGenerator::commandLine()
{
    VM_TEMP_DATABASE(temp);
    auto run = [&](const QStringList &args, QString *out = nullptr, QString *err = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VENUEMAP_DB"), temp.url().toFullString());
        env.remove(QStringLiteral("VENUEMAP_VERBOSE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VENUEMAP_CTL_PATH), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QString out, err;
    QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--venues"), QStringLiteral("abc") },
                 &out, &err),
        2);
    QVERIFY2(err.contains(QLatin1String("--venues")), qPrintable(err));
    QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--venues") }), 2);
    QCOMPARE(
        run({ QStringLiteral("demo"), QStringLiteral("--projects"), QStringLiteral("-3") }), 2);
    QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--bogus") }), 2);

    QCOMPARE(
        run({ QStringLiteral("demo"), QStringLiteral("--venues"), QStringLiteral("40"),
                QStringLiteral("--projects=3"), QStringLiteral("--seed"), QStringLiteral("5") },
            &out, &err),
        0);
    QVERIFY2(out.contains(QLatin1String("venues: 40\n")), qPrintable(out + err));
    QVERIFY(out.contains(QLatin1String("projects: 3\n")));
    QVERIFY(out.contains(QLatin1String("users: 8\n")));
    QVERIFY(QRegularExpression(QStringLiteral("time_ms: \\d+\n")).match(out).hasMatch());
    QVERIFY(!out.contains(
        temp.url().password.isEmpty() ? QStringLiteral("\x01") : temp.url().password));

    // The same seed again fails (exit 1) with a sentence on stderr.
    QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--venues"), QStringLiteral("40"),
                     QStringLiteral("--seed"), QStringLiteral("5") },
                 &out, &err),
        1);
    QVERIFY2(err.contains(QLatin1String("seed 5")), qPrintable(err));

    auto db = temp.open(uniqueConnectionName());
    VM_VERIFY_OK(db);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM venues")), 40);
}

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
