// One way to undo and confirm (issue 19), on real widgets and real databases (both backends):
// Edit ▸ Undo/Redo with Ctrl+Z / Ctrl+Shift+Z over venue deletes, shortlist removals, status
// changes and edits made in place, caterer deletes; one history per open database; an undo that
// can no longer work says so and leaves the data and the history consistent; a saved file is
// confirmed with a button that opens its folder.
#include "../core/venuetestdata.h"
#include "appcontroller.h"
#include "catering/cateringpage.h"
#include "connectiondialog.h"
#include "importexport/venuecsvexportaction.h"
#include "itemmodels/cateringmodel.h"
#include "itemmodels/shortlistmodel.h"
#include "itemmodels/venuelistmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "pages.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "proposals/proposalpreviewdialog.h"
#include "repositories/cateringrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/venuerepository.h"
#include "signintesthelpers.h"
#include "startup.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "undo/undohistory.h"
#include "venues/venueeditor.h"
#include "venues/venuespage.h"
#include "workflowbook.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;
namespace VUi = VenueMap::Ui;
using VUi::MainWindow;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

bool settled(VUi::VenuesPage *page)
{
    return QTest::qWaitFor([&] { return page->model()->isCountFinal(); }, 10000)
        && (page->model()->rowCount() == 0
            || QTest::qWaitFor(
                [&] {
                    page->model()->prefetch(0);
                    return page->model()->isRowLoaded(0);
                },
                10000));
}

void pressUndo(QWidget *focus)
{
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
}

void pressRedo(QWidget *focus)
{
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
}

QAction *editAction(MainWindow &window, const QString &startsWith)
{
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        if (menu->title() != QLatin1String("&Edit"))
            continue;
        for (QAction *a : menu->actions())
            if (a->text().startsWith(startsWith))
                return a;
    }
    return nullptr;
}

// Records what QDesktopServices::openUrl was asked to open (no file manager in a test).
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

} // namespace

class tst_Undo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_store = setUpGuiTest(); }
    void init() { QSettings().clear(); }

    void venueDeleteUndoRedo_data() { addBackendRows(); }
    void venueDeleteUndoRedo();
    void shortlistRemovalUndoKeepsStatusAndPrice_data() { addBackendRows(); }
    void venueEditorSavesUndo_data() { addBackendRows(); }
    void venueEditorSavesUndo();
    void shortlistRemovalUndoKeepsStatusAndPrice();
    void statusAndInPlaceEditsUndo_data() { addBackendRows(); }
    void statusAndInPlaceEditsUndo();
    void catererDeleteUndo_data() { addBackendRows(); }
    void catererDeleteUndo();
    void failedUndoSaysSoAndStaysConsistent_data() { addBackendRows(); }
    void failedUndoSaysSoAndStaysConsistent();
    void failedShortlistUndoSaysSo_data() { addBackendRows(); }
    void failedShortlistUndoSaysSo();
    void historyClearedOnDatabaseChange_data() { addBackendRows(); }
    void historyClearedOnDatabaseChange();
    void savedFilesOfferTheirFolder_data() { addBackendRows(); }
    void savedFilesOfferTheirFolder();

private:
    VUi::MemoryPasswordStore *m_store = nullptr;
};

