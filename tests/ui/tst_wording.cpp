// Issue 19, "No internal keys or developer output", plurals, numbers, wording and dates: what a
// person reads in the workspace, the email draft, the suggestions and the activity log, clicked
// through on real databases (both backends), plus the window title, typed dates and the
// first-admin prompt after File ▸ Connect….
#include "auth/firstadmindialog.h"
#include "auth/session.h"
#include "auth/signingate.h"
#include "domain/language.h"
#include "facilitypicker.h"
#include "itemmodels/projectlistmodel.h"
#include "itemmodels/suggestionmodel.h"
#include "mainwindow.h"
#include "pages.h"
#include "projects/activitypanel.h"
#include "projects/emaildraftdialog.h"
#include "projects/projectdialog.h"
#include "projects/projectworkspace.h"
#include "projects/suggestionsdialog.h"
#include "repositories/activityrepository.h"
#include "repositories/suggestionservice.h"
#include "startup.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "workflowbook.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace VenueMap::Ui;

namespace {

// A stored key as a person would see it: "catering_kitchen", "event_manager", "status_changed".
const QRegularExpression kKey(QStringLiteral("\\b[a-z]+(_[a-z]+)+\\b"));
// A developer's count: "guest(s)", "venue(s)".
const QRegularExpression kParenPlural(QStringLiteral("\\w\\(s\\)"));

template <typename T> T *child(QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

// Every text a person reads in `root`: labels, buttons, line edits, text edits, item views
// (cells, tooltips, headers).
QStringList visibleTexts(QWidget *root)
{
    QStringList out { root->windowTitle() };
    for (QLabel *l : root->findChildren<QLabel *>())
        out << l->text() << l->toolTip();
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        out << b->text();
    for (QLineEdit *e : root->findChildren<QLineEdit *>())
        out << e->text();
    for (QPlainTextEdit *e : root->findChildren<QPlainTextEdit *>())
        out << e->toPlainText();
    for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *m = v->model();
        if (!m)
            continue;
        for (int c = 0; c < m->columnCount(); ++c)
            out << m->headerData(c, Qt::Horizontal).toString()
                << m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->index(r, c).data().toString()
                    << m->index(r, c).data(Qt::ToolTipRole).toString();
    }
    out.removeAll(QString());
    return out;
}

void verifyReadable(const QStringList &texts, const char *where)
{
    for (const QString &t : texts) {
        QVERIFY2(!kKey.match(t).hasMatch(),
            qPrintable(QStringLiteral("%1: a key in “%2”").arg(QLatin1String(where), t)));
        QVERIFY2(!kParenPlural.match(t).hasMatch(),
            qPrintable(QStringLiteral("%1: “(s)” in “%2”").arg(QLatin1String(where), t)));
    }
}

} // namespace

class tst_Wording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void englishPlurals_data();
    void englishPlurals();
    void noKeysWhereAPersonReads_data() { addBackendRows(); }
    void noKeysWhereAPersonReads();
    void typedDatesAreDayMonthYear_data();
    void typedDatesAreDayMonthYear();
    void windowTitleNamesTheDatabaseOnce_data() { addBackendRows(); }
    void impossibleDateIsSaid();
    void datesReadTheSameEverywhere();
    void windowTitleNamesTheDatabaseOnce();
    void firstAdminAfterConnectOffersCancel_data() { addBackendRows(); }
    void firstAdminAfterConnectOffersCancel();
};

void tst_Wording::initTestCase()
{
    setUpGuiTest();
    installAppLanguage(); // what guiMain does
}

void tst_Wording::cleanup()
{
    Session::clear();
}

void tst_Wording::englishPlurals_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("guests");
    QTest::addColumn<QString>("days");
    QTest::newRow("0") << 0 << "0 guests"
                       << "waited 0 days";
    QTest::newRow("1") << 1 << "1 guest"
                       << "waited 1 day";
    QTest::newRow("2") << 2 << "2 guests"
                       << "waited 2 days";
    QTest::newRow("1269") << 1269 << "1,269 guests"
                          << "waited 1,269 days";
}

// Qt alone prints "1269 guest(s)"; with the app's language installed the same tr() call reads
// as English, numbers grouped as in the proposal PDF.
void tst_Wording::englishPlurals()
{
    QFETCH(int, n);
    QFETCH(QString, guests);
    QFETCH(QString, days);
    QCOMPARE(QCoreApplication::translate("tst_Wording", "%Ln guest(s)", nullptr, n), guests);
    QCOMPARE(QCoreApplication::translate("tst_Wording", "waited %Ln day(s)", nullptr, n), days);
    // A text that is not counted is left as it is.
    QCOMPARE(QCoreApplication::translate("tst_Wording", "Venue(s) of the book"),
        QStringLiteral("Venue(s) of the book"));
    QCOMPARE(QLocale().toString(1269), QStringLiteral("1,269"));
}

