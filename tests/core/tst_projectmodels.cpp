// The project-workflow item models under QAbstractItemModelTester, fed from real databases, and
// the shortlist model's in-place edits saving through its ShortlistEditor (off the GUI thread).
#include "itemmodels/activitymodel.h"
#include "itemmodels/cateringmodel.h"
#include "itemmodels/projectlistmodel.h"
#include "itemmodels/shortlistmodel.h"
#include "itemmodels/suggestionmodel.h"
#include "repositories/cateringrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "services/shortlisteditor.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_ProjectModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTester_data() { addBackendRows(); }
    void modelsPassTester();
    void shortlistEditsSave_data() { addBackendRows(); }
    void shortlistEditsSave();
    void shortlistConflictShowsTheirs_data() { addBackendRows(); }
    void shortlistConflictShowsTheirs();
};

struct Book
{
    QString anna;
    Project project;
    QList<ProjectVenue> rows;
    CateringProvider caterer;
};

static Book makeBook(const Database &db)
{
    Book b;
    b.anna = insertUser(db, QStringLiteral("Anna"));
    ProjectRepository projects(db, b.anna);
    Project p;
    p.clientName = QStringLiteral("Acme");
    p.eventName = QStringLiteral("Summit");
    p.attendees = 80;
    p.city = QStringLiteral("Lisbon");
    b.project = *projects.addProject(p);
    CateringRepository caterers(db);
    CateringProvider c;
    c.name = QStringLiteral("Feast & Co");
    b.caterer = *caterers.addProvider(c);
    OutreachRepository outreach(db, b.anna);
    QStringList ids;
    for (const char *n : { "Harbour Loft", "Old Mill", "Red Barn" })
        ids << insertVenue(db, QString::fromLatin1(n));
    b.rows = outreach.addVenues(b.project.id, ids)->added;
    return b;
}

