// Archive from the Projects page (issue 14): asked, then gone from the list; Show archived lists it
// greyed with the day it was archived; opened, the workspace is read-only under a banner with
// Restore, which brings back the status it had. And the Holds tab's timeline: a bar for each
// hold, other projects' holds on the same rooms faint, a click selects the hold in the list.
// Real widgets on a real database, both backends; nothing runs a statement on the GUI thread.
#include "auth/session.h"
#include "domain/language.h"
#include "itemmodels/projectlistmodel.h"
#include "projects/holdspanel.h"
#include "projects/holdstimeline.h"
#include "projects/projectdialog.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "repositories/holdrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/spacerepository.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "workflowbook.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Ui;
using namespace VenueMap::Test;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

QString suffix(const TempDatabase &tmp)
{
    return tmp.isPostgres() ? QStringLiteral("-pg") : QStringLiteral("-sqlite");
}

} // namespace

class tst_ProjectArchiveUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpGuiTest(); }
    void archiveAndRestoreFromThePage_data() { addBackendRows(); }
    void archiveAndRestoreFromThePage();
    void currencyAndLanguageInTheDialog_data() { addBackendRows(); }
    void currencyAndLanguageInTheDialog();
    void holdsTimeline_data() { addBackendRows(); }
    void holdsTimeline();
};

void tst_ProjectArchiveUi::archiveAndRestoreFromThePage()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    const ProjectStatus statusBefore = book.summit.status;
    ProjectsPage page(*db, book.anna);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    const qint64 onGuiThread = Database::statementsOnMainThread();
    // Archive and Show archived leave the page as narrow as a 1024-wide window.
    QVERIFY2(page.minimumSizeHint().width() <= 1024,
        qPrintable(QStringLiteral("%1 (workspace %2, holds %3, toolbar %4)")
                       .arg(page.minimumSizeHint().width())
                       .arg(page.workspace()->minimumSizeHint().width())
                       .arg(page.workspace()->holdsPanel()->minimumSizeHint().width())
                       .arg(child<QWidget>(&page, "listPage")->minimumSizeHint().width())));
    const int before = page.model()->rowCount();
    page.selectRow(page.model()->rowOf(book.summit.id));
    auto *archive = child<QPushButton>(&page, "archiveButton");
    QVERIFY(archive->isEnabled());

    // Archive asks first; Cancel leaves it.
    QTest::mouseClick(archive, Qt::LeftButton);
    QTRY_VERIFY(page.archiveQuestion());
    auto *ask = qobject_cast<QMessageBox *>(page.archiveQuestion());
    QVERIFY(ask->text().contains(book.summit.title()));
    ask->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!page.archiveQuestion());
    QCOMPARE(page.model()->rowCount(), before);
    page.selectRow(page.model()->rowOf(book.summit.id));
    QTest::mouseClick(archive, Qt::LeftButton);
    QTRY_VERIFY(page.archiveQuestion());
    ask = qobject_cast<QMessageBox *>(page.archiveQuestion());
    for (QAbstractButton *b : ask->buttons())
        if (ask->buttonRole(b) == QMessageBox::AcceptRole)
            b->click();
    QTRY_VERIFY(!page.isLoading());
    QTRY_COMPARE(page.model()->rowCount(), before - 1);
    QCOMPARE(page.model()->rowOf(book.summit.id), -1);

    // Show archived: the project is back in the list, greyed, "Archived <today>".
    child<QCheckBox>(&page, "archivedCheck")->setChecked(true);
    QTRY_VERIFY(!page.isLoading());
    QTRY_COMPARE(page.model()->rowCount(), before);
    const int row = page.model()->rowOf(book.summit.id);
    QVERIFY(row >= 0);
    const QModelIndex status = page.model()->index(row, ProjectListModel::Status);
    QCOMPARE(status.data().toString(),
        QStringLiteral("Archived %1").arg(displayDate(QDate::currentDate())));
    QCOMPARE(status.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xa0, 0xa0, 0xa0));
    page.selectRow(row);
    QCOMPARE(archive->text(), QStringLiteral("Rest&ore"));
    QVERIFY(!child<QPushButton>(&page, "editButton")->isEnabled());
    screenshot(&page, QStringLiteral("projects-archived") + suffix(tmp));

    // Opened: read-only under the banner, the edit actions disabled.
    page.openProject(book.summit.id);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(!ws->isOpening());
    QVERIFY(!ws->isEditable());
    QVERIFY(ws->archivedBanner()->isVisible());
    QVERIFY2(ws->archivedBannerText().startsWith(
                 QStringLiteral("This project is archived. Restore it to change it.")),
        qPrintable(ws->archivedBannerText()));
    for (const char *name :
        { "editProjectButton", "addVenuesButton", "suggestButton", "removeButton", "emailButton" })
        QVERIFY2(!child<QPushButton>(ws, name)->isEnabled(), name);
    QCOMPARE(child<QTableView>(ws, "shortlistView")->editTriggers(),
        QAbstractItemView::EditTriggers(QAbstractItemView::NoEditTriggers));
    screenshot(&page, QStringLiteral("workspace-archived") + suffix(tmp));

    // Restore on the banner: editable again, with the status it had.
    QTest::mouseClick(ws->archivedBanner()->findChild<QPushButton *>(), Qt::LeftButton);
    QTRY_VERIFY(!page.isLoading());
    QTRY_VERIFY(ws->isEditable());
    QTRY_VERIFY(!ws->archivedBanner()->isVisible());
    QTRY_VERIFY(child<QPushButton>(ws, "addVenuesButton")->isEnabled());
    QCOMPARE(ws->project().status, statusBefore);
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    auto stored = ProjectRepository(*db, book.annaId).fetchProject(book.summit.id);
    QVERIFY(!stored->isArchived());
    QCOMPARE(stored->status, statusBefore);
}