void tst_Wording::noKeysWhereAPersonReads()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    Session::setCurrent(book.anna);
    ProjectRepository projects(*db, book.annaId);
    Project p;
    p.clientName = QStringLiteral("Nordwind");
    p.eventName = QStringLiteral("Board Dinner");
    p.eventDate = QDate(2027, 2, 12);
    p.attendees = 1;
    p.city = QStringLiteral("Lisbon");
    p.budgetCents = 2500000;
    p.requiredFacilities = { QStringLiteral("catering_kitchen"), QStringLiteral("stage") };
    auto project = projects.addProject(p);
    VM_VERIFY_OK(project);
    OutreachRepository outreach(*db, book.annaId);
    auto added = outreach.addVenues(project->id, { book.venueIds[0] });
    VM_VERIFY_OK(added);
    VM_VERIFY_OK(outreach.setStatus(
        added->added.at(0).id, added->added.at(0).version, OutreachStatus::Awaiting));
    {
        // What the sample data and the agency's backend write: their own action and detail keys.
        ActivityRepository log(*db, book.annaId);
        VM_VERIFY_OK(log.append(project->id, QStringLiteral("shortlisted"),
            { { QStringLiteral("venue_name"), QStringLiteral("Casa do Rio") } }));
        VM_VERIFY_OK(log.append(project->id, Action::StatusChanged,
            { { QStringLiteral("venue_name"), QStringLiteral("Casa do Rio") },
                { QStringLiteral("from"), QStringLiteral("sent") },
                { QStringLiteral("to"), QStringLiteral("awaiting") } }));
        VM_VERIFY_OK(log.append(project->id, QStringLiteral("quote_received"),
            { { QStringLiteral("venue_name"), QStringLiteral("Casa do Rio") } }));
    }

    ProjectWorkspace ws(*db, book.anna);
    ws.resize(1366, 768);
    VM_VERIFY_OK(ws.open(project->id));
    ws.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ws));
    QTRY_VERIFY(!ws.isOpening());
    QTRY_VERIFY(!ws.activityPanel()->sentences().isEmpty());

    // The header: facilities by their labels, one guest, the budget as the PDF shows it.
    const QString header = child<QLabel>(&ws, "detailsLabel")->text();
    QVERIFY2(header.contains(QStringLiteral("needs Catering kitchen, Stage")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("1 guest "))
            || header.contains(QStringLiteral("1 guest·"))
            || header.contains(QStringLiteral("1 guest")),
        qPrintable(header));
    QVERIFY2(!header.contains(QStringLiteral("guests")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("budget €") + QChar(0x202f) + QStringLiteral("25,000")),
        qPrintable(header));
    verifyReadable(visibleTexts(&ws), "workspace");

    // The activity log: statuses by their labels, other programs' rows in words.
    const QStringList said = ws.activityPanel()->sentences();
    QVERIFY2(said.contains(QStringLiteral("Anna Reyes moved Harbour Loft to Awaiting reply")),
        qPrintable(said.join(QLatin1Char('\n'))));
    QVERIFY2(said.contains(QStringLiteral("Anna Reyes moved Casa do Rio to Awaiting reply")),
        qPrintable(said.join(QLatin1Char('\n'))));
    QVERIFY2(said.contains(QStringLiteral("Anna Reyes added Casa do Rio to the shortlist")),
        qPrintable(said.join(QLatin1Char('\n'))));
    QVERIFY2(said.contains(QStringLiteral("Anna Reyes: Quote received")),
        qPrintable(said.join(QLatin1Char('\n'))));
    verifyReadable(said, "activity");

    // The email that goes to the venue.
    ws.selectRow(0);
    QTest::mouseClick(child<QPushButton>(&ws, "emailButton"), Qt::LeftButton);
    QTRY_VERIFY(ws.emailDialog());
    const QString body = child<QPlainTextEdit>(ws.emailDialog(), "bodyEdit")->toPlainText();
    QVERIFY2(
        body.contains(QStringLiteral("We will need: Catering kitchen, Stage")), qPrintable(body));
    verifyReadable(visibleTexts(ws.emailDialog()), "email draft");
    Test::screenshot(ws.emailDialog(), QStringLiteral("wording-email"));
    ws.emailDialog()->reject();

    // Suggestions: what a column scores, no timing.
    QTest::mouseClick(child<QPushButton>(&ws, "suggestButton"), Qt::LeftButton);
    QTRY_VERIFY(ws.suggestionsDialog());
    SuggestionsDialog *suggest = ws.suggestionsDialog();
    QTRY_VERIFY(!suggest->isLoading()); // ranked off the GUI thread
    QVERIFY(suggest->model()->rowCount() > 0);
    const QStringList shown = visibleTexts(suggest);
    verifyReadable(shown, "suggestions");
    for (const QString &t : shown) {
        QVERIFY2(!t.contains(QStringLiteral(" ms")), qPrintable(t));
        QVERIFY2(!t.contains(QStringLiteral("/30")), qPrintable(t));
    }
    QCOMPARE(suggest->model()->headerData(SuggestionModel::Seats, Qt::Horizontal).toString(),
        QStringLiteral("Seats"));
    QVERIFY(!suggest->model()
                 ->headerData(SuggestionModel::Seats, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("points")));
    Test::screenshot(suggest, QStringLiteral("wording-suggestions"));
    Test::screenshot(
        &ws, QStringLiteral("wording-workspace-") + QString::fromLatin1(QTest::currentDataTag()));
    suggest->reject();
}