void tst_Undo::venueDeleteUndoRedo()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(uniqueConnectionName());
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 30));
    CurrentUser person;
    person.id = insertUser(*db, QStringLiteral("Undo Person"));
    person.name = QStringLiteral("Undo Person");
    MainWindow window(*db, person, VUi::makePages(*db, person));
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // The Edit menu with the standard keys, disabled while there is nothing to undo.
    QAction *undo = editAction(window, QStringLiteral("&Undo"));
    QAction *redo = editAction(window, QStringLiteral("&Redo"));
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(!undo->isEnabled());

    auto *page = qobject_cast<VUi::VenuesPage *>(window.page(MainWindow::Page::Venues));
    QVERIFY(settled(page));
    auto *table = child<QTableView>(page, "table");
    page->selectRow(0);
    QTRY_VERIFY(page->shownVenue().has_value());
    const Venue gone = *page->shownVenue();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(page->model()->rowCount(), 29);
    QVERIFY(VenueRepository(*db).fetchVenue(gone.id)->isDeleted);
    QVERIFY(page->undoText().contains(gone.name));
    QVERIFY(undo->isEnabled());
    // Named with its city: several venues may share a name.
    QCOMPARE(undo->text(), QStringLiteral("&Undo Delete “%1” (%2)").arg(gone.name, gone.city));
    QCOMPARE(
        page->messageBar()->text(), QStringLiteral("Deleted “%1” (%2).").arg(gone.name, gone.city));
    screenshot(&window, QStringLiteral("undo-venue-deleted-%1").arg(backend));
    if (!qEnvironmentVariableIsEmpty("VENUEMAP_SCREENSHOTS")) { // the Edit menu, open
        QMenu *edit = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit"));
        QVERIFY(edit);
        edit->popup(window.mapToGlobal(QPoint(40, 20)));
        QVERIFY(QTest::qWaitForWindowExposed(edit));
        screenshot(edit, QStringLiteral("undo-edit-menu-%1").arg(backend));
        edit->hide();
    }

    pressUndo(table);
    QTRY_COMPARE(page->model()->rowCount(), 30);
    QVERIFY(!VenueRepository(*db).fetchVenue(gone.id)->isDeleted);
    QVERIFY(page->undoText().isEmpty()); // the message now says it is back, without Undo
    QVERIFY(redo->isEnabled());

    pressRedo(table);
    QTRY_COMPARE(page->model()->rowCount(), 29);
    QVERIFY(VenueRepository(*db).fetchVenue(gone.id)->isDeleted);

    // The message bar's Undo is the same history.
    page->messageBar()->triggerAction();
    QTRY_COMPARE(page->model()->rowCount(), 30);
    QVERIFY(!VenueRepository(*db).fetchVenue(gone.id)->isDeleted);

    // Restoring a deleted venue (Show deleted ▸ Restore) is undoable too.
    page->selectRow(0);
    QTRY_VERIFY(page->shownVenue().has_value());
    const Venue second = *page->shownVenue();
    page->deleteSelected();
    QTRY_COMPARE(page->model()->rowCount(), 29);
    child<QCheckBox>(page, "showDeletedCheck")->setChecked(true);
    QVERIFY(settled(page));
    page->selectRow(0);
    QTRY_VERIFY(page->shownVenue().has_value() && page->shownVenue()->id == second.id);
    page->restoreSelected();
    QVERIFY(!VenueRepository(*db).fetchVenue(second.id)->isDeleted);
    QCOMPARE(undo->text(), QStringLiteral("&Undo Restore “%1” (%2)").arg(second.name, second.city));
    window.undoHistory()->undo();
    QVERIFY(VenueRepository(*db).fetchVenue(second.id)->isDeleted);
}

// A save from the venue editor is a change like any other: Undo writes the venue as it was
// (Redo the saved one again), and taking back an added venue deletes it.
void tst_Undo::venueEditorSavesUndo()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(uniqueConnectionName());
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 5));
    CurrentUser person;
    person.id = insertUser(*db, QStringLiteral("Undo Person"));
    person.name = QStringLiteral("Undo Person");
    MainWindow window(*db, person, VUi::makePages(*db, person));
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction *undo = editAction(window, QStringLiteral("&Undo"));
    QVERIFY(undo);
    auto *page = qobject_cast<VUi::VenuesPage *>(window.page(MainWindow::Page::Venues));
    QVERIFY(settled(page));
    page->selectRow(0);
    QTRY_VERIFY(page->shownVenue().has_value());
    const Venue before = *page->shownVenue();

    page->editSelected();
    QTRY_VERIFY(page->editor() && page->editor()->isVisible());
    auto *capacity
        = static_cast<QLineEdit *>(page->editor()->editorFor(Core::VenueField::Capacity));
    capacity->setText(QStringLiteral("777"));
    page->editor()->save();
    QTRY_VERIFY(!page->editor());
    QTRY_COMPARE(VenueRepository(*db).fetchVenue(before.id)->capacity, std::optional<int>(777));
    QTRY_COMPARE(undo->text(), QStringLiteral("&Undo Edit “%1”").arg(before.name));
    QCOMPARE(page->messageBar()->actionText(), QStringLiteral("&Undo"));

    window.undoHistory()->undo();
    QTRY_COMPARE(VenueRepository(*db).fetchVenue(before.id)->capacity, before.capacity);
    QTRY_COMPARE(page->shownVenue()->capacity, before.capacity); // the pane shows it too
    window.undoHistory()->redo();
    QTRY_COMPARE(VenueRepository(*db).fetchVenue(before.id)->capacity, std::optional<int>(777));

    // A new venue: Undo deletes it, Redo brings it back.
    page->newVenue();
    QTRY_VERIFY(page->editor() && page->editor()->isVisible());
    static_cast<QLineEdit *>(page->editor()->editorFor(Core::VenueField::Name))
        ->setText(QStringLiteral("Kesselhaus Undo"));
    static_cast<QLineEdit *>(page->editor()->editorFor(Core::VenueField::City))
        ->setText(QStringLiteral("Berlin"));
    page->editor()->save();
    QTRY_VERIFY(!page->editor());
    QTRY_COMPARE(page->model()->rowCount(), 6);
    QTRY_COMPARE(undo->text(), QStringLiteral("&Undo Add “Kesselhaus Undo”"));
    window.undoHistory()->undo();
    QTRY_COMPARE(page->model()->rowCount(), 5);
    window.undoHistory()->redo();
    QTRY_COMPARE(page->model()->rowCount(), 6);
}

