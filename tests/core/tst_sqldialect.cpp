// SqlDialect: the SQL each backend needs for one meaning (DESIGN §2), run on a real database of
// each backend.
#include "repositories/activityrepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_SqlDialect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nowIsTheDatabaseClock_data() { addBackendRows(); }
    void nowIsTheDatabaseClock();
    void nowAfterPassesTheLatest_data() { addBackendRows(); }
    void nowAfterPassesTheLatest();
    void nowAfterKeepsTheLogInOrder_data() { addBackendRows(); }
    void nowAfterKeepsTheLogInOrder();
    void facilitiesSelectReadsBack_data() { addBackendRows(); }
    void facilitiesSelectReadsBack();
    void jsonSelectReadsBack_data() { addBackendRows(); }
    void jsonSelectReadsBack();
    void booleanLiteralsWorkOnBoth_data() { addBackendRows(); }
    void booleanLiteralsWorkOnBoth();
    void accountsFollowTheBackend_data() { addBackendRows(); }
    void accountsFollowTheBackend();
};

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status addLog(const Database &db, const QVariant &createdAt)
{
    return db.exec(QStringLiteral("test"),
                 QStringLiteral("INSERT INTO activity_logs (id, action, created_at) VALUES (:id, "
                                "'test', :at)"),
                 { { QStringLiteral(":id"), newId() }, { QStringLiteral(":at"), createdAt } })
               .ok()
        ? Status()
        : Status(DbError::make(DbError::Kind::Sql, {}, QStringLiteral("insert failed")));
}
} // namespace

void tst_SqlDialect::nowIsTheDatabaseClock()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const SqlDialect &d = db->dialect();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    // Stored into a timestamp column and read back as the repositories read it.
    const QString id = newId();
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO activity_logs (id, action, created_at) VALUES (:id, 'test', %1)")
            .arg(d.now()),
        { { QStringLiteral(":id"), id } }));
    auto stored = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT created_at FROM activity_logs WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(stored);
    const QDateTime at = d.dateTimeFromDb(*stored);
    QVERIFY2(at.isValid(), qPrintable(stored->toString()));
    QCOMPARE(at.timeSpec(), Qt::UTC);
    QVERIFY2(at >= before && at <= QDateTime::currentDateTimeUtc().addSecs(60),
        qPrintable(at.toString(Qt::ISODateWithMs)));
    // The same form as a value the client binds, so the two sort together.
    if (!tmp.isPostgres())
        QCOMPARE(stored->toString().size(), d.toDb(at).toString().size());
}

void tst_SqlDialect::nowAfterPassesTheLatest()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const SqlDialect &d = db->dialect();
    const QString latest = QStringLiteral("SELECT max(created_at) FROM activity_logs");
    const QString isLater = QStringLiteral("SELECT (%1) > (%2)").arg(d.nowAfter(latest), latest);

    // No row yet: simply now.
    auto empty
        = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT %1").arg(d.nowAfter(latest)));
    VM_VERIFY_OK(empty);
    const QDateTime emptyAt = d.dateTimeFromDb(*empty);
    QVERIFY2(
        qAbs(emptyAt.secsTo(QDateTime::currentDateTimeUtc())) < 60, qPrintable(empty->toString()));

    // A latest entry in the past: now, which is later.
    VM_VERIFY_OK(addLog(*db, d.toDb(QDateTime::currentDateTimeUtc().addDays(-1))));
    auto past
        = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT %1").arg(d.nowAfter(latest)));
    VM_VERIFY_OK(past);
    QVERIFY2(qAbs(d.dateTimeFromDb(*past).secsTo(QDateTime::currentDateTimeUtc())) < 60,
        qPrintable(past->toString()));

    // A latest entry ahead of the clock (another machine's, or one within the same tick): just
    // after it.
    const QDateTime ahead = QDateTime::currentDateTimeUtc().addSecs(3600);
    VM_VERIFY_OK(addLog(*db, d.toDb(ahead)));
    auto later = db->scalar(QStringLiteral("test"), isLater);
    VM_VERIFY_OK(later);
    QVERIFY(later->toBool());
    auto after
        = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT %1").arg(d.nowAfter(latest)));
    VM_VERIFY_OK(after);
    const qint64 gap = ahead.msecsTo(d.dateTimeFromDb(*after));
    QVERIFY2(gap >= 0 && gap <= 1, qPrintable(after->toString())); // 1 µs (read as 0 ms) or 1 ms
}