void tst_Wording::typedDatesAreDayMonthYear_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("12 Feb 2027") << "12 Feb 2027" << QDate(2027, 2, 12);
    QTest::newRow("3 Nov 2026") << "3 Nov 2026" << QDate(2026, 11, 3);
    QTest::newRow("12 February 2027") << "12 February 2027" << QDate(2027, 2, 12);
    QTest::newRow("12/02/2027") << "12/02/2027" << QDate(2027, 2, 12);
    QTest::newRow("2027-02-12") << "2027-02-12" << QDate(2027, 2, 12);
    // Typed key by key, "12.02.2" is not year 2 (which QDateEdit clamped to 14 Sep 1752).
    QTest::newRow("12.02.2027") << "12.02.2027" << QDate(2027, 2, 12);
    QTest::newRow("1.3.2028") << "1.3.2028" << QDate(2028, 3, 1);
}

// The project dialog's event date, typed over the whole field as a person does.
void tst_Wording::typedDatesAreDayMonthYear()
{
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    TempDatabase tmp(QStringLiteral("sqlite"));
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    ProjectRepository repo(*db, {});
    Project p;
    p.clientName = QStringLiteral("Nordwind");
    p.eventName = QStringLiteral("Board Dinner");
    p.eventDate = QDate(2026, 6, 30);
    p.requiredFacilities = { QStringLiteral("catering_kitchen"), QStringLiteral("stage") };
    ProjectDialog dialog(&repo, p);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Facilities ticked by their vocabulary labels (tst_workspace covers the picker).
    QTRY_VERIFY(!dialog.isLoadingChoices());
    QCOMPARE(child<FacilityPicker>(&dialog, "facilitiesPicker")->checked(),
        QStringList({ QStringLiteral("Catering kitchen"), QStringLiteral("Stage") }));
    // The budget is in the project's currency, picked beside it (default EUR).
    QCOMPARE(child<QLabel>(&dialog, "budgetLabel")->text(), QStringLiteral("&Budget"));
    QCOMPARE(child<QComboBox>(&dialog, "currencyCombo")->currentText(), QStringLiteral("EUR"));
    auto *edit = child<QDateEdit>(&dialog, "dateEdit");
    edit->setFocus();
    QLineEdit *line = edit->findChild<QLineEdit *>();
    QVERIFY(line);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier); // the whole date, as a person selects it
    QCOMPARE(line->selectedText(), line->text());
    QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(edit->date(), expected);
    dialog.save();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    auto saved = repo.fetchProject(dialog.project().id);
    VM_VERIFY_OK(saved);
    QCOMPARE(saved->eventDate, expected);
    QCOMPARE(saved->requiredFacilities,
        QStringList({ QStringLiteral("Catering kitchen"), QStringLiteral("Stage") }));
}

// Walkthrough finding: "31.02.2027" typed over the date was silently put back to the old date.
// The dialog says so, the date stays, and nothing else is lost.
void tst_Wording::impossibleDateIsSaid()
{
    TempDatabase tmp(QStringLiteral("sqlite"));
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    ProjectRepository repo(*db, {});
    Project p;
    p.clientName = QStringLiteral("Nordwind");
    p.eventName = QStringLiteral("Board Dinner");
    p.eventDate = QDate(2026, 6, 30);
    ProjectDialog dialog(&repo, p);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = child<QDateEdit>(&dialog, "dateEdit");
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral("31.02.2027"));
    QTest::keyClick(edit, Qt::Key_Tab);
    QTRY_VERIFY2(dialog.errorText().contains(QStringLiteral("“31.02.2027” is not a date")),
        qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QStringLiteral("30 Jun 2026")));
    QCOMPARE(edit->date(), QDate(2026, 6, 30));
    QCOMPARE(child<QLineEdit>(&dialog, "eventEdit")->text(), QStringLiteral("Board Dinner"));
}

