// Project settings and archive (issue 14, migration 0017): a project's currency (ISO 4217) and
// client-document language are validated and stored; archiving hides a project from the default
// list and makes it read-only in the database itself (raw SQL on its row, shortlist, dates and
// holds is refused); restoring gives back the status it had. venuemapctl projects does the same.
// Both backends.
#include "domain/currency.h"
#include "domain/hold.h"
#include "repositories/holdrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

struct Book
{
    QString anna;
    QString venue, otherVenue;
    Project project; // completed, shortlisted, with a date range and a hold
    QString row;
    DateRange days;
    Hold hold;
};

Book makeBook(const Database &db)
{
    Book b;
    b.anna = insertUser(db, QStringLiteral("Anna"));
    b.venue = insertVenue(db, QStringLiteral("Fábrica 21"), QStringLiteral("Lisbon"), 400);
    b.otherVenue = insertVenue(db, QStringLiteral("Kulturbrauerei"), QStringLiteral("Berlin"), 900);
    ProjectRepository projects(db, b.anna);
    Project p;
    p.clientName = QStringLiteral("Acme Pharma");
    p.eventName = QStringLiteral("Spring Summit");
    p.status = ProjectStatus::Completed;
    p.currency = QStringLiteral("gbp");
    p.language = QStringLiteral("fr");
    b.project = *projects.addProject(p);
    OutreachRepository outreach(db, b.anna);
    b.row = outreach.addVenues(b.project.id, { b.venue })->added.first().id;
    HoldRepository holds(db, b.anna);
    b.days = *holds.addDateRange(b.project.id, QDate(2027, 5, 12), QDate(2027, 5, 14), true);
    HoldDraft d;
    d.projectVenueId = b.row;
    d.dateRangeId = b.days.id;
    d.status = HoldStatus::FirstOption;
    b.hold = *holds.placeHold(d);
    b.project = *projects.fetchProject(b.project.id);
    return b;
}

// Runs one statement that must be refused because the project is archived.
void verifyRefused(const Database &db, const QString &sql, const Binds &binds)
{
    auto r = db.exec(QStringLiteral("test"), sql, binds);
    QVERIFY2(!r, qPrintable(sql));
    QVERIFY2(r.error().sentence().contains(QStringLiteral("archived")),
        qPrintable(r.error().sentence() + QLatin1Char('\n') + r.error().details()));
}

QStringList ids(const QList<ProjectSummary> &list)
{
    QStringList out;
    for (const ProjectSummary &s : list)
        out << s.project.id;
    return out;
}

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

} // namespace

class tst_ProjectArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void currencyCodes();
    void currencyAndLanguageAreStored_data() { addBackendRows(); }
    void currencyAndLanguageAreStored();
    void archiveHidesAndRestoreGivesBackTheStatus_data() { addBackendRows(); }
    void archiveHidesAndRestoreGivesBackTheStatus();
    void archivedProjectRefusesRawSql_data() { addBackendRows(); }
    void archivedProjectRefusesRawSql();
    void appWritesToAnArchivedProjectSaySo_data() { addBackendRows(); }
    void appWritesToAnArchivedProjectSaySo();
    void commandLine_data() { addBackendRows(); }
    void commandLine();
};

