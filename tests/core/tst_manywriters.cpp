// Many writers: 8 processes make 1,000 edits each to the same 100 venues and 100
// shortlist rows through the app's repositories, retrying on conflict. No edit is lost, no
// deadlock or serialization error reaches anyone, and the activity log has one row per change.
#include "domain/activity.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/venuerepository.h"
#include "testdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QUuid>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_ManyWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noLostUpdates_data() { addBackendRows(); }
    void noLostUpdates();
};

void tst_ManyWriters::noLostUpdates()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO users (id, name, email) VALUES (:id, 'Stress Tester', "
                       "'stress@agency.example')"),
        { { QStringLiteral(":id"), userId } }));
    VenueRepository venues(*db);
    QStringList venueIds;
    for (int i = 0; i < 100; ++i) {
        Venue v;
        v.name = QStringLiteral("Venue %1").arg(i, 3, 10, QLatin1Char('0'));
        v.city = QStringLiteral("Lisbon");
        v.capacity = 100 + i;
        auto added = venues.addVenue(v);
        VM_VERIFY_OK(added);
        venueIds << added->id;
    }
    ProjectRepository projects(*db, userId);
    Project p;
    p.clientName = QStringLiteral("Acme");
    p.eventName = QStringLiteral("Stress Gala");
    auto project = projects.addProject(p);
    VM_VERIFY_OK(project);
    OutreachRepository outreach(*db, userId);
    auto added = outreach.addVenues(project->id, venueIds);
    VM_VERIFY_OK(added);
    QCOMPARE(added->added.size(), 100);
    auto logBefore = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM activity_logs WHERE action = :a"),
        { { QStringLiteral(":a"), Action::ShortlistEdited } });
    VM_VERIFY_OK(logBefore);

    const int workers = 8, edits = 1000;
    QList<QProcess *> procs;
    for (int w = 0; w < workers; ++w) {
        auto *proc = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VENUEMAP_DB"), tmp.url().toFullString());
        proc->setProcessEnvironment(env);
        proc->start(QStringLiteral(VENUEMAP_STRESS_WRITER_PATH),
            { QString::number(w), QString::number(edits), userId, project->id });
        procs << proc;
    }
    int venueEdits = 0, shortlistEdits = 0, conflicts = 0;
    for (QProcess *proc : procs) {
        QVERIFY(proc->waitForFinished(600000));
        const QString out = QString::fromUtf8(proc->readAllStandardOutput());
        const QString err = QString::fromUtf8(proc->readAllStandardError());
        QVERIFY2(proc->exitCode() == 0, qPrintable(err));
        const auto number = [&](const QString &key) {
            return QRegularExpression(key + QStringLiteral(": (\\d+)"))
                .match(out)
                .captured(1)
                .toInt();
        };
        QCOMPARE(number(QStringLiteral("edits")), edits);
        venueEdits += number(QStringLiteral("venue_edits"));
        shortlistEdits += number(QStringLiteral("shortlist_edits"));
        conflicts += number(QStringLiteral("conflicts"));
        delete proc;
    }
    qInfo("%d venue edits, %d shortlist edits, %d conflicts retried", venueEdits, shortlistEdits,
        conflicts);

    // Every edit's token is in exactly one row, exactly once.
    QSet<QString> seen;
    int tokens = 0;
    for (const QString &table :
        QStringList { QStringLiteral("venues"), QStringLiteral("project_venues") }) {
        auto q = db->exec(
            QStringLiteral("test"), QStringLiteral("SELECT notes, version FROM %1").arg(table));
        VM_VERIFY_OK(q);
        while (q->next()) {
            const QStringList parts
                = q->value(0).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
            // Each saved edit bumped the version by one.
            QCOMPARE(q->value(1).toInt(), 1 + int(parts.size()));
            for (const QString &t : parts) {
                QVERIFY2(
                    !seen.contains(t), qPrintable(QStringLiteral("edit %1 applied twice").arg(t)));
                seen.insert(t);
                ++tokens;
            }
        }
    }
    QCOMPARE(tokens, workers * edits);
    QCOMPARE(venueEdits + shortlistEdits, workers * edits);
    auto logAfter = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM activity_logs WHERE action = :a"),
        { { QStringLiteral(":a"), Action::ShortlistEdited } });
    VM_VERIFY_OK(logAfter);
    QCOMPARE(logAfter->toInt() - logBefore->toInt(), shortlistEdits);
}

QTEST_GUILESS_MAIN(tst_ManyWriters)
#include "tst_manywriters.moc"