void tst_Undo::shortlistRemovalUndoKeepsStatusAndPrice()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(uniqueConnectionName());
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    MainWindow window(*db, book.anna, VUi::makePages(*db, book.anna));
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::Projects);
    auto *projects = qobject_cast<VUi::ProjectsPage *>(window.page(MainWindow::Page::Projects));
    projects->openProject(book.summit.id);
    VUi::ProjectWorkspace *ws = projects->workspace();
    QTRY_VERIFY(ws->isVisible() && !ws->isOpening());
    ShortlistModel *model = ws->shortlistModel();
    QCOMPARE(model->rowCount(), 6);

    // Harbour Loft: responded, quoted 12,400.00, a caterer, notes, in the proposal.
    const int loft = model->rowOf(model->entryAt(0)->row.id);
    const ProjectVenue before = model->entryAt(loft)->row;
    QCOMPARE(model->entryAt(loft)->venueName, QStringLiteral("Harbour Loft"));
    QCOMPARE(before.status, OutreachStatus::Responded);
    QCOMPARE(before.quotedPriceCents, std::optional<qint64>(1'240'000));

    ws->selectRow(loft);
    QTest::mouseClick(child<QPushButton>(ws, "removeButton"), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 5);
    QVERIFY(!OutreachRepository(*db, book.annaId).fetchEntry(before.id));
    auto *bar = child<VUi::MessageBar>(ws, "messageBar");
    QVERIFY(ws->messageText().contains(QStringLiteral("Removed Harbour Loft")));
    QCOMPARE(bar->actionText(), QStringLiteral("&Undo"));
    screenshot(&window, QStringLiteral("undo-shortlist-removed-%1").arg(backend));

    auto *view = child<QTableView>(ws, "shortlistView");
    view->setFocus();
    pressUndo(view);
    QTRY_COMPARE(model->rowCount(), 6);
    const int back = model->rowOf(before.id);
    QVERIFY(back >= 0);
    const ProjectVenue row = model->entryAt(back)->row;
    QCOMPARE(row.status, OutreachStatus::Responded);
    QCOMPARE(row.quotedPriceCents, before.quotedPriceCents);
    QCOMPARE(row.cateringProviderId, before.cateringProviderId);
    QCOMPARE(row.notes, before.notes);
    QCOMPARE(row.includeInProposal, true);
    QCOMPARE(row.sentAt, before.sentAt);
    QCOMPARE(row.respondedAt, before.respondedAt);
    auto stored = OutreachRepository(*db, book.annaId).fetchEntry(before.id);
    VM_VERIFY_OK(stored);
    QCOMPARE(stored->row.status, OutreachStatus::Responded);
    QCOMPARE(stored->row.quotedPriceCents, before.quotedPriceCents);
    QVERIFY(ws->messageText().contains(QStringLiteral("Harbour Loft is back")));

    // Redo takes it off again.
    pressRedo(view);
    QTRY_COMPARE(model->rowCount(), 5);
    QVERIFY(!OutreachRepository(*db, book.annaId).fetchEntry(before.id));
    window.undoHistory()->undo();
    QTRY_COMPARE(model->rowCount(), 6);
    QCOMPARE(OutreachRepository(*db, book.annaId).fetchEntry(before.id)->row.quotedPriceCents,
        before.quotedPriceCents);
}