void tst_ProjectArchive::currencyCodes()
{
    QCOMPARE(
        parseCurrencyCode(QStringLiteral(" eur ")), std::optional<QString>(QStringLiteral("EUR")));
    QCOMPARE(
        parseCurrencyCode(QStringLiteral("CHF")), std::optional<QString>(QStringLiteral("CHF")));
    QVERIFY(!parseCurrencyCode(QStringLiteral("EURO")));
    QVERIFY(!parseCurrencyCode(QStringLiteral("XYZ")));
    QVERIFY(currencyProblem(QStringLiteral("USD")).isEmpty());
    QVERIFY(currencyProblem(QStringLiteral("XYZ")).contains(QStringLiteral("ISO 4217")));
    for (const QString &c : commonCurrencyCodes())
        QVERIFY2(parseCurrencyCode(c), qPrintable(c));
    QCOMPARE(documentLanguageName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
    QVERIFY(isDocumentLanguage(QStringLiteral("fr")));
    QVERIFY(!isDocumentLanguage(QStringLiteral("xx")));
}

void tst_ProjectArchive::currencyAndLanguageAreStored()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    ProjectRepository projects(*db, anna);
    Project p;
    p.clientName = QStringLiteral("Nordwind");
    p.eventName = QStringLiteral("Jahrestagung");
    // Unknown currency and language: refused with a sentence naming the field, nothing written.
    p.currency = QStringLiteral("XYZ");
    auto bad = projects.addProject(p);
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, DbError::Kind::Validation);
    QVERIFY2(bad.error().sentence().contains(QStringLiteral("Currency \"XYZ\"")),
        qPrintable(bad.error().sentence()));
    p.currency = QStringLiteral("chf");
    p.language = QStringLiteral("xx");
    bad = projects.addProject(p);
    QVERIFY(!bad);
    QVERIFY2(bad.error().sentence().contains(QStringLiteral("client language")),
        qPrintable(bad.error().sentence()));
    QCOMPARE(db->scalar(QStringLiteral("test"), QStringLiteral("SELECT count(*) FROM projects"))
                 ->toInt(),
        0);
    p.language = QStringLiteral("nl");
    auto saved = projects.addProject(p);
    VM_VERIFY_OK(saved);
    QCOMPARE(saved->currency, QStringLiteral("CHF"));
    auto read = projects.fetchProject(saved->id);
    QCOMPARE(read->currency, QStringLiteral("CHF"));
    QCOMPARE(read->language, QStringLiteral("nl"));
    Project edited = *read;
    edited.currency = QStringLiteral("usd");
    edited.language = QStringLiteral("nl");
    VM_VERIFY_OK(projects.updateProject(edited));
    read = projects.fetchProject(saved->id);
    QCOMPARE(read->currency, QStringLiteral("USD"));
    QCOMPARE(read->language, QStringLiteral("nl"));
    // A project another program writes without them gets the defaults; the database refuses
    // a code that is not three capitals or a language that is not two small letters.
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO projects (id, client_name, event_name) "
                       "VALUES (:id, 'Seed', 'Backend row')"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) } }));
    auto seeded = db->firstRow({ QStringLiteral("test"), QStringLiteral("read") },
        QStringLiteral("SELECT currency, language FROM projects WHERE client_name = 'Seed'"));
    VM_VERIFY_OK(seeded);
    QCOMPARE((*seeded)->value(0).toString(), QStringLiteral("EUR"));
    QCOMPARE((*seeded)->value(1).toString(), QStringLiteral("en"));
    QVERIFY(!db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE projects SET currency = 'eu' WHERE id = :id"),
        { { QStringLiteral(":id"), saved->id } }));
    QVERIFY(!db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE projects SET language = 'French' WHERE id = :id"),
        { { QStringLiteral(":id"), saved->id } }));
}