void tst_ProjectArchiveUi::currencyAndLanguageInTheDialog()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectRepository repo(*db, book.annaId);
    Project summit = *repo.fetchProject(book.summit.id);
    ProjectDialog dialog(&repo, summit);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *currency = child<QComboBox>(&dialog, "currencyCombo");
    auto *language = child<QComboBox>(&dialog, "languageCombo");
    QCOMPARE(currency->currentText(), QStringLiteral("EUR"));
    QCOMPARE(language->currentText(), QStringLiteral("English")); // names, not codes
    QVERIFY(language->findText(QStringLiteral("Français")) >= 0);
    // An unknown code: a sentence naming the field, the dialog stays with what was typed.
    currency->lineEdit()->setText(QStringLiteral("EUX"));
    language->setCurrentIndex(language->findText(QStringLiteral("Nederlands")));
    child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(dialog.isVisible());
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Currency \"EUX\"")), qPrintable(error->text()));
    QCOMPARE(currency->currentText(), QStringLiteral("EUX"));
    currency->lineEdit()->setText(QStringLiteral("chf"));
    child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(!dialog.isVisible());
    auto stored = repo.fetchProject(book.summit.id);
    QCOMPARE(stored->currency, QStringLiteral("CHF"));
    QCOMPARE(stored->language, QStringLiteral("nl"));

    // A new project's client language starts as the app's: French here.
    installAppLanguage(QStringLiteral("fr"));
    const auto english = qScopeGuard([] { installAppLanguage(QStringLiteral("en")); });
    ProjectDialog fresh(&repo, Project());
    QCOMPARE(child<QComboBox>(&fresh, "languageCombo")->currentText(), QStringLiteral("Français"));
}