void tst_ProjectModels::modelsPassTester()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    Book b = makeBook(*db);

    ProjectRepository projects(*db, b.anna);
    ProjectListModel projectModel;
    QAbstractItemModelTester t1(
        &projectModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto list = projects.fetchProjects();
    VM_VERIFY_OK(list);
    projectModel.setProjects(*list);
    QCOMPARE(projectModel.rowCount(), 1);
    QCOMPARE(projectModel.index(0, ProjectListModel::Shortlisted).data().toInt(), 3);
    QCOMPARE(
        projectModel.index(0, ProjectListModel::Client).data().toString(), QStringLiteral("Acme"));
    projectModel.setProjects({});
    QCOMPARE(projectModel.rowCount(), 0);

    OutreachRepository outreach(*db, b.anna);
    ShortlistEditor editor(*db, b.anna);
    ShortlistModel shortlist(&outreach, &editor);
    QAbstractItemModelTester t2(&shortlist, QAbstractItemModelTester::FailureReportingMode::QtTest);
    shortlist.setProjectId(b.project.id);
    VM_VERIFY_OK(shortlist.reload());
    QCOMPARE(shortlist.rowCount(), 3);
    QVERIFY(shortlist.setStatus(0, OutreachStatus::Sent));
    QVERIFY(shortlist.removeEntry(2));
    QTRY_COMPARE(shortlist.rowCount(), 2);
    QTRY_VERIFY(!editor.isBusy());

    ActivityRepository log(*db, b.anna);
    ActivityModel activity;
    QAbstractItemModelTester t3(&activity, QAbstractItemModelTester::FailureReportingMode::QtTest);
    activity.setEntries(*log.fetchForProject(b.project.id));
    QVERIFY(activity.rowCount() >= 5);
    QCOMPARE(activity.index(0, ActivityModel::What).data().toString(),
        QStringLiteral("Anna removed Red Barn from the shortlist"));

    CateringRepository caterers(*db);
    CateringModel cateringModel;
    QAbstractItemModelTester t4(
        &cateringModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    cateringModel.setProviders(*caterers.fetchProviders(true));
    QCOMPARE(cateringModel.rowCount(), 1);

    SuggestionService suggestions(*db);
    SuggestionModel suggestionModel;
    QAbstractItemModelTester t5(
        &suggestionModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    insertVenue(*db, QStringLiteral("Spare Hall"));
    auto ranked = suggestions.suggest(b.project);
    VM_VERIFY_OK(ranked);
    suggestionModel.setSuggestions(*ranked);
    QCOMPARE(suggestionModel.rowCount(), 2); // Red Barn (removed again) and Spare Hall
    suggestionModel.setChecked(0, true);
    QCOMPARE(suggestionModel.checkedVenueIds().size(), 1);

    // Adding to the shortlist and reordering it reset its model with the rows read again.
    QSignalSpy added(&shortlist, &ShortlistModel::added);
    QSignalSpy reordered(&shortlist, &ShortlistModel::reordered);
    shortlist.addVenues({ insertVenue(*db, QStringLiteral("Blue Barn")) });
    QTRY_COMPARE(added.size(), 1);
    QCOMPARE(shortlist.rowCount(), 3);
    QVERIFY(shortlist.moveEntry(2, 0));
    QVERIFY(!shortlist.moveEntry(2, 3));
    QTRY_COMPARE(reordered.size(), 1);
    QCOMPARE(shortlist.entryAt(0)->venueName, QStringLiteral("Blue Barn"));
}

void tst_ProjectModels::shortlistEditsSave()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    Book b = makeBook(*db);
    OutreachRepository outreach(*db, b.anna);
    ShortlistEditor editor(*db, b.anna);
    ShortlistModel model(&outreach, &editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjectId(b.project.id);
    model.setCaterers({ b.caterer });
    VM_VERIFY_OK(model.reload());
    QSignalSpy saved(&model, &ShortlistModel::saved);
    QSignalSpy needReason(&model, &ShortlistModel::declineReasonNeeded);
    QSignalSpy failed(&model, &ShortlistModel::failed);

    QVERIFY(
        model.setData(model.index(0, ShortlistModel::Include), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(0, ShortlistModel::Caterer), b.caterer.id));
    QVERIFY(model.setData(model.index(0, ShortlistModel::Price), QStringLiteral("12500.50")));
    QVERIFY(model.setData(model.index(0, ShortlistModel::Notes), QStringLiteral("Terrace")));
    QVERIFY(model.setData(model.index(0, ShortlistModel::Status), int(OutreachStatus::Sent)));
    // Five quick edits of one row, saved in order off the GUI thread, none conflicting with the
    // last.
    QTRY_COMPARE(saved.size(), 5);
    QCOMPARE(
        model.index(0, ShortlistModel::Caterer).data().toString(), QStringLiteral("Feast & Co"));
    QVERIFY(!model.index(0, ShortlistModel::Sent).data().toString().isEmpty());

    // Declining asks for a reason first and saves nothing yet.
    QVERIFY(!model.setData(model.index(1, ShortlistModel::Status), int(OutreachStatus::Declined)));
    QCOMPARE(needReason.size(), 1);
    QCOMPARE(needReason.first().first().toInt(), 1);
    QVERIFY(model.setStatus(1, OutreachStatus::Declined, QStringLiteral("Closed for works")));
    QTRY_COMPARE(
        model.index(1, ShortlistModel::Status).data().toString(), QStringLiteral("Declined"));
    QVERIFY(model.index(1, ShortlistModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Declined: Closed for works")));

    QVERIFY(!model.setData(model.index(2, ShortlistModel::Price), QStringLiteral("lots")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(model.lastError().kind, DbError::Kind::Validation);

    // All of it is in the database.
    auto rows = outreach.fetchShortlist(b.project.id);
    VM_VERIFY_OK(rows);
    const ProjectVenue &r = rows->first().row;
    QVERIFY(r.includeInProposal);
    QCOMPARE(r.cateringProviderId, b.caterer.id);
    QCOMPARE(r.quotedPriceCents, std::optional<qint64>(1'250'050));
    QCOMPARE(r.notes, QStringLiteral("Terrace"));
    QCOMPARE(r.status, OutreachStatus::Sent);
    QCOMPARE(rows->at(1).row.status, OutreachStatus::Declined);
}

void tst_ProjectModels::shortlistConflictShowsTheirs()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    auto db2 = tmp.open(uniqueConnectionName(QStringLiteral("ben")));
    VM_VERIFY_OK(db2);
    Book b = makeBook(*db);
    OutreachRepository anna(*db, b.anna);
    OutreachRepository ben(*db2, insertUser(*db, QStringLiteral("Ben")));
    ShortlistEditor editor(*db, b.anna);
    ShortlistModel model(&anna, &editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjectId(b.project.id);
    VM_VERIFY_OK(model.reload());
    QSignalSpy failed(&model, &ShortlistModel::failed);

    VM_VERIFY_OK(ben.setStatus(b.rows.first().id, 1, OutreachStatus::Responded));
    // Handed to the editor; the conflict is what comes back.
    QVERIFY(model.setData(model.index(0, ShortlistModel::Notes), QStringLiteral("Mine")));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(model.lastError().kind, DbError::Kind::Conflict);
    // The model re-read the rows: Ben's status is on screen, Anna's note is not.
    QCOMPARE(model.index(0, ShortlistModel::Status).data(ShortlistModel::StatusRole).toInt(),
        int(OutreachStatus::Responded));
    QVERIFY(model.index(0, ShortlistModel::Notes).data().toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProjectModels)
#include "tst_projectmodels.moc"