void tst_SqlDialect::nowAfterKeepsTheLogInOrder()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString project = newId();
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO projects (id, client_name, event_name) VALUES (:id, 'Client', 'Event')"),
        { { QStringLiteral(":id"), project } }));
    // Far more entries than clock ticks: newest first is still exactly the reverse of the writes,
    // inside one transaction (one now() on PostgreSQL) and outside.
    ActivityRepository log(*db, {});
    constexpr int kEntries = 40;
    {
        TransactionGuard tx(*db);
        for (int i = 0; i < kEntries / 2; ++i)
            VM_VERIFY_OK(
                log.append(project, QStringLiteral("test"), { { QStringLiteral("n"), i } }));
        VM_VERIFY_OK(tx.commit());
    }
    for (int i = kEntries / 2; i < kEntries; ++i)
        VM_VERIFY_OK(log.append(project, QStringLiteral("test"), { { QStringLiteral("n"), i } }));
    auto entries = log.fetchForProject(project);
    VM_VERIFY_OK(entries);
    QCOMPARE(entries->size(), kEntries);
    for (int i = 0; i < kEntries; ++i)
        QCOMPARE(entries->at(i).details.value(QStringLiteral("n")).toInt(), kEntries - 1 - i);
}

void tst_SqlDialect::facilitiesSelectReadsBack()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const SqlDialect &d = db->dialect();
    const QStringList facilities { QStringLiteral("Wi-Fi"), QStringLiteral("Stage, large"),
        QStringLiteral("Say \"cheese\""), QStringLiteral("back\\slash") };
    const QString id = newId();
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO projects (id, client_name, event_name, required_facilities) "
                       "VALUES (:id, 'Client', 'Event', %1)")
            .arg(d.facilitiesParam(QStringLiteral(":f"))),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":f"), d.facilitiesToDb(facilities) } }));
    auto stored = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT %1 FROM projects WHERE id = :id")
            .arg(d.facilitiesSelect(QStringLiteral("required_facilities"))),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(stored);
    QCOMPARE(d.facilitiesFromDb(*stored), facilities);
}

void tst_SqlDialect::jsonSelectReadsBack()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const SqlDialect &d = db->dialect();
    const QJsonObject details { { QStringLiteral("venue"), QStringLiteral("Harbour \"Loft\"") },
        { QStringLiteral("fields"),
            QJsonArray { QStringLiteral("notes"), QStringLiteral("city") } } };
    const QString id = newId();
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO activity_logs (id, action, details) VALUES (:id, 'test', %1)")
            .arg(d.jsonParam(QStringLiteral(":details"))),
        { { QStringLiteral(":id"), id },
            { QStringLiteral(":details"),
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)) } }));
    auto stored = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT %1 FROM activity_logs WHERE id = :id")
            .arg(d.jsonSelect(QStringLiteral("details"))),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(stored);
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(stored->toString().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.object(), details);
}

void tst_SqlDialect::booleanLiteralsWorkOnBoth()
{
    // TRUE and FALSE need no dialect: PostgreSQL's booleans and SQLite's 0/1 columns both take
    // them.
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString id = newId();
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral(
            "INSERT INTO catering_providers (id, name, is_deleted) VALUES (:id, 'Caterer', TRUE)"),
        { { QStringLiteral(":id"), id } }));
    auto deleted = db->scalar(QStringLiteral("test"),
        QStringLiteral(
            "SELECT count(*) FROM catering_providers WHERE is_deleted = TRUE AND id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(deleted);
    QCOMPARE(deleted->toInt(), 1);
    auto bare = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT is_deleted FROM catering_providers WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(bare);
    QCOMPARE(bare->toBool(), true);
}

void tst_SqlDialect::accountsFollowTheBackend()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    QCOMPARE(db->dialect().accounts(),
        tmp.isPostgres() ? SqlDialect::Accounts::LoginRoles : SqlDialect::Accounts::PasswordHashes);
}

QTEST_GUILESS_MAIN(tst_SqlDialect)
#include "tst_sqldialect.moc"