void tst_Undo::statusAndInPlaceEditsUndo()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(uniqueConnectionName());
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    VUi::ProjectsPage page(*db, book.anna);
    page.resize(1366, 768);
    page.show();
    page.openProject(book.summit.id);
    VUi::ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(ws->isVisible() && !ws->isOpening());
    ShortlistModel *model = ws->shortlistModel();
    VUi::UndoHistory *history = ws->undoHistory();

    // Old Mill Studios is awaiting a reply: moved to Responded, then back with Undo.
    const int mill = 1;
    const QString millId = model->entryAt(mill)->row.id;
    QCOMPARE(model->entryAt(mill)->row.status, OutreachStatus::Awaiting);
    ws->requestStatus(mill, OutreachStatus::Responded);
    QTRY_COMPARE(model->entryAt(model->rowOf(millId))->row.status, OutreachStatus::Responded);
    QTRY_VERIFY(history->canUndo());
    QCOMPARE(history->stack()->undoText(), QStringLiteral("Move Old Mill Studios to Responded"));
    history->undo();
    QTRY_COMPARE(model->entryAt(model->rowOf(millId))->row.status, OutreachStatus::Awaiting);
    QCOMPARE(OutreachRepository(*db, book.annaId).fetchEntry(millId)->row.status,
        OutreachStatus::Awaiting);
    history->redo();
    QTRY_COMPARE(model->entryAt(model->rowOf(millId))->row.status, OutreachStatus::Responded);
    history->undo();
    QTRY_COMPARE(model->entryAt(model->rowOf(millId))->row.status, OutreachStatus::Awaiting);

    // A price typed into the shortlist's cell, taken back.
    const int count = history->stack()->count();
    QVERIFY(model->setData(
        model->index(model->rowOf(millId), ShortlistModel::Price), QStringLiteral("9800.00")));
    QTRY_COMPARE(
        model->entryAt(model->rowOf(millId))->row.quotedPriceCents, std::optional<qint64>(980'000));
    QTRY_COMPARE(history->stack()->count(), count); // the redone status step was replaced
    QTRY_VERIFY(history->canUndo());
    history->undo();
    QTRY_COMPARE(model->entryAt(model->rowOf(millId))->row.quotedPriceCents, std::nullopt);
    QCOMPARE(OutreachRepository(*db, book.annaId).fetchEntry(millId)->row.quotedPriceCents,
        std::nullopt);
}

void tst_Undo::catererDeleteUndo()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(uniqueConnectionName());
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    MainWindow window(*db, book.anna, VUi::makePages(*db, book.anna));
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // A venue deleted first: its message offers Undo until a newer change is what Undo takes back.
    auto *venues = qobject_cast<VUi::VenuesPage *>(window.page(MainWindow::Page::Venues));
    QVERIFY(settled(venues));
    venues->selectRow(0);
    QTRY_VERIFY(venues->shownVenue().has_value());
    venues->deleteSelected();
    auto *venueUndo
        = venues->messageBar()->findChild<QToolButton *>(QStringLiteral("messageBarAction"));
    QVERIFY(venueUndo && venueUndo->isEnabled());

    window.showPage(MainWindow::Page::Catering);
    auto *page = qobject_cast<VUi::CateringPage *>(window.page(MainWindow::Page::Catering));
    QTRY_VERIFY(!page->isLoading()); // the list is read off the GUI thread
    page->selectRow(0);
    const CateringProvider first = *page->model()->providerAt(0);
    const int live = page->model()->rowCount();
    QTest::mouseClick(child<QPushButton>(page, "deleteButton"), Qt::LeftButton);
    QTRY_COMPARE(page->model()->rowCount(), live - 1);
    QVERIFY(CateringRepository(*db).fetchProvider(first.id)->isDeleted);
    QVERIFY(page->messageText().contains(first.name));
    QVERIFY2(
        !page->messageText().contains(QStringLiteral("Tick")), qPrintable(page->messageText()));
    QCOMPARE(page->messageActionText(), QStringLiteral("&Undo"));
    QVERIFY(!venueUndo->isEnabled()); // Undo now takes back the caterer's delete
    screenshot(&window, QStringLiteral("undo-caterer-deleted-%1").arg(backend));

    pressUndo(child<QTableView>(page, "table"));
    QTRY_COMPARE(page->model()->rowCount(), live);
    QVERIFY(!CateringRepository(*db).fetchProvider(first.id)->isDeleted);
    QVERIFY(page->messageText().contains(QStringLiteral("is back")));
    pressRedo(child<QTableView>(page, "table"));
    QVERIFY(CateringRepository(*db).fetchProvider(first.id)->isDeleted);
}