void tst_ProjectArchive::archiveHidesAndRestoreGivesBackTheStatus()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    ProjectRepository projects(*db, b.anna);
    Project other;
    other.clientName = QStringLiteral("Nordwind");
    other.eventName = QStringLiteral("Jahrestagung");
    other = *projects.addProject(other);
    QCOMPARE(ids(*projects.fetchProjects()).size(), 2);

    auto archived = projects.archiveProject(b.project);
    VM_VERIFY_OK(archived);
    QVERIFY(archived->isArchived());
    QCOMPARE(archived->status, ProjectStatus::Completed);
    QCOMPARE(archived->version, b.project.version + 1);
    // Gone from the default list and the counts, there when asked for.
    QCOMPARE(ids(*projects.fetchProjects()), QStringList { other.id });
    ProjectFilter onlyArchived;
    onlyArchived.onlyArchived = true;
    QCOMPARE(ids(*projects.fetchProjects(onlyArchived)), QStringList { b.project.id });
    ProjectFilter all;
    all.includeArchived = true;
    QCOMPARE(ids(*projects.fetchProjects(all)).size(), 2);
    QCOMPARE(projects.countByStatus()->value(ProjectStatus::Completed), 0);
    auto read = projects.fetchProject(b.project.id);
    QVERIFY(read->isArchived());
    QCOMPARE(read->archivedBy, b.anna);
    QVERIFY(qAbs(read->archivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // Editing it through the app: a sentence, nothing changed.
    Project edited = *read;
    edited.eventName = QStringLiteral("Renamed");
    auto refused = projects.updateProject(edited);
    QVERIFY(!refused);
    QVERIFY2(refused.error().sentence().contains(QStringLiteral("archived")),
        qPrintable(refused.error().sentence()));
    // Archiving from a stale version is a conflict.
    QVERIFY(!projects.restoreProject(b.project));

    auto restored = projects.restoreProject(*read);
    VM_VERIFY_OK(restored);
    QVERIFY(!restored->isArchived());
    read = projects.fetchProject(b.project.id);
    QVERIFY(!read->isArchived());
    QCOMPARE(read->status, ProjectStatus::Completed); // the status it had
    QCOMPARE(read->eventName, QStringLiteral("Spring Summit"));
    QCOMPARE(ids(*projects.fetchProjects()).size(), 2);
    // And it can be changed again.
    edited = *read;
    edited.eventName = QStringLiteral("Spring Summit 2027");
    VM_VERIFY_OK(projects.updateProject(edited));
    // The activity log says who archived and restored it.
    auto actions = db->exec(QStringLiteral("test"),
        QStringLiteral(
            "SELECT action FROM activity_logs WHERE project_id = :p "
            "AND action IN ('project_archived', 'project_restored') ORDER BY created_at"),
        { { QStringLiteral(":p"), b.project.id } });
    QStringList seen;
    while (actions->next())
        seen << actions->value(0).toString();
    QCOMPARE(seen,
        (QStringList { QStringLiteral("project_archived"), QStringLiteral("project_restored") }));
}

void tst_ProjectArchive::archivedProjectRefusesRawSql()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    ProjectRepository projects(*db, b.anna);
    VM_VERIFY_OK(projects.archiveProject(b.project));
    const auto id = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    const Binds project { { QStringLiteral(":p"), b.project.id } };

    // The project row: any change but restoring, and deleting it.
    verifyRefused(
        *db, QStringLiteral("UPDATE projects SET event_name = 'x' WHERE id = :p"), project);
    verifyRefused(
        *db, QStringLiteral("UPDATE projects SET status = 'active' WHERE id = :p"), project);
    verifyRefused(*db,
        QStringLiteral(
            "UPDATE projects SET archived_at = NULL, notes = 'sneaked in' WHERE id = :p"),
        project);
    verifyRefused(*db, QStringLiteral("DELETE FROM projects WHERE id = :p"), project);
    // The shortlist: insert, update, delete.
    verifyRefused(*db,
        QStringLiteral(
            "INSERT INTO project_venues (id, project_id, venue_id) VALUES (:id, :p, :v)"),
        { { QStringLiteral(":id"), id() }, { QStringLiteral(":p"), b.project.id },
            { QStringLiteral(":v"), b.otherVenue } });
    verifyRefused(*db,
        QStringLiteral("UPDATE project_venues SET notes = 'x' WHERE project_id = :p"), project);
    verifyRefused(*db, QStringLiteral("DELETE FROM project_venues WHERE project_id = :p"), project);
    // The date ranges.
    verifyRefused(*db,
        QStringLiteral("INSERT INTO project_dates (id, project_id, starts_on, ends_on) "
                       "VALUES (:id, :p, '2027-06-01', '2027-06-02')"),
        { { QStringLiteral(":id"), id() }, { QStringLiteral(":p"), b.project.id } });
    verifyRefused(*db,
        QStringLiteral("UPDATE project_dates SET ends_on = '2027-05-15' WHERE project_id = :p"),
        project);
    verifyRefused(*db, QStringLiteral("DELETE FROM project_dates WHERE project_id = :p"), project);
    // The holds.
    const Binds hold { { QStringLiteral(":h"), b.hold.id } };
    verifyRefused(*db, QStringLiteral("UPDATE holds SET status = 'confirmed' WHERE id = :h"), hold);
    verifyRefused(*db, QStringLiteral("DELETE FROM holds WHERE id = :h"), hold);
    verifyRefused(*db,
        QStringLiteral(
            "INSERT INTO holds (id, project_venue_id, venue_id, project_date_id, "
            "starts_on, ends_on) VALUES (:id, :row, :v, :d, '2027-05-12', '2027-05-14')"),
        { { QStringLiteral(":id"), id() }, { QStringLiteral(":row"), b.row },
            { QStringLiteral(":v"), b.venue }, { QStringLiteral(":d"), b.days.id } });

    // Nothing changed.
    auto row = db->firstRow({ QStringLiteral("test"), QStringLiteral("read") },
        QStringLiteral("SELECT p.event_name, p.status, (SELECT count(*) FROM project_venues pv "
                       "WHERE pv.project_id = p.id), (SELECT count(*) FROM project_dates d "
                       "WHERE d.project_id = p.id), (SELECT status FROM holds WHERE id = :h) "
                       "FROM projects p WHERE p.id = :p"),
        { { QStringLiteral(":p"), b.project.id }, { QStringLiteral(":h"), b.hold.id } });
    VM_VERIFY_OK(row);
    QCOMPARE((*row)->value(0).toString(), QStringLiteral("Spring Summit"));
    QCOMPARE((*row)->value(1).toString(), QStringLiteral("completed"));
    QCOMPARE((*row)->value(2).toInt(), 1);
    QCOMPARE((*row)->value(3).toInt(), 1);
    QCOMPARE((*row)->value(4).toString(), QStringLiteral("first_option"));

    // Restoring by raw SQL (archived_at back to NULL, nothing else) is the one write allowed.
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE projects SET archived_at = NULL, archived_by = NULL, "
                       "version = version + 1 WHERE id = :p"),
        project));
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE project_venues SET notes = 'after restore' WHERE project_id = :p"),
        project));
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE holds SET status = 'tentative' WHERE id = :h"), hold));
}

