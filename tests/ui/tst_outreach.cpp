// Outreach deadlines and decline reasons through the GUI, on real databases (both backends): the
// decline dialog stores the chosen reason and note, the chase list's "Change answer-by date…"
// moves a venue in and out of the overdue ones, and the Reports page counts declines by reason
// as the repository does. No statement runs on the GUI thread.
#include "dateedit.h"
#include "domain/declinecode.h"
#include "domain/language.h"
#include "itemmodels/shortlistmodel.h"
#include "projects/declinedialog.h"
#include "projects/outreachpanel.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "projects/reportspage.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "services/shortlisteditor.h"
#include "testdatabase.h"
#include "workflowbook.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace VenueMap::Ui;

class tst_Outreach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The English plural forms guiMain installs ("3 days overdue", not "3 day(s) overdue").
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_plurals); }
    void reasonTextStoresTheCode_data();
    void reasonTextStoresTheCode();
    void declineThroughTheDialog_data() { addBackendRows(); }
    void declineThroughTheDialog();
    void respondDaysSettingWhenMarkedSent_data() { addBackendRows(); }
    void respondDaysSettingWhenMarkedSent();
    void changeRespondByFromTheChaseList_data() { addBackendRows(); }
    void changeRespondByFromTheChaseList();
    void declinesReportMatchesTheRepository_data() { addBackendRows(); }
    void declinesReportMatchesTheRepository();

private:
    EnglishPlurals m_plurals;
};