// A colleague purges the deleted venue before Undo: Undo says it in one sentence, the list and the
// database agree, and the history no longer offers that change.
void tst_Undo::failedUndoSaysSoAndStaysConsistent()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(uniqueConnectionName());
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 30));
    VUi::VenuesPage page(*db);
    page.resize(1366, 768);
    page.show();
    QVERIFY(settled(&page));
    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue().has_value());
    const Venue gone = *page.shownVenue();
    page.deleteSelected();
    QTRY_COMPARE(page.model()->rowCount(), 29);
    VUi::UndoHistory *history = page.undoHistory();
    QVERIFY(history->canUndo());

    auto colleague = temp.open(uniqueConnectionName());
    VM_VERIFY_OK(colleague);
    VM_VERIFY_OK(colleague->exec(QStringLiteral("colleague"),
        QStringLiteral("DELETE FROM venues WHERE id = :id"),
        { { QStringLiteral(":id"), gone.id } }));

    QSignalSpy failed(history, &VUi::UndoHistory::stepFailed);
    page.undoDelete();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(page.messageBar()->text().contains(QStringLiteral("no longer exists")),
        qPrintable(page.messageBar()->text()));
    QVERIFY(!page.messageBar()->text().contains(QLatin1Char('\n')));
    QVERIFY(!history->canUndo());
    QVERIFY(!history->canRedo());
    QCOMPARE(history->stack()->count(), 0);
    QVERIFY(!VenueRepository(*db).fetchVenue(gone.id));
    page.model()->refresh();
    QVERIFY(settled(&page));
    QCOMPARE(page.model()->rowCount(), 29);

    // The next change is undoable as usual.
    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue().has_value());
    const Venue next = *page.shownVenue();
    page.deleteSelected();
    QVERIFY(history->canUndo());
    page.undoDelete();
    QVERIFY(!VenueRepository(*db).fetchVenue(next.id)->isDeleted);
}

// A colleague shortlists the venue again before Undo of its removal: Undo says so, the shortlist
// shows the colleague's row, and the history holds nothing stale.
void tst_Undo::failedShortlistUndoSaysSo()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(uniqueConnectionName());
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    VUi::ProjectsPage page(*db, book.anna);
    page.resize(1366, 768);
    page.show();
    page.openProject(book.summit.id);
    VUi::ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(ws->isVisible() && !ws->isOpening());
    ShortlistModel *model = ws->shortlistModel();
    const ProjectVenue loft = model->entryAt(0)->row;
    ws->selectRow(0);
    ws->removeSelected();
    QTRY_COMPARE(model->rowCount(), 5);
    VUi::UndoHistory *history = ws->undoHistory();
    QTRY_VERIFY(history->canUndo());

    auto colleague = temp.open(uniqueConnectionName());
    VM_VERIFY_OK(colleague);
    auto added
        = OutreachRepository(*colleague, book.annaId).addVenues(book.summit.id, { loft.venueId });
    VM_VERIFY_OK(added);
    QCOMPARE(added->added.size(), 1);

    history->undo();
    QVERIFY2(ws->messageText().contains(QStringLiteral("on the shortlist again")),
        qPrintable(ws->messageText()));
    QVERIFY(!history->canUndo());
    QVERIFY(!history->canRedo());
    QTRY_COMPARE(model->rowCount(), 6); // the colleague's row, read again
    const int row = model->rowOf(added->added.first().id);
    QVERIFY(row >= 0);
    QCOMPARE(model->entryAt(row)->row.status, OutreachStatus::Draft);
    QVERIFY(!OutreachRepository(*db, book.annaId).fetchEntry(loft.id));
}