// Walkthrough finding: the project list said "09/02/2027", the workspace "Tue 9 Feb 2027", other
// pages "9 Feb 2027"; an English (United Kingdom) system wrote "Sept" beside "Aug".
void tst_Wording::datesReadTheSameEverywhere()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    QCOMPARE(displayDate(QDate(2027, 9, 28)), QStringLiteral("28 Sep 2027"));
    QCOMPARE(displayDate(QDate(2027, 2, 9)), QStringLiteral("9 Feb 2027"));
    ProjectSummary p;
    p.project.id = QStringLiteral("p1");
    p.project.clientName = QStringLiteral("Nordwind");
    p.project.eventName = QStringLiteral("Board Dinner");
    p.project.eventDate = QDate(2027, 2, 9);
    ProjectListModel list;
    list.setProjects({ p });
    QCOMPARE(
        list.index(0, ProjectListModel::EventDate).data().toString(), QStringLiteral("9 Feb 2027"));
}

void tst_Wording::windowTitleNamesTheDatabaseOnce()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString before = QGuiApplication::applicationDisplayName();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("VenueMap")); // as guiMain does
    CurrentUser admin;
    admin.id = QStringLiteral("admin");
    admin.name = QStringLiteral("Ada");
    admin.role = UserRole::Admin;
    {
        MainWindow window(*db, admin, makePages(*db, admin));
        const QString title = window.windowTitle();
        // The window system appends the display name unless the title already ends with it.
        const QString shown = title.endsWith(QStringLiteral("VenueMap"))
            ? title
            : title + QStringLiteral(" — VenueMap");
        QCOMPARE(shown.count(QStringLiteral("VenueMap")), 1);
        QCOMPARE(shown, QStringLiteral("%1 — VenueMap").arg(MainWindow::shortName(tmp.url())));
        // The People heading as big as the other pages' (looked at in the screenshot).
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (MainWindow::Page page : { MainWindow::Page::People, MainWindow::Page::Catering }) {
            window.showPage(page);
            QTest::qWait(50);
            Test::screenshot(&window,
                QStringLiteral("wording-page-%1-%2")
                    .arg(int(page))
                    .arg(QString::fromLatin1(QTest::currentDataTag())));
        }
    }
    QGuiApplication::setApplicationDisplayName(before);
}

void tst_Wording::firstAdminAfterConnectOffersCancel()
{
    VM_TEMP_DATABASE(tmp);
    {
        auto db = tmp.openMigrated(); // up to date: the flow goes straight to signing in
        VM_VERIFY_OK(db);
    }
    CurrentUser previous;
    previous.id = QStringLiteral("previous-person");
    previous.name = QStringLiteral("Previous Person");
    previous.role = UserRole::Admin;
    Session::setCurrent(previous);

    QWidget parent;
    parent.resize(800, 600);
    parent.show();
    StartupFlow flow;
    flow.setParentWidget(&parent);
    flow.setFirstStartEnabled(false);
    flow.setGate(signInGate([&flow] { return flow.hasCurrentDatabase(); }));
    QSignalSpy quit(&flow, &StartupFlow::quitRequested);
    QSignalSpy back(&flow, &StartupFlow::abandoned);

    // File ▸ Connect… with a database open: Cancel, back to it, its person still signed in.
    flow.setHasCurrentDatabase(true);
    flow.open(tmp.url(), StartupFlow::Source::Chosen);
    FirstAdminDialog *first = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (first = parent.findChild<FirstAdminDialog *>()) && first->isVisible(), 20000);
    QCOMPARE(first->cancelButton()->text(), QStringLiteral("Cancel"));
    Test::screenshot(first, QStringLiteral("wording-first-admin-cancel"));
    QTest::mouseClick(first->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(back.count(), 1);
    QCOMPARE(quit.count(), 0);
    QCOMPARE(Session::current().id, previous.id);
    QVERIFY(Session::isAdmin());
    QTest::qWait(50); // the dialog is deleted later

    // The first start, nothing open: Quit, which quits.
    flow.setHasCurrentDatabase(false);
    flow.open(tmp.url(), StartupFlow::Source::Chosen);
    QTRY_VERIFY_WITH_TIMEOUT(
        (first = parent.findChild<FirstAdminDialog *>()) && first->isVisible(), 20000);
    QCOMPARE(first->cancelButton()->text(), QStringLiteral("Quit"));
    QTest::mouseClick(first->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(quit.count(), 1);
    QCOMPARE(back.count(), 1);
}

QTEST_MAIN(tst_Wording)
#include "tst_wording.moc"