namespace {

struct StoredDecline
{
    QString status, code, note, reason;
};

StoredDecline readDecline(const Database &db, const QString &id)
{
    StoredDecline r;
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("SELECT outreach_status, decline_code, decline_note, decline_reason "
                       "FROM project_venues WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    if (q && q->next())
        r = { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
            q->value(3).toString() };
    return r;
}

void setRow(const Database &db, const QString &id, const QString &column, const QVariant &value)
{
    // Fixture only: the column is one of this file's literals, never typed text.
    auto done = db.exec(QStringLiteral("fixture"),
        QStringLiteral("UPDATE project_venues SET %1 = :v WHERE id = :id").arg(column),
        { { QStringLiteral(":v"), value }, { QStringLiteral(":id"), id } });
    if (!done)
        qFatal("fixture failed: %s", qPrintable(done.error().details()));
}

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

// The workflow book with deadlines: on the summit's shortlist Old Mill is 3 days overdue, Azulejo
// 1 day, Casa do Rio due in 4 days, Jardim Estrela due in 6; and declines with different reasons
// in Lisbon and Porto over three projects.
struct OutreachBook
{
    WorkflowBook book;
    QStringList summitRows; // project_venues ids in the summit's shortlist order
    QList<int> summitVersions; // their versions once the book is made
};

OutreachBook makeOutreachBook(const Database &db)
{
    OutreachBook o;
    o.book = makeWorkflowBook(db);
    OutreachRepository repo(db, o.book.annaId);
    auto shortlist = repo.fetchShortlist(o.book.summit.id);
    if (!shortlist)
        qFatal("no shortlist");
    for (const ShortlistEntry &e : *shortlist)
        o.summitRows << e.row.id;
    // Azulejo (3) and Jardim Estrela (5) asked too.
    (void)repo.setStatus(o.summitRows[3], 1, OutreachStatus::Sent);
    (void)repo.setStatus(o.summitRows[5], 1, OutreachStatus::Awaiting);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const struct
    {
        int row;
        int askedDaysAgo;
        int dueInDays;
    } deadlines[] { { 1, 12, -3 }, { 2, 3, 4 }, { 3, 8, -1 }, { 5, 1, 6 } };
    for (const auto &d : deadlines) {
        setRow(db, o.summitRows[d.row], QStringLiteral("sent_at"),
            db.dialect().toDb(now.addDays(-d.askedDaysAgo)));
        setRow(db, o.summitRows[d.row], QStringLiteral("respond_by"),
            Sql::date(today().addDays(d.dueInDays)));
    }

    // Declines in other projects, with reasons from the list, in Lisbon and Porto.
    ProjectRepository projects(db, o.book.annaId);
    const auto ids = o.book.venueIds;
    auto declineAll = [&](const QString &event, const QString &city,
                          const QList<QPair<int, DeclineCode>> &declines) {
        Project p;
        p.clientName = QStringLiteral("Northwind Traders");
        p.eventName = event;
        p.eventDate = today().addMonths(4);
        p.attendees = 160;
        p.city = city;
        auto project = projects.addProject(p);
        if (!project)
            qFatal("no project");
        QStringList venues;
        for (const auto &[venue, code] : declines)
            venues << ids[venue];
        auto added = repo.addVenues(project->id, venues);
        if (!added)
            qFatal("not added");
        for (int i = 0; i < declines.size(); ++i)
            (void)repo.decline(added->added[i].id, 1, declines[i].second,
                i % 2 ? QStringLiteral("Said so on the phone") : QString());
    };
    declineAll(QStringLiteral("Partner Forum"), QStringLiteral("Porto"),
        { { 6, DeclineCode::RateTooHigh }, { 0, DeclineCode::DatesUnavailable },
            { 8, DeclineCode::DatesUnavailable } });
    declineAll(QStringLiteral("Summer Gala"), QStringLiteral("Lisbon"),
        { { 6, DeclineCode::DatesUnavailable }, { 7, DeclineCode::CapacityTooSmall },
            { 9, DeclineCode::TooShortNotice }, { 2, DeclineCode::SelectedAnotherVenue } });
    for (const QString &id : o.summitRows) {
        auto e = repo.fetchEntry(id);
        o.summitVersions << (e ? e->row.version : -1);
    }
    return o;
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("VENUEMAP_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

// The dialog hands the shortlist model declineReasonText(code, note) as the reason text (the
// model and its editor take text); the database derives decline_code and decline_note from it
// (migration 0014), so every reason, with or without a note, is stored as that reason.
void tst_Outreach::reasonTextStoresTheCode_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("note");
    for (const QString &backend : { QStringLiteral("sqlite"), QStringLiteral("postgresql") })
        for (DeclineCode c : allDeclineCodes())
            for (const QString &note :
                { QString(), QStringLiteral("Booked: a wedding, then works") }) {
                const QString name = backend + QLatin1Char(' ') + declineCodeToDb(c)
                    + (note.isEmpty() ? QString() : QStringLiteral(" with note"));
                QTest::newRow(qPrintable(name)) << backend << int(c) << note;
            }
}

void tst_Outreach::reasonTextStoresTheCode()
{
    QFETCH(int, code);
    QFETCH(QString, note);
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    OutreachRepository repo(*db, book.annaId);
    auto shortlist = repo.fetchShortlist(book.summit.id);
    VM_VERIFY_OK(shortlist);
    const ProjectVenue row = shortlist->at(2).row; // Casa do Rio, sent
    const auto c = DeclineCode(code);
    auto stored
        = repo.setStatus(row.id, row.version, OutreachStatus::Declined, declineReasonText(c, note));
    VM_VERIFY_OK(stored);
    const StoredDecline r = readDecline(*db, row.id);
    QCOMPARE(r.status, QStringLiteral("declined"));
    QCOMPARE(r.code, declineCodeToDb(c));
    QCOMPARE(r.note, note);
    QCOMPARE(r.reason, declineReasonText(c, note));
}

// Declining through the dialog: Mark declined waits for a reason (its tooltip says why), and the
// chosen reason and the note are what the database row holds.
void tst_Outreach::declineThroughTheDialog()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    OutreachBook o = makeOutreachBook(*db);
    ProjectsPage page(*db, o.book.anna);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    const qint64 onGuiThread = Database::statementsOnMainThread();
    page.openProject(o.book.summit.id);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(!ws->isOpening());
    ShortlistModel *model = ws->shortlistModel();
    const int casa = model->rowOf(o.summitRows[2]);
    QCOMPARE(model->entryAt(casa)->venueName, QStringLiteral("Casa do Rio"));

    ws->requestStatus(casa, OutreachStatus::Declined);
    QTRY_VERIFY(ws->declineDialog());
    DeclineDialog *dialog = ws->declineDialog();
    QTRY_VERIFY(dialog->isVisible());
    QPushButton *ok = dialog->declineButton();
    QVERIFY(!ok->isEnabled());
    QCOMPARE(ok->toolTip(), QStringLiteral("Choose the reason first."));
    QCOMPARE(dialog->reasonCombo()->currentIndex(), -1);
    QStringList labels;
    for (int i = 0; i < dialog->reasonCombo()->count(); ++i)
        labels << dialog->reasonCombo()->itemText(i);
    QCOMPARE(labels,
        QStringList({ QStringLiteral("Dates unavailable"), QStringLiteral("Capacity too small"),
            QStringLiteral("Rate too high"), QStringLiteral("Client chose another venue"),
            QStringLiteral("Too short notice"), QStringLiteral("No response"),
            QStringLiteral("Other") }));
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Asked 18,000 EUR for the day"));
    QVERIFY(!ok->isEnabled());
    dialog->reasonCombo()->setCurrentIndex(labels.indexOf(QStringLiteral("Rate too high")));
    QVERIFY(ok->isEnabled());
    QVERIFY(ok->toolTip().isEmpty());
    shoot(dialog, QStringLiteral("decline-dialog"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(
        model->entryAt(model->rowOf(o.summitRows[2]))->row.status, OutreachStatus::Declined);
    QTRY_VERIFY(!ws->shortlistEditor()->isBusy());
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);

    const StoredDecline r = readDecline(*db, o.summitRows[2]);
    QCOMPARE(r.status, QStringLiteral("declined"));
    QCOMPARE(r.code, QStringLiteral("rate_too_high"));
    QCOMPARE(r.note, QStringLiteral("Asked 18,000 EUR for the day"));
    QCOMPARE(r.reason, QStringLiteral("Rate too high: Asked 18,000 EUR for the day"));
}

// A venue marked sent in the workspace gets the day it was sent plus the setting
// outreach/respondDays (7 unless changed) to answer by.
void tst_Outreach::respondDaysSettingWhenMarkedSent()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    QSettings().setValue(QStringLiteral("outreach/respondDays"), 3);
    const auto restore
        = qScopeGuard([] { QSettings().remove(QStringLiteral("outreach/respondDays")); });
    ProjectsPage page(*db, book.anna);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    page.openProject(book.summit.id);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(!ws->isOpening());
    ShortlistModel *model = ws->shortlistModel();
    const int azulejo = 3;
    QCOMPARE(model->entryAt(azulejo)->venueName, QStringLiteral("Azulejo Hall"));
    QCOMPARE(model->entryAt(azulejo)->row.status, OutreachStatus::Draft);
    const QString id = model->entryAt(azulejo)->row.id;
    ws->requestStatus(azulejo, OutreachStatus::Sent);
    QTRY_COMPARE(model->entryAt(model->rowOf(id))->row.status, OutreachStatus::Sent);
    QTRY_VERIFY(!ws->shortlistEditor()->isBusy());
    auto q = db->exec(QStringLiteral("test"),
        QStringLiteral("SELECT respond_by FROM project_venues WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    VM_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(Sql::toDate(q->value(0)), today().addDays(3));
}

// "Change answer-by date…" in the chase list: a later date takes a venue out of the overdue ones
// (and, not waiting long, off the list), an earlier one makes it overdue and puts it first; a
// colleague's change in between is said and the list read again.
void tst_Outreach::changeRespondByFromTheChaseList()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    OutreachBook o = makeOutreachBook(*db);
    ProjectsPage page(*db, o.book.anna);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    const qint64 onGuiThread = Database::statementsOnMainThread();
    page.openProject(o.book.summit.id);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(!ws->isOpening());
    OutreachPanel *panel = ws->outreachPanel();
    panel->setChaseDays(0); // everyone waiting
    QTRY_VERIFY(!panel->isLoadingChaseList());
    QTreeWidget *list = panel->chaseList();
    auto names = [list] {
        QStringList out;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            out << list->topLevelItem(i)->text(0);
        return out;
    };
    // Most overdue first, then the next deadlines.
    QCOMPARE(names(),
        QStringList({ QStringLiteral("Old Mill Studios"), QStringLiteral("Azulejo Hall"),
            QStringLiteral("Casa do Rio"), QStringLiteral("Jardim Estrela Pavilion") }));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("3 days overdue"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("1 day overdue"));
    QCOMPARE(list->topLevelItem(2)->text(1), displayDate(today().addDays(4)));
    QVERIFY(!panel->respondByButton()->isEnabled());
    QVERIFY(!panel->respondByButton()->toolTip().isEmpty());
    shoot(&page, QStringLiteral("chase-list"));

    // Jardim Estrela should have answered two days ago: now overdue, after Old Mill.
    list->setCurrentItem(list->topLevelItem(3));
    QVERIFY(panel->respondByButton()->isEnabled());
    QTest::mouseClick(panel->respondByButton(), Qt::LeftButton);
    QTRY_VERIFY(panel->respondByDialog());
    RespondByDialog *dialog = panel->respondByDialog();
    QCOMPARE(dialog->dateEdit()->date(), today().addDays(6));
    dialog->dateEdit()->setDate(today().addDays(-2));
    shoot(dialog, QStringLiteral("respond-by-dialog"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel->respondByDialog());
    QTRY_VERIFY(!panel->isLoadingChaseList());
    QTRY_COMPARE(names(),
        QStringList({ QStringLiteral("Old Mill Studios"), QStringLiteral("Jardim Estrela Pavilion"),
            QStringLiteral("Azulejo Hall"), QStringLiteral("Casa do Rio") }));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("2 days overdue"));
    QCOMPARE(list->topLevelItem(1)->foreground(1).color(), QColor(0xb0, 0x1e, 0x1e));
    QVERIFY2(panel->summaryShown().startsWith(QStringLiteral("Jardim Estrela Pavilion should "
                                                             "answer by")),
        qPrintable(panel->summaryShown()));
    QCOMPARE(list->currentItem()->text(0), QStringLiteral("Jardim Estrela Pavilion"));

    // Old Mill gets ten more days: no longer overdue, and behind the others' deadlines.
    list->setCurrentItem(list->topLevelItem(0));
    panel->changeRespondBy();
    QTRY_VERIFY(panel->respondByDialog());
    panel->respondByDialog()->dateEdit()->setDate(today().addDays(10));
    QTest::mouseClick(panel->respondByDialog()->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel->respondByDialog());
    QTRY_COMPARE(names(),
        QStringList({ QStringLiteral("Jardim Estrela Pavilion"), QStringLiteral("Azulejo Hall"),
            QStringLiteral("Casa do Rio"), QStringLiteral("Old Mill Studios") }));
    QCOMPARE(list->topLevelItem(3)->text(1), displayDate(today().addDays(10)));
    // The shortlist follows the new versions: a later edit of those rows is no conflict.
    ShortlistModel *model = ws->shortlistModel();
    QTRY_COMPARE(
        model->entryAt(model->rowOf(o.summitRows[1]))->row.version, o.summitVersions[1] + 1);
    QTRY_VERIFY(!ws->isOpening());
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);

    // A colleague moves Casa do Rio's row on meanwhile: the change is refused with a sentence
    // and the list read again; nothing is forced over theirs.
    list->setCurrentItem(list->topLevelItem(2));
    panel->changeRespondBy();
    QTRY_VERIFY(panel->respondByDialog());
    {
        OutreachRepository colleague(*db, o.book.annaId);
        auto entry = colleague.fetchEntry(o.summitRows[2]);
        VM_VERIFY_OK(entry);
        VM_VERIFY_OK(colleague.setRespondBy(entry->row.id, entry->row.version, today().addDays(1)));
    }
    const qint64 beforeConflict = Database::statementsOnMainThread();
    QSignalSpy failed(panel, &OutreachPanel::failed);
    panel->respondByDialog()->dateEdit()->setDate(today().addDays(20));
    QTest::mouseClick(panel->respondByDialog()->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(panel->lastError().message.contains(QStringLiteral("Someone else changed")),
        qPrintable(panel->lastError().message));
    QTRY_VERIFY(!panel->isLoadingChaseList());
    QTRY_COMPARE(list->topLevelItem(2)->text(0), QStringLiteral("Casa do Rio"));
    QCOMPARE(list->topLevelItem(2)->text(1), displayDate(today().addDays(1))); // theirs
    QCOMPARE(Database::statementsOnMainThread(), beforeConflict);
    QVERIFY(ws->messageText().contains(QStringLiteral("Someone else changed")));
}

// The Reports page's "Declines by reason": per venue and per city, the counts the repository
// gives, a total per reason and per row; a sentence when nothing was declined.
void tst_Outreach::declinesReportMatchesTheRepository()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    {
        // Nothing declined yet: the section says so.
        ReportsPage empty(*db);
        empty.resize(1366, 768);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QTRY_VERIFY(!empty.isLoadingDeclines());
        QVERIFY(empty.declinesEmptyText().startsWith(QStringLiteral("No venue has declined yet.")));
        QVERIFY(empty.declinesTable()->isHidden());
    }
    OutreachBook o = makeOutreachBook(*db);
    OutreachRepository repo(*db, o.book.annaId);
    auto byVenue = repo.fetchDeclineReport(OutreachRepository::DeclineGrouping::Venue);
    VM_VERIFY_OK(byVenue);
    auto byCity = repo.fetchDeclineReport(OutreachRepository::DeclineGrouping::City);
    VM_VERIFY_OK(byCity);
    QCOMPARE(byCity->size(), 2); // Lisbon and Porto

    ReportsPage page(*db);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qint64 onGuiThread = Database::statementsOnMainThread();
    QTRY_VERIFY(!page.isLoadingDeclines());
    QTRY_VERIFY(!page.isLoading());
    QVERIFY(page.declinesEmptyText().isEmpty());
    QTreeWidget *table = page.declinesTable();
    const QList<DeclineCode> &codes = allDeclineCodes();
    auto check = [&](const QList<DeclineTally> &tallies, int first) {
        QCOMPARE(table->topLevelItemCount(), int(tallies.size()) + 1); // and the totals
        QCOMPARE(table->headerItem()->text(first), QStringLiteral("Dates unavailable"));
        QCOMPARE(table->headerItem()->text(first + int(codes.size())), QStringLiteral("Total"));
        QMap<DeclineCode, int> sums;
        int all = 0;
        for (int row = 0; row < tallies.size(); ++row) {
            const DeclineTally &t = tallies.at(row);
            QTreeWidgetItem *item = table->topLevelItem(row);
            QCOMPARE(item->text(0), t.label);
            for (int i = 0; i < codes.size(); ++i) {
                const int n = t.counts.value(codes.at(i));
                QCOMPARE(item->text(first + i), n ? QString::number(n) : QString());
                sums[codes.at(i)] += n;
            }
            QCOMPARE(item->text(first + int(codes.size())), QString::number(t.total));
            all += t.total;
        }
        QTreeWidgetItem *totals = table->topLevelItem(int(tallies.size()));
        QCOMPARE(totals->text(0), QStringLiteral("Total"));
        for (int i = 0; i < codes.size(); ++i)
            QCOMPARE(totals->text(first + i), QString::number(sums.value(codes.at(i))));
        QCOMPARE(totals->text(first + int(codes.size())), QString::number(all));
    };
    QCOMPARE(table->headerItem()->text(0), QStringLiteral("Venue"));
    QCOMPARE(table->headerItem()->text(1), QStringLiteral("City"));
    check(*byVenue, 2);
    // 7 declines of the two new projects, the summit's Fábrica 21 and the winter party's Azulejo.
    QCOMPARE(
        table->topLevelItem(byVenue->size())->text(2 + int(codes.size())), QStringLiteral("9"));
    // The section is at the end of the page: scrolled to, it shows.
    auto scrollDown = [&page] {
        QTest::qWait(50); // the layout takes the table's height in
        auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("reportsScroll"));
        QVERIFY(scroll);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTest::qWait(20);
    };
    scrollDown();
    QVERIFY(table->visibleRegion().boundingRect().height() == table->height());
    shoot(&page, QStringLiteral("declines-by-venue"));

    page.declinesGrouping()->setCurrentIndex(1); // by city
    QTRY_VERIFY(!page.isLoadingDeclines());
    QCOMPARE(table->headerItem()->text(0), QStringLiteral("City"));
    check(*byCity, 1);
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    scrollDown();
    shoot(&page, QStringLiteral("declines-by-city"));
}

QTEST_MAIN(tst_Outreach)
#include "tst_outreach.moc"