// One history per open database: after File ▸ Connect… to another database, Edit ▸ Undo has
// nothing to undo, and Ctrl+Z there does not touch the first database.
void tst_Undo::historyClearedOnDatabaseChange()
{
    VM_TEMP_DATABASE(first);
    TempDatabase second(backend);
    QVERIFY2(second.failReason().isEmpty(), qPrintable(second.failReason()));
    QString goneId;
    {
        auto db = first.openMigrated(uniqueConnectionName());
        VM_VERIFY_OK(db);
        VM_VERIFY_OK(insertVenueBook(*db, 5));
        auto other = second.openMigrated(uniqueConnectionName());
        VM_VERIFY_OK(other);
        VM_VERIFY_OK(insertVenueBook(*other, 5));
    }
    VUi::AppController controller(m_store);
    controller.flow()->setGate({});
    controller.start(first.url().toFullString());
    QVERIFY(passSignInGate([&] { return controller.mainWindow() != nullptr; }));
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 30000);
    QPointer<MainWindow> firstWindow = controller.mainWindow();
    auto *page = qobject_cast<VUi::VenuesPage *>(firstWindow->page(MainWindow::Page::Venues));
    QVERIFY(settled(page));
    page->selectRow(0);
    QTRY_VERIFY(page->shownVenue().has_value());
    goneId = page->shownVenue()->id;
    page->deleteSelected();
    QVERIFY(firstWindow->undoHistory()->canUndo());

    controller.chooseConnection();
    auto *dialog = firstWindow->findChild<VUi::ConnectionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setUrl(second.url());
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(passSignInGate([&] { return controller.mainWindow() != firstWindow.data(); }));
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != firstWindow.data(), 30000);
    MainWindow *window = controller.mainWindow();
    QVERIFY(!window->undoHistory()->canUndo());
    QCOMPARE(window->undoHistory()->stack()->count(), 0);
    QVERIFY(!editAction(*window, QStringLiteral("&Undo"))->isEnabled());
    window->undoHistory()->undo(); // nothing happens to the first database
    QTRY_VERIFY(firstWindow.isNull());
    auto db = first.open(uniqueConnectionName());
    VM_VERIFY_OK(db);
    QVERIFY(VenueRepository(*db).fetchVenue(goneId)->isDeleted);
    window->close();
}

void tst_Undo::savedFilesOfferTheirFolder()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated(uniqueConnectionName());
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    QTemporaryDir dir;
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    const QUrl folder = QUrl::fromLocalFile(QFileInfo(dir.path()).absoluteFilePath());

    VUi::ProposalPreviewDialog dialog(*db, book.summit.id);
    dialog.resize(1366, 768);
    dialog.show();
    QTRY_VERIFY(!dialog.isLoading()); // read off the GUI thread
    QVERIFY(dialog.hasProposal());
    QVERIFY(dialog.savedBar()->text().isEmpty());
    QVERIFY(dialog.savePdf(dir.filePath(QStringLiteral("Acme summit.pdf"))));
    QCOMPARE(dialog.savedBar()->text(), QStringLiteral("Saved the proposal as Acme summit.pdf."));
    QCOMPARE(dialog.savedBar()->actionText(), QStringLiteral("Open &Folder"));
    screenshot(&dialog, QStringLiteral("undo-proposal-saved-%1").arg(backend));
    dialog.savedBar()->triggerAction();
    QCOMPARE(recorder.opened, QList<QUrl> { folder });
    QVERIFY(dialog.saveCsv(dir.filePath(QStringLiteral("venues.csv"))));
    QVERIFY(dialog.savedBar()->text().contains(QStringLiteral("venues.csv")));

    VUi::VenuesPage page(*db);
    page.resize(1366, 768);
    page.show();
    QDir(dir.path()).mkdir(QStringLiteral("exports"));
    const QString csv = dir.filePath(QStringLiteral("exports/book.csv"));
    QCOMPARE(VUi::exportVenueSearchTo(&page, *db, {}, csv, page.messageBar()), 10);
    QCOMPARE(page.messageBar()->text(), QStringLiteral("Exported 10 venues to book.csv."));
    screenshot(&page, QStringLiteral("undo-export-confirmed-%1").arg(backend));
    page.messageBar()->triggerAction();
    QCOMPARE(recorder.opened.size(), 2);
    QCOMPARE(recorder.opened.last(),
        QUrl::fromLocalFile(QFileInfo(dir.filePath(QStringLiteral("exports"))).absoluteFilePath()));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

QTEST_MAIN(tst_Undo)
#include "tst_undo.moc"
