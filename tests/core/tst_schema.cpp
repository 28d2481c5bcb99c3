// The database itself refuses what the schema forbids (DESIGN §3), on both backends.
#include "testdatabase.h"

#include <QUuid>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status insertVenue(const Database &db, const QString &id, const QVariant &name,
    const QVariant &capacity, const QVariant &rating)
{
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO venues (id, name, capacity, rating) VALUES (:id, :name, :cap, :rating)"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":name"), name },
            { QStringLiteral(":cap"), capacity }, { QStringLiteral(":rating"), rating } });
    if (!q)
        return q.error();
    return {};
}

// A venue and a project to shortlist it in; returns {venueId, projectId}.
std::pair<QString, QString> venueAndProject(const Database &db)
{
    const QString venue = newId(), project = newId();
    if (!insertVenue(db, venue, QStringLiteral("Harbour Loft"), 100, 4.0))
        return {};
    if (!db.exec(QStringLiteral("test"),
            QStringLiteral(
                "INSERT INTO projects (id, client_name, event_name) VALUES (:id, 'Acme', 'Gala')"),
            { { QStringLiteral(":id"), project } }))
        return {};
    return { venue, project };
}

qint64 count(const Database &db, const QString &table)
{
    auto c
        = db.scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return c ? c->toLongLong() : -1;
}

} // namespace

class tst_Schema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void venueConstraints_data();
    void venueConstraints();
    void shortlistPairUnique_data() { addBackendRows(); }
    void shortlistPairUnique();
    void emailUniqueIgnoringCase_data() { addBackendRows(); }
    void emailUniqueIgnoringCase();
    void unknownOutreachStatus_data() { addBackendRows(); }
    void unknownOutreachStatus();
    void declineNeedsReason_data() { addBackendRows(); }
    void declineNeedsReason();
    void activityLogAppendOnly_data() { addBackendRows(); }
    void activityLogAppendOnly();
};

void tst_Schema::venueConstraints_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QVariant>("name");
    QTest::addColumn<QVariant>("capacity");
    QTest::addColumn<QVariant>("rating");
    QTest::addColumn<bool>("accepted");
    for (const QString &backend : { QStringLiteral("sqlite"), QStringLiteral("postgresql") }) {
        auto row = [&](const char *what) -> QTestData & {
            return QTest::addRow("%s: %s", qPrintable(backend), what);
        };
        row("valid") << backend << QVariant(QStringLiteral("Harbour Loft")) << QVariant(120)
                     << QVariant(4.5) << true;
        row("blank name") << backend << QVariant(QStringLiteral("   ")) << QVariant(120)
                          << QVariant(4.5) << false;
        row("empty name") << backend << QVariant(QString()) << QVariant(120) << QVariant(4.5)
                          << false;
        row("capacity -1") << backend << QVariant(QStringLiteral("A")) << QVariant(-1)
                           << QVariant(4.5) << false;
        row("capacity 0") << backend << QVariant(QStringLiteral("A")) << QVariant(0)
                          << QVariant(0.0) << true;
        row("rating 5.5") << backend << QVariant(QStringLiteral("A")) << QVariant(10)
                          << QVariant(5.5) << false;
        row("rating -0.5") << backend << QVariant(QStringLiteral("A")) << QVariant(10)
                           << QVariant(-0.5) << false;
        row("rating 5.0") << backend << QVariant(QStringLiteral("A")) << QVariant(10)
                          << QVariant(5.0) << true;
    }
}

void tst_Schema::venueConstraints()
{
    VM_TEMP_DATABASE(tmp);
    QFETCH(QVariant, name);
    QFETCH(QVariant, capacity);
    QFETCH(QVariant, rating);
    QFETCH(bool, accepted);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Status s = insertVenue(*db, newId(), name, capacity, rating);
    QCOMPARE(s.ok(), accepted);
    if (!accepted)
        QCOMPARE(s.error().kind, DbError::Kind::Validation);
    QCOMPARE(count(*db, QStringLiteral("venues")), accepted ? 1 : 0);
}

void tst_Schema::shortlistPairUnique()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const auto [venue, project] = venueAndProject(*db);
    QVERIFY(!venue.isEmpty());
    const QString sql = QStringLiteral(
        "INSERT INTO project_venues (id, project_id, venue_id) VALUES (:id, :p, :v)");
    VM_VERIFY_OK(db->exec(QStringLiteral("test"), sql,
        { { QStringLiteral(":id"), newId() }, { QStringLiteral(":p"), project },
            { QStringLiteral(":v"), venue } }));
    auto second = db->exec(QStringLiteral("test"), sql,
        { { QStringLiteral(":id"), newId() }, { QStringLiteral(":p"), project },
            { QStringLiteral(":v"), venue } });
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, DbError::Kind::Duplicate);
    QCOMPARE(count(*db, QStringLiteral("project_venues")), 1);
}

void tst_Schema::emailUniqueIgnoringCase()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString sql
        = QStringLiteral("INSERT INTO users (id, name, email) VALUES (:id, :name, :email)");
    VM_VERIFY_OK(db->exec(QStringLiteral("test"), sql,
        { { QStringLiteral(":id"), newId() }, { QStringLiteral(":name"), QStringLiteral("Anna") },
            { QStringLiteral(":email"), QStringLiteral("anna@agency.example") } }));
    auto second = db->exec(QStringLiteral("test"), sql,
        { { QStringLiteral(":id"), newId() }, { QStringLiteral(":name"), QStringLiteral("Anna B") },
            { QStringLiteral(":email"), QStringLiteral("Anna@Agency.Example") } });
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, DbError::Kind::Duplicate);
    QCOMPARE(count(*db, QStringLiteral("users")), 1);
}

void tst_Schema::unknownOutreachStatus()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const auto [venue, project] = venueAndProject(*db);
    QVERIFY(!venue.isEmpty());
    auto bad = db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO project_venues (id, project_id, venue_id, outreach_status) "
                       "VALUES (:id, :p, :v, :s)"),
        { { QStringLiteral(":id"), newId() }, { QStringLiteral(":p"), project },
            { QStringLiteral(":v"), venue }, { QStringLiteral(":s"), QStringLiteral("ghosted") } });
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, DbError::Kind::Validation);
    QCOMPARE(count(*db, QStringLiteral("project_venues")), 0);
}

void tst_Schema::declineNeedsReason()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const auto [venue, project] = venueAndProject(*db);
    QVERIFY(!venue.isEmpty());
    auto bad = db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO project_venues (id, project_id, venue_id, outreach_status, "
                       "decline_reason) "
                       "VALUES (:id, :p, :v, 'declined', '  ')"),
        { { QStringLiteral(":id"), newId() }, { QStringLiteral(":p"), project },
            { QStringLiteral(":v"), venue } });
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, DbError::Kind::Validation);
}

void tst_Schema::activityLogAppendOnly()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString id = newId();
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO activity_logs (id, action) VALUES (:id, 'created')"),
        { { QStringLiteral(":id"), id } }));
    auto update = db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE activity_logs SET action = 'forged' WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    QVERIFY(!update.ok());
    auto del = db->exec(QStringLiteral("test"),
        QStringLiteral("DELETE FROM activity_logs WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    QVERIFY(!del.ok());
    auto action = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT action FROM activity_logs WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(action);
    QCOMPARE(action->toString(), QStringLiteral("created"));
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