void tst_ProjectArchive::appWritesToAnArchivedProjectSaySo()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    VM_VERIFY_OK(ProjectRepository(*db, b.anna).archiveProject(b.project));
    OutreachRepository outreach(*db, b.anna);
    auto added = outreach.addVenues(b.project.id, { b.otherVenue });
    QVERIFY(!added);
    QVERIFY2(added.error().sentence().contains(
                 QStringLiteral("This project is archived. Restore it to change it.")),
        qPrintable(added.error().sentence()));
    HoldRepository holds(*db, b.anna);
    auto confirmed = holds.setStatus(b.hold.id, b.hold.version, HoldStatus::Confirmed);
    QVERIFY(!confirmed);
    QVERIFY2(confirmed.error().sentence().contains(QStringLiteral("archived")),
        qPrintable(confirmed.error().sentence()));
    auto range = holds.addDateRange(b.project.id, QDate(2027, 6, 1), QDate(2027, 6, 2), false);
    QVERIFY(!range);
    QVERIFY2(range.error().sentence().contains(QStringLiteral("archived")),
        qPrintable(range.error().sentence()));
}

void tst_ProjectArchive::commandLine()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    const DatabaseUrl url = tmp.url();
    Ctl r = runCtl(url, { QStringLiteral("projects"), QStringLiteral("archive"), b.project.id });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8())
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("archived_at"))
                 .isNull());
    r = runCtl(url, { QStringLiteral("projects"), QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    r = runCtl(url,
        { QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--archived"),
            QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("client,event,status")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Acme Pharma,Spring Summit,completed")));
    QVERIFY(r.out.contains(QStringLiteral(",GBP,fr,")));
    r = runCtl(url, { QStringLiteral("projects"), QStringLiteral("archive"), b.project.id });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already archived")), qPrintable(r.err));
    r = runCtl(url, { QStringLiteral("projects"), QStringLiteral("restore"), b.project.id });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCtl(url,
        { QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("table") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Spring Summit")));
    r = runCtl(url, { QStringLiteral("projects"), QStringLiteral("archive") });
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_ProjectArchive)
#include "tst_projectarchive.moc"