void tst_ProjectArchiveUi::holdsTimeline()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    const QList<ShortlistEntry> rows
        = *OutreachRepository(*db, book.annaId).fetchShortlist(book.summit.id);
    QVERIFY(rows.size() >= 5);
    // Rooms at the first two venues.
    QStringList rooms;
    for (int i = 0; i < 2; ++i) {
        VenueSpace hall;
        hall.name = i == 0 ? QStringLiteral("Main Hall") : QStringLiteral("River Room");
        hall.capacities.insert(SpaceLayout::Theatre, 180);
        VM_VERIFY_OK(SpaceRepository(*db).saveSpaces(rows.at(i).row.venueId, {}, { hall }));
        rooms << SpaceRepository(*db).fetchSpaces(rows.at(i).row.venueId)->first().id;
    }
    HoldRepository holds(*db, book.annaId);
    auto preferred
        = holds.addDateRange(book.summit.id, QDate(2027, 5, 12), QDate(2027, 5, 14), true);
    auto alternate
        = holds.addDateRange(book.summit.id, QDate(2027, 5, 26), QDate(2027, 5, 27), false);
    VM_VERIFY_OK(preferred);
    VM_VERIFY_OK(alternate);
    auto place = [&](const QString &row, const DateRange &range, const QString &space,
                     HoldStatus status, std::optional<QDate> expires) {
        HoldDraft d;
        d.projectVenueId = row;
        d.dateRangeId = range.id;
        d.spaceId = space;
        d.status = status;
        d.expiresOn = expires;
        auto h = holds.placeHold(d);
        if (!h)
            qWarning("%s", qPrintable(h.error().sentence()));
        return h ? h->id : QString();
    };
    QStringList own;
    own << place(
        rows.at(0).row.id, *preferred, rooms.at(0), HoldStatus::FirstOption, QDate(2027, 5, 5));
    own << place(
        rows.at(0).row.id, *alternate, rooms.at(0), HoldStatus::SecondOption, QDate(2027, 5, 19));
    own << place(
        rows.at(1).row.id, *preferred, rooms.at(1), HoldStatus::Tentative, QDate(2027, 5, 8));
    own << place(rows.at(2).row.id, *preferred, {}, HoldStatus::Confirmed, std::nullopt);
    own << place(rows.at(3).row.id, *alternate, {}, HoldStatus::Requested, QDate(2027, 5, 20));
    own << place(rows.at(4).row.id, *preferred, {}, HoldStatus::Released, std::nullopt);
    QVERIFY(!own.contains(QString()));
    // Another project competes for the Main Hall on 13–15 May (a first option) and has the
    // River Room confirmed on the alternate dates.
    ProjectRepository projects(*db, book.annaId);
    Project other;
    other.clientName = QStringLiteral("Nordwind");
    other.eventName = QStringLiteral("Jahrestagung");
    const QString otherId = projects.addProject(other)->id;
    const auto otherRows
        = OutreachRepository(*db, book.annaId)
              .addVenues(otherId, { rows.at(0).row.venueId, rows.at(1).row.venueId })
              ->added;
    auto otherDays = holds.addDateRange(otherId, QDate(2027, 5, 13), QDate(2027, 5, 15), true);
    auto otherLater = holds.addDateRange(otherId, QDate(2027, 5, 26), QDate(2027, 5, 26), false);
    const QString competing = place(
        otherRows.at(0).id, *otherDays, rooms.at(0), HoldStatus::FirstOption, QDate(2027, 5, 6));
    QVERIFY(
        !place(otherRows.at(1).id, *otherLater, rooms.at(1), HoldStatus::Confirmed, std::nullopt)
             .isEmpty());

    ProjectWorkspace ws(*db, book.anna);
    ws.resize(1366, 768);
    VM_VERIFY_OK(ws.open(book.summit.id));
    ws.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ws));
    QTRY_VERIFY(!ws.isOpening());
    HoldsPanel *panel = ws.holdsPanel();
    child<QTabWidget>(&ws, "sideTabs")->setCurrentWidget(panel);
    QTRY_VERIFY(!panel->isLoading());
    QTRY_COMPARE(panel->holds().size(), 6);
    const qint64 onGuiThread = Database::statementsOnMainThread();
    panel->showTimeline(true);
    HoldsTimeline *timeline = panel->timeline();
    QTRY_VERIFY(timeline->isVisible());
    QCOMPARE(timeline->rowCount(), 5); // Main Hall, River Room and three whole venues
    QVERIFY(timeline->firstDay() <= QDate(2027, 5, 5)); // the earliest expiry is on the axis
    QVERIFY(timeline->lastDay() >= QDate(2027, 5, 27));
    for (const QString &id : own)
        QVERIFY2(!timeline->barRect(id).isEmpty(), qPrintable(id));
    QVERIFY(timeline->barRect(competing).isEmpty()); // another project's: faint, not selectable
    // Every bar inside the widget: nothing drawn off the side.
    for (const QString &id : own)
        QVERIFY(timeline->rect().contains(timeline->barRect(id)));
    // A click on the confirmed bar selects that hold in the list.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->barRect(own.at(3)).center());
    QCOMPARE(timeline->selectedHold(), own.at(3));
    const auto selected = panel->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(panel->holds().at(selected.first().row()).id, own.at(3));
    QCOMPARE(panel->holds().at(selected.first().row()).status, HoldStatus::Confirmed);
    // Right moves to the next hold; the list follows.
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Right);
    QVERIFY(timeline->selectedHold() != own.at(3));
    QCOMPARE(panel->holds().at(panel->table()->selectionModel()->selectedRows().first().row()).id,
        timeline->selectedHold());
    // The tooltip text is plain and says the other project of a competing hold.
    Hold competingHold;
    competingHold.venueName = QStringLiteral("<b>Harbour</b>");
    competingHold.projectTitle = QStringLiteral("Nordwind — Jahrestagung");
    competingHold.start = competingHold.end = QDate(2027, 5, 13);
    competingHold.status = HoldStatus::FirstOption;
    QVERIFY(timeline->describe(competingHold, true)
                .contains(QStringLiteral("Another project: Nordwind — Jahrestagung")));
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    screenshot(&ws, QStringLiteral("workspace-timeline") + suffix(tmp));
    // Wider side panel, as a person drags it for the timeline.
    auto *splitter = child<QSplitter>(&ws, "splitter");
    splitter->setSizes({ 700, 640 });
    QTest::qWait(50);
    screenshot(&ws, QStringLiteral("workspace-timeline-wide") + suffix(tmp));
    screenshot(timeline, QStringLiteral("timeline") + suffix(tmp));
}

QTEST_MAIN(tst_ProjectArchiveUi)
#include "tst_projectarchive.moc"
