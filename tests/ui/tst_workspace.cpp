// The Projects page and a project's workspace, clicked through on real databases (both
// backends): create a project, open it, shortlist venues (picker and suggestions), change
// statuses through the inline editors, decline with a reason, draft an email, read the activity.
#include "auth/session.h"
#include "catering/cateringpage.h"
#include "domain/language.h"
#include "facilitypicker.h"
#include "itemmodels/activitymodel.h"
#include "itemmodels/projectlistmodel.h"
#include "itemmodels/shortlistmodel.h"
#include "itemmodels/suggestionmodel.h"
#include "itemmodels/venuelistmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "pages.h"
#include "projects/activitypanel.h"
#include "projects/addvenuesdialog.h"
#include "projects/declinedialog.h"
#include "projects/emaildraftdialog.h"
#include "projects/holdspanel.h"
#include "projects/outreachpanel.h"
#include "projects/projectdialog.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "projects/reportspage.h"
#include "projects/suggestionsdialog.h"
#include "projects/venuecalendardialog.h"
#include "repositories/facilitytermrepository.h"
#include "repositories/holdrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/spacerepository.h"
#include "services/shortlisteditor.h"
#include "tableheader.h"
#include "testdatabase.h"
#include "undo/undohistory.h"
#include "workflowbook.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace VenueMap::Ui;

class tst_Workspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createProjectThroughDialog_data() { addBackendRows(); }
    void createProjectThroughDialog();
    void shortlistAndOutreach_data() { addBackendRows(); }
    void shortlistAndOutreach();
    void pickerAndSuggestions_data() { addBackendRows(); }
    void pickerAndSuggestions();
    void htmlProjectShownAsText_data() { addBackendRows(); }
    void htmlProjectShownAsText();
    void projectGoneWhileOpening_data() { addBackendRows(); }
    void projectGoneWhileOpening();
    void failedListLoadKeepsRowsAndSaysWhy_data() { addBackendRows(); }
    void failedListLoadKeepsRowsAndSaysWhy();
    void screenshots();
    void shortlistColumnsAndEmptyState_data() { addBackendRows(); }
    void shortlistColumnsAndEmptyState();
    void shortlistScrollDatesAndWidths_data() { addBackendRows(); }
    void shortlistScrollDatesAndWidths();
    void waitingCountsAgree_data() { addBackendRows(); }
    void waitingCountsAgree();
    void declineWaitsForAReason_data() { addBackendRows(); }
    void declineWaitsForAReason();
    void needsAreTickedFromTheVocabulary_data() { addBackendRows(); }
    void needsAreTickedFromTheVocabulary();
    void addingVenuesIsUndoable_data() { addBackendRows(); }
    void addingVenuesIsUndoable();
    void expiringHoldsOnTheProjectsPage_data() { addBackendRows(); }
    void expiringHoldsOnTheProjectsPage();
    void holdsThroughThePanel_data() { addBackendRows(); }
    void holdsThroughThePanel();
    void roomNeedsMarkTheShortlist_data() { addBackendRows(); }
    void roomNeedsMarkTheShortlist();
};

template <typename T> static T *child(QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

// The editor the view has open now (closed ones linger until their deferred delete).
static QComboBox *openEditor(QWidget *view, const char *name)
{
    for (QComboBox *c : view->findChildren<QComboBox *>(QString::fromLatin1(name)))
        if (c->isVisible())
            return c;
    return nullptr;
}

static void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("VM_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void tst_Workspace::createProjectThroughDialog()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectsPage page(*db, book.anna);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading()); // the list is read off the GUI thread
    const int before = page.model()->rowCount();
    QCOMPARE(before, 4); // the active projects
    // The dialog reads its choices and saves off the GUI thread, and the list reads again there.
    const qint64 onGuiThread = Database::statementsOnMainThread();

    QTest::mouseClick(child<QPushButton>(&page, "newButton"), Qt::LeftButton);
    ProjectDialog *dialog = page.openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Saving without names is refused in the dialog, which stays open.
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(QStringLiteral("client")));
    QTest::keyClicks(child<QLineEdit>(dialog, "clientEdit"), QStringLiteral("Gamma Studios"));
    QTest::keyClicks(child<QLineEdit>(dialog, "eventEdit"), QStringLiteral("Ten Year Party"));
    child<QSpinBox>(dialog, "attendeesSpin")->setValue(150);
    QTest::keyClicks(child<QLineEdit>(dialog, "cityEdit"), QStringLiteral("Lisbon"));
    QTest::keyClicks(child<QLineEdit>(dialog, "budgetEdit"), QStringLiteral("-5"));
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->errorText().contains(QStringLiteral("budget")));
    child<QLineEdit>(dialog, "budgetEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "budgetEdit"), QStringLiteral("30000"));
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!page.openDialog());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), before + 1);
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);

    // Search narrows the list (debounced).
    QTest::keyClicks(child<QLineEdit>(&page, "searchEdit"), QStringLiteral("ten year"));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, ProjectListModel::Client).data().toString(),
        QStringLiteral("Gamma Studios"));
    child<QLineEdit>(&page, "searchEdit")->clear();
    // The status filter: completed projects.
    child<QComboBox>(&page, "statusCombo")
        ->setCurrentIndex(
            child<QComboBox>(&page, "statusCombo")->findData(int(ProjectStatus::Completed)));
    QTRY_COMPARE(page.model()->rowCount(), 2);
    // Sorting by a header click: client name, descending.
    child<QComboBox>(&page, "statusCombo")->setCurrentIndex(0);
    child<QTableView>(&page, "table")
        ->horizontalHeader()
        ->setSortIndicator(ProjectListModel::Client, Qt::DescendingOrder);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->index(0, ProjectListModel::Client).data().toString(),
        QStringLiteral("Gamma Studios"));
}

void tst_Workspace::shortlistAndOutreach()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectsPage page(*db, book.anna);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading()); // the list is read off the GUI thread
    page.selectRow(page.model()->rowOf(book.summit.id));
    QTest::mouseClick(child<QPushButton>(&page, "openButton"), Qt::LeftButton);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(ws->isVisible());
    // The shortlist is read off the GUI thread; until then nothing in it can be changed.
    if (ws->isOpening())
        QVERIFY(!child<QPushButton>(ws, "addVenuesButton")->isEnabled());
    QTRY_VERIFY(!ws->isOpening());
    QVERIFY(child<QPushButton>(ws, "addVenuesButton")->isEnabled());
    ShortlistModel *model = ws->shortlistModel();
    QCOMPARE(model->rowCount(), 6);

    // Client memory: Harbour Loft was proposed to Acme before; Azulejo Hall declined them.
    const int loft = 0, azulejo = 3;
    QVERIFY(model->index(loft, ShortlistModel::History)
                .data()
                .toString()
                .contains(QStringLiteral("Proposed before")));
    QVERIFY(model->index(azulejo, ShortlistModel::History)
                .data()
                .toString()
                .contains(QStringLiteral("No amplified music")));
    // Outreach counts on the chart and the chase list (Old Mill waited 12 days).
    QCOMPARE(ws->outreachPanel()->countShown(OutreachStatus::Awaiting), 1);
    QCOMPARE(ws->outreachPanel()->countShown(OutreachStatus::Declined), 1);
    ws->outreachPanel()->setChaseDays(7);
    QTRY_VERIFY(!ws->outreachPanel()->isLoadingChaseList()); // read off the GUI thread
    QCOMPARE(ws->outreachPanel()->chaseList()->topLevelItemCount(), 1);
    QCOMPARE(ws->outreachPanel()->chaseList()->topLevelItem(0)->text(0),
        QStringLiteral("Old Mill Studios"));

    // Change Azulejo Hall's status through the inline combo.
    QTableView *view = child<QTableView>(ws, "shortlistView");
    const QModelIndex statusIndex = model->index(azulejo, ShortlistModel::Status);
    view->setCurrentIndex(statusIndex);
    view->edit(statusIndex);
    auto *combo = openEditor(view, "statusEditor");
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(OutreachStatus::Sent)));
    Q_EMIT combo->activated(combo->currentIndex());
    QTRY_COMPARE(
        model->index(azulejo, ShortlistModel::Status).data(ShortlistModel::StatusRole).toInt(),
        int(OutreachStatus::Sent));
    QVERIFY(!model->index(azulejo, ShortlistModel::Sent).data().toString().isEmpty());
    QCOMPARE(ws->outreachPanel()->countShown(OutreachStatus::Sent), 2);

    // Declining asks for a reason; an empty one is refused, a real one saves.
    view->edit(statusIndex);
    combo = openEditor(view, "statusEditor");
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(OutreachStatus::Declined)));
    Q_EMIT combo->activated(combo->currentIndex());
    QTRY_VERIFY(ws->declineDialog());
    ws->declineDialog()->setNote(QStringLiteral("   "));
    ws->declineDialog()->accept(); // no reason chosen
    QTRY_VERIFY(ws->messageText().contains(QStringLiteral("needs a reason")));
    QCOMPARE(model->index(azulejo, ShortlistModel::Status).data(ShortlistModel::StatusRole).toInt(),
        int(OutreachStatus::Sent));
    ws->requestStatus(azulejo, OutreachStatus::Declined);
    QTRY_VERIFY(ws->declineDialog());
    ws->declineDialog()->setCode(DeclineCode::CapacityTooSmall);
    ws->declineDialog()->setNote(QStringLiteral("Too small for 120"));
    ws->declineDialog()->accept();
    QTRY_COMPARE(model->index(azulejo, ShortlistModel::Status).data().toString(),
        QStringLiteral("Declined"));
    // The reason is the status's tooltip: the column is not cut off at "Declined: Too…".
    QVERIFY(model->index(azulejo, ShortlistModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Declined: Capacity too small: Too small for 120")));

    // The include checkbox and the caterer combo.
    const int mill = 1;
    QVERIFY(model->setData(
        model->index(mill, ShortlistModel::Include), Qt::Checked, Qt::CheckStateRole));
    const QModelIndex catererIndex = model->index(mill, ShortlistModel::Caterer);
    view->edit(catererIndex);
    auto *caterer = openEditor(view, "catererEditor");
    QVERIFY(caterer);
    QCOMPARE(caterer->count(), 4); // none + three live caterers
    caterer->setCurrentIndex(caterer->findText(QStringLiteral("Sal e Pimenta")));
    Q_EMIT caterer->activated(caterer->currentIndex());
    QTRY_COMPARE(model->index(mill, ShortlistModel::Caterer).data().toString(),
        QStringLiteral("Sal e Pimenta"));

    // Adding a venue already there is named, not done twice.
    ws->addVenues({ book.venueIds[0], book.venueIds[7] });
    QTRY_COMPARE(model->rowCount(), 7); // saved off the GUI thread
    QVERIFY(ws->messageText().contains(QStringLiteral("Harbour Loft")));

    // The email draft for the new venue: copy, then mark sent.
    ws->selectRow(6);
    QTest::mouseClick(child<QPushButton>(ws, "emailButton"), Qt::LeftButton);
    QTRY_VERIFY(ws->emailDialog());
    EmailDraftDialog *mail = ws->emailDialog();
    QVERIFY(child<QPlainTextEdit>(mail, "bodyEdit")
                ->toPlainText()
                .contains(QStringLiteral("Spring Leadership Summit")));
    QVERIFY(child<QPlainTextEdit>(mail, "bodyEdit")
                ->toPlainText()
                .contains(QStringLiteral("Senior Event Manager")));
    QVERIFY(child<QPlainTextEdit>(mail, "bodyEdit")->toPlainText().contains(QStringLiteral("120")));
    QVERIFY(!child<QPushButton>(mail, "markSentButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(mail, "copyButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(
        QStringLiteral("Subject: Availability enquiry")));
    QTest::mouseClick(child<QPushButton>(mail, "markSentButton"), Qt::LeftButton);
    QTRY_COMPARE(model->index(6, ShortlistModel::Status).data(ShortlistModel::StatusRole).toInt(),
        int(OutreachStatus::Sent));
    QTRY_VERIFY(ws->messageText().contains(QStringLiteral("Marked Alfama Rooftop as sent.")));

    // Remove and reorder.
    ws->selectRow(5);
    QTest::mouseClick(child<QPushButton>(ws, "removeButton"), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 6); // saved off the GUI thread
    QVERIFY(ws->messageText().contains(QStringLiteral("Removed Jardim Estrela Pavilion")));
    ws->selectRow(1);
    QTest::mouseClick(child<QToolButton>(ws, "upButton"), Qt::LeftButton);
    QTRY_COMPARE(model->entryAt(0)->venueName, QStringLiteral("Old Mill Studios"));
    QCOMPARE(ws->selectedRow(), 0); // the moved row stays selected

    // The activity panel says it all in sentences, newest first, filterable (read off the GUI
    // thread).
    QTRY_VERIFY(!ws->activityPanel()->isLoading());
    const QStringList said = ws->activityPanel()->sentences();
    QVERIFY2(
        said.contains(QStringLiteral(
            "Anna Reyes moved Azulejo Hall to Declined (“Capacity too small: Too small for 120”)")),
        qPrintable(said.join('\n')));
    QVERIFY(said.contains(QStringLiteral("Anna Reyes moved Azulejo Hall to Sent")));
    QVERIFY(said.contains(QStringLiteral("Anna Reyes added Alfama Rooftop to the shortlist")));
    QVERIFY(
        said.contains(QStringLiteral("Anna Reyes drafted an outreach email to Alfama Rooftop")));
    QVERIFY(said.contains(
        QStringLiteral("Anna Reyes removed Jardim Estrela Pavilion from the shortlist")));
    QComboBox *filter = ws->activityPanel()->filterCombo();
    filter->setCurrentIndex(filter->findData(Action::VenueRemoved));
    QTRY_COMPARE(ws->activityPanel()->sentences(),
        QStringList {
            QStringLiteral("Anna Reyes removed Jardim Estrela Pavilion from the shortlist") });

    // Back on the list, the counts followed.
    QTest::mouseClick(child<QToolButton>(ws, "backButton"), Qt::LeftButton);
    QTRY_VERIFY(!page.isLoading());
    const int row = page.model()->rowOf(book.summit.id);
    QCOMPARE(page.model()->index(row, ProjectListModel::Shortlisted).data().toInt(), 6);
}

void tst_Workspace::pickerAndSuggestions()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectWorkspace ws(*db, book.anna);
    ws.resize(1280, 800);
    VM_VERIFY_OK(ws.open(book.summit.id));
    ws.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ws));
    QTRY_VERIFY(!ws.isOpening());

    QTest::mouseClick(child<QPushButton>(&ws, "addVenuesButton"), Qt::LeftButton);
    QTRY_VERIFY(ws.addVenuesDialog());
    AddVenuesDialog *picker = ws.addVenuesDialog();
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("roof"));
    QTRY_COMPARE_WITH_TIMEOUT(picker->model()->rowCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !picker->model()->index(0, 0).data(VenueListModel::VenueIdRole).toString().isEmpty(),
        10000);
    picker->view()->selectRow(0);
    QCOMPARE(picker->selectedVenueIds(), QStringList { book.venueIds[7] });
    picker->accept(); // not the Add button: accept() alone adds nothing
    QCOMPARE(ws.shortlistModel()->rowCount(), 6);
    QVERIFY(!ws.shortlistEditor()->isBusy()); // nothing on its way either
    QTest::mouseClick(child<QPushButton>(&ws, "addVenuesButton"), Qt::LeftButton);
    QTRY_VERIFY(ws.addVenuesDialog() && ws.addVenuesDialog() != picker);
    picker = ws.addVenuesDialog();
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("roof"));
    QTRY_COMPARE_WITH_TIMEOUT(picker->model()->rowCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !picker->model()->index(0, 0).data(VenueListModel::VenueIdRole).toString().isEmpty(),
        10000);
    picker->view()->selectRow(0);
    auto *add = picker->findChild<QDialogButtonBox *>()->buttons().at(0);
    for (QAbstractButton *b : picker->findChild<QDialogButtonBox *>()->buttons())
        if (b->text().contains(QStringLiteral("Add")))
            add = b;
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE(ws.shortlistModel()->rowCount(), 7);
    QCOMPARE(ws.shortlistModel()->entryAt(6)->venueName, QStringLiteral("Alfama Rooftop"));

    // Suggestions: the shortlisted venues are left out, the best fit comes first, parts shown.
    QTest::mouseClick(child<QPushButton>(&ws, "suggestButton"), Qt::LeftButton);
    QTRY_VERIFY(ws.suggestionsDialog());
    SuggestionsDialog *suggest = ws.suggestionsDialog();
    QTRY_VERIFY(!suggest->isLoading()); // ranked off the GUI thread
    SuggestionModel *ranked = suggest->model();
    // Belém and Porto Wine Vaults; Tejo Boathouse seats 110 of the 120 guests: not suggested.
    QCOMPARE(ranked->rowCount(), 2);
    QCOMPARE(ranked->suggestionAt(0)->name, QStringLiteral("Belém Conference Centre"));
    QCOMPARE(ranked->suggestionAt(1)->name, QStringLiteral("Porto Wine Vaults"));
    QCOMPARE(ranked->index(0, SuggestionModel::Needs).data().toString(), QStringLiteral("3 of 3"));
    QCOMPARE(ranked->index(0, SuggestionModel::Match).data().toString(),
        QStringLiteral("Seats 800 · needs met: 3 of 3"));
    shoot(suggest, QStringLiteral("suggestions"));
    ranked->setChecked(0, true);
    QVERIFY(suggest->addButton()->isEnabled());
    QTest::mouseClick(suggest->addButton(), Qt::LeftButton);
    QTRY_COMPARE(ws.shortlistModel()->rowCount(), 8);
}

// A project a colleague deleted (or that cannot be read) while the list still showed it: the
// workspace does not open on nothing; the list comes back and says why.

// Every label shows the stored text as text: plain, or markup the app built with the data escaped.
static void verifyLabelsShowText(QWidget *root)
{
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (l->textFormat() == Qt::PlainText)
            continue;
        QVERIFY2(l->textFormat() == Qt::RichText || !Qt::mightBeRichText(l->text()),
            qPrintable(l->objectName() + QLatin1String(": ") + l->text()));
        QVERIFY2(
            !l->text().contains(QLatin1String("<img")) && !l->text().contains(QLatin1String("<i>")),
            qPrintable(l->objectName() + QLatin1String(": ") + l->text()));
    }
}

// A tooltip Qt would read as rich text shows the literal text.
static void verifyToolTipShowsText(const QString &tip, const QString &literal)
{
    if (!Qt::mightBeRichText(tip)) {
        QVERIFY2(tip.contains(literal), qPrintable(tip));
        return;
    }
    QTextDocument doc;
    doc.setHtml(tip);
    QVERIFY2(doc.toPlainText().contains(literal), qPrintable(tip));
}

// Issue 12 finding 3: a project and a venue whose text is HTML, as the workspace shows them.
void tst_Workspace::htmlProjectShownAsText()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    const QString client = QStringLiteral("<i>Acme</i> <img src=\"/dev/zero\">");
    const QString event = QStringLiteral("<img src=\"file:///etc/hostname\"> Summit");
    const QString venue = QStringLiteral("<i>Roof</i> <img src=\"/dev/zero\">");
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral(
            "UPDATE projects SET client_name = :c, event_name = :e, notes = :n WHERE id = :id"),
        { { QStringLiteral(":c"), client }, { QStringLiteral(":e"), event },
            { QStringLiteral(":n"), client }, { QStringLiteral(":id"), book.summit.id } }));
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE venues SET name = :n WHERE id = :id"),
        { { QStringLiteral(":n"), venue }, { QStringLiteral(":id"), book.venueIds[0] } }));
    ProjectsPage page(*db, book.anna);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading()); // the list is read off the GUI thread
    QTRY_VERIFY(page.model()->rowCount() > 0);
    verifyLabelsShowText(&page);
    bool foundTip = false;
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        const QString tip = page.model()->index(r, 0).data(Qt::ToolTipRole).toString();
        if (!tip.isEmpty() && tip.contains(QLatin1String("Acme"))) {
            verifyToolTipShowsText(tip, client);
            foundTip = true;
        }
    }
    QVERIFY(foundTip);

    ProjectWorkspace ws(*db, book.anna);
    ws.resize(1280, 800);
    VM_VERIFY_OK(ws.open(book.summit.id));
    ws.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ws));
    QTRY_VERIFY(!ws.isOpening());
    verifyLabelsShowText(&ws);
    auto *title = child<QLabel>(&ws, "titleLabel");
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QVERIFY2(
        title->text().contains(client) && title->text().contains(event), qPrintable(title->text()));
    auto *shortlist = ws.shortlistModel();
    bool foundVenue = false;
    for (int r = 0; r < shortlist->rowCount(); ++r) {
        const QString tip = shortlist->index(r, 0).data(Qt::ToolTipRole).toString();
        if (tip.contains(QLatin1String("Roof"))) {
            verifyToolTipShowsText(tip, venue);
            foundVenue = true;
        }
    }
    QVERIFY(foundVenue);
    ws.grab().save(QStringLiteral("/work/notes/html-project.png"));
}

void tst_Workspace::projectGoneWhileOpening()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectsPage page(*db, book.anna);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading()); // the list is read off the GUI thread
    page.openProject(QStringLiteral("00000000-0000-0000-0000-00000000dead"));
    QTRY_VERIFY(!page.workspace()->isOpening());
    QTRY_VERIFY(!page.workspace()->isVisible());
    auto *bar = child<VenueMap::Ui::MessageBar>(child<QWidget>(&page, "listPage"), "messageBar");
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QLatin1String("no longer exists")), qPrintable(bar->text()));
    // The list still works: the real project opens.
    page.openProject(book.summit.id);
    QTRY_VERIFY(page.workspace()->isVisible());
    QTRY_VERIFY(!page.workspace()->isOpening());
    QCOMPARE(page.workspace()->shortlistModel()->rowCount(), 6);
}

// The list is read off the GUI thread: the rows arrive after the load, and a load that fails
// (here: the table is gone) leaves the rows on screen and says why in one sentence.
void tst_Workspace::failedListLoadKeepsRowsAndSaysWhy()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectsPage page(*db, book.anna);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 4); // the active projects
    QVERIFY(page.model()->rowOf(book.summit.id) >= 0);
    auto *bar = child<VenueMap::Ui::MessageBar>(child<QWidget>(&page, "listPage"), "messageBar");
    QVERIFY(!bar->isVisible());

    VM_VERIFY_OK(db->execDirect(
        QStringLiteral("test"), QStringLiteral("ALTER TABLE projects RENAME TO projects_away")));
    page.reload();
    QTRY_VERIFY(!page.isLoading());
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QStringLiteral("Could not list the projects")),
        qPrintable(bar->text()));
    QCOMPARE(page.model()->rowCount(), 4); // what was shown stays
    // Edit reads the project off the GUI thread too, and says so when it cannot.
    page.selectRow(page.model()->rowOf(book.summit.id));
    page.editSelected();
    QTRY_VERIFY(!page.isLoading());
    QVERIFY(!page.openDialog());
    QVERIFY2(bar->text().startsWith(QStringLiteral("Could not ")), qPrintable(bar->text()));

    VM_VERIFY_OK(db->execDirect(
        QStringLiteral("test"), QStringLiteral("ALTER TABLE projects_away RENAME TO projects")));
    page.selectRow(page.model()->rowOf(book.summit.id));
    page.editSelected();
    QTRY_VERIFY(page.openDialog());
    QCOMPARE(page.openDialog()->windowTitle().contains(book.summit.eventName), true);
    page.openDialog()->reject();
}

void tst_Workspace::screenshots()
{
    if (qEnvironmentVariable("VM_SCREENSHOTS").isEmpty())
        QSKIP("set VM_SCREENSHOTS=/folder to save screenshots");
    TempDatabase tmp(QStringLiteral("sqlite"));
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectsPage page(*db, book.anna);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading()); // the list is read off the GUI thread
    child<QComboBox>(&page, "statusCombo")->setCurrentIndex(0);
    page.selectRow(page.model()->rowOf(book.summit.id));
    shoot(&page, QStringLiteral("projects"));
    page.openProject(book.summit.id);
    QTRY_VERIFY(!page.workspace()->isOpening());
    page.workspace()->selectRow(1);
    QTest::qWait(50);
    shoot(&page, QStringLiteral("workspace"));
    child<QTabWidget>(page.workspace(), "sideTabs")->setCurrentIndex(1);
    QTest::qWait(50);
    shoot(&page, QStringLiteral("workspace-activity"));
    page.workspace()->openEmailDraft(1);
    QTRY_VERIFY(page.workspace()->emailDialog());
    shoot(page.workspace()->emailDialog(), QStringLiteral("email"));
    page.workspace()->emailDialog()->reject();
    page.showReports();
    QTest::qWait(50);
    shoot(&page, QStringLiteral("reports"));

    // The pages as the main window shows them, with the person signed in.
    Session::setCurrent(book.anna);
    MainWindow window(*db, Session::current(), makePages(*db, Session::current()));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Projects);
    QTest::qWait(50);
    shoot(&window, QStringLiteral("window-projects"));
    window.showPage(MainWindow::Page::Catering);
    QTest::qWait(50);
    shoot(&window, QStringLiteral("window-catering"));
    // A laptop screen: the open project with its own Proposal button, and the window's Data menu.
    window.resize(1366, 768);
    window.showPage(MainWindow::Page::Projects);
    auto *projects = qobject_cast<ProjectsPage *>(window.page(MainWindow::Page::Projects));
    projects->openProject(book.summit.id);
    QTRY_VERIFY(!projects->workspace()->isOpening());
    QTest::qWait(50);
    shoot(&window, QStringLiteral("window-workspace"));
    auto *data = window.findChild<QMenu *>(QStringLiteral("menuData"));
    data->popup(window.mapToGlobal(QPoint(120, 24)));
    QTest::qWait(50);
    shoot(data, QStringLiteral("window-data-menu"));
    data->close();
    Session::clear();
}

// Issue 19: the shortlist tells same-named venues apart by city and capacity, a decline's reason
// is a tooltip rather than a cut-off status, and an empty shortlist says how to add venues.
void tst_Workspace::shortlistColumnsAndEmptyState()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectsPage page(*db, book.anna);
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openProject(book.summit.id);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(!ws->isOpening());
    ShortlistModel *model = ws->shortlistModel();
    QCOMPARE(
        model->headerData(ShortlistModel::City, Qt::Horizontal).toString(), QStringLiteral("City"));
    QCOMPARE(model->headerData(ShortlistModel::Capacity, Qt::Horizontal).toString(),
        QStringLiteral("Capacity"));
    const int azulejo = 3;
    QCOMPARE(model->index(azulejo, ShortlistModel::Venue).data().toString(),
        QStringLiteral("Azulejo Hall"));
    QCOMPARE(
        model->index(azulejo, ShortlistModel::City).data().toString(), QStringLiteral("Lisbon"));
    QCOMPARE(
        model->index(azulejo, ShortlistModel::Capacity).data().toString(), QStringLiteral("90"));
    auto *view = child<QTableView>(ws, "shortlistView");
    QVERIFY(!view->horizontalHeader()->isSectionHidden(ShortlistModel::City));
    QVERIFY(view->columnWidth(ShortlistModel::City) > 0);
    QVERIFY(ws->emptyText().isEmpty());
    // The chart panel does not take a third of the width.
    auto *side = child<QWidget>(ws, "sideTabs");
    QVERIFY2(side->width() * 3 < ws->width(),
        qPrintable(QStringLiteral("%1 of %2").arg(side->width()).arg(ws->width())));

    ProjectRepository projects(*db, book.anna.id);
    Project fresh;
    fresh.clientName = QStringLiteral("Gamma Games");
    fresh.eventName = QStringLiteral("Launch Night");
    fresh.city = QStringLiteral("Lisbon");
    auto added = projects.addProject(fresh);
    VM_VERIFY_OK(added);
    page.openProject(added->id);
    QTRY_VERIFY(!ws->isOpening());
    QCOMPARE(model->rowCount(), 0);
    QVERIFY2(ws->emptyText().contains(QStringLiteral("Add venues")), qPrintable(ws->emptyText()));
    auto *empty = child<QWidget>(view, "emptyState");
    QVERIFY(empty->isVisible());
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty())
        page.grab().save(QDir(shots).filePath(QStringLiteral("shortlist-empty.png")));
    QTest::mouseClick(child<QPushButton>(empty, "emptyAction"), Qt::LeftButton);
    QTRY_VERIFY(ws->addVenuesDialog());
    ws->addVenuesDialog()->reject();
}

// The English plural forms guiMain installs ("2 venues", not "2 venue(s)"), while a test runs.
struct EnglishPluralsInstalled
{
    EnglishPlurals plurals;
    EnglishPluralsInstalled() { QCoreApplication::installTranslator(&plurals); }
    ~EnglishPluralsInstalled() { QCoreApplication::removeTranslator(&plurals); }
};

// The project that is not the summit but has a shortlist too (the client's winter party).
static QString otherProjectWithShortlist(const Database &db, const WorkflowBook &book)
{
    ProjectFilter all;
    all.status = ProjectStatus::Completed;
    auto projects = ProjectRepository(db, book.annaId).fetchProjects(all);
    if (!projects)
        return {};
    for (const ProjectSummary &p : *projects)
        if (p.project.eventName == QStringLiteral("Winter Party 2025"))
            return p.project.id;
    return {};
}

// Walkthrough: a project opens at the shortlist's first column, not where the last one was
// scrolled to; dates show their year; no header is cut ("Qu…"), nor a venue's name; the line
// above the shortlist stays one line, cut short with its whole text as tooltip.
void tst_Workspace::shortlistScrollDatesAndWidths()
{
    const EnglishPluralsInstalled english;
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    const QString winter = otherProjectWithShortlist(*db, book);
    QVERIFY(!winter.isEmpty());
    // The shortlist's default columns, as on a first start (not what an earlier run remembered).
    QSettings().remove(TableHeader::settingsKey(QStringLiteral("shortlist")));
    ProjectsPage page(*db, book.anna);
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    page.openProject(book.summit.id);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(!ws->isOpening());
    auto *view = child<QTableView>(ws, "shortlistView");
    QScrollBar *across = view->horizontalScrollBar();
    QVERIFY2(across->maximum() > 0, "at 1024 pixels the shortlist scrolls sideways");
    across->setValue(across->maximum());
    QVERIFY(across->value() > 0);
    page.openProject(winter);
    QTRY_VERIFY(!ws->isOpening());
    QCOMPARE(ws->shortlistModel()->rowCount(), 3);
    QCOMPARE(across->value(), 0);

    // Sent (and Responded) show the day with its year, as every page shows a date.
    page.openProject(book.summit.id);
    QTRY_VERIFY(!ws->isOpening());
    ShortlistModel *model = ws->shortlistModel();
    const int casa = 2; // asked, no answer yet
    const ShortlistEntry *entry = model->entryAt(casa);
    QCOMPARE(entry->venueName, QStringLiteral("Casa do Rio"));
    QVERIFY(entry->row.sentAt.isValid());
    const QDate sent = entry->row.sentAt.toLocalTime().date();
    const QString shown = model->index(casa, ShortlistModel::Sent).data().toString();
    QCOMPARE(shown, displayDate(sent));
    QVERIFY2(shown.endsWith(QString::number(sent.year())), qPrintable(shown));
    QCOMPARE(model->index(0, ShortlistModel::Responded).data().toString(),
        displayDate(model->entryAt(0)->row.respondedAt.toLocalTime().date()));

    // By default the dates and the client history wait in the column chooser (the shortlist fits
    // a 1366-pixel laptop); shown from there, they are as wide as a date.
    QHeaderView *chosen = view->horizontalHeader();
    for (int c : { ShortlistModel::History, ShortlistModel::Sent, ShortlistModel::Responded }) {
        QVERIFY(chosen->isSectionHidden(c));
        auto *chooser = chosen->findChild<TableHeader *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(chooser);
        chooser->setColumnShown(c, true);
    }
    for (const QSize size : { QSize(1366, 768), QSize(1024, 700) }) {
        page.resize(size);
        QTest::qWait(20);
        const QString at = QStringLiteral(" at %1x%2").arg(size.width()).arg(size.height());
        QHeaderView *header = view->horizontalHeader();
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                qPrintable(model->headerData(c, Qt::Horizontal).toString() + at));
        // The whole of each date and each name fits its cell.
        const int dateWidth = view->fontMetrics().horizontalAdvance(shown);
        QVERIFY(header->sectionSize(ShortlistModel::Sent) > dateWidth);
        QFont bold = view->font();
        bold.setBold(true);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString name = model->entryAt(r)->venueName;
            QVERIFY2(header->sectionSize(ShortlistModel::Venue)
                    > QFontMetrics(bold).horizontalAdvance(name) + 8,
                qPrintable(name + at));
        }
        // One line, whole or cut short with the whole as its tooltip.
        auto *summary = child<QLabel>(ws, "shortlistSummary");
        QVERIFY2(!summary->text().contains(QLatin1Char('\n')), qPrintable(summary->text()));
        QVERIFY2(summary->height() < 2 * summary->fontMetrics().height(), qPrintable(at));
        QVERIFY(ws->summaryText().startsWith(QStringLiteral("6 venues · 1 in proposal")));
        if (summary->text() != ws->summaryText())
            QCOMPARE(summary->toolTip(), ws->summaryText());
        if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty())
            page.grab().save(
                QDir(shots).filePath(QStringLiteral("shortlist-%1.png").arg(size.width())));
    }
}

// The header's count of venues waiting for a reply and the outreach panel's come from one
// definition (Core::waitingForReplyCount: Sent or Awaiting reply), say it in the same words, and
// agree with the bars and the chase list, for a shortlist with a venue in every status.
void tst_Workspace::waitingCountsAgree()
{
    const EnglishPluralsInstalled english;
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectsPage page(*db, book.anna);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    page.openProject(book.summit.id);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(!ws->isOpening());

    auto counts = OutreachRepository(*db, book.annaId).countsByStatus(book.summit.id);
    VM_VERIFY_OK(counts);
    for (OutreachStatus s : allOutreachStatuses())
        QVERIFY2(counts->value(s) > 0, qPrintable(outreachStatusLabel(s)));
    const int waiting = waitingForReplyCount(*counts);
    QCOMPARE(
        waiting, counts->value(OutreachStatus::Sent) + counts->value(OutreachStatus::Awaiting));
    QCOMPARE(waiting, 2);
    OutreachPanel *panel = ws->outreachPanel();
    QCOMPARE(panel->countShown(OutreachStatus::Sent) + panel->countShown(OutreachStatus::Awaiting),
        waiting);
    QCOMPARE(panel->waitingShown(), QStringLiteral("2 waiting for a reply"));
    QVERIFY2(ws->summaryText().endsWith(QStringLiteral(" · 2 waiting for a reply")),
        qPrintable(ws->summaryText()));
    const auto keepDays = qScopeGuard([panel, days = panel->chaseDays()] {
        panel->setChaseDays(days); // a setting: the next test finds it as it was
    });
    panel->setChaseDays(0); // everyone who was asked
    QTRY_VERIFY(!panel->isLoadingChaseList());
    QCOMPARE(panel->chaseList()->topLevelItemCount(), waiting);

    // A status change moves all of them together.
    const int draft = 3; // Azulejo Hall
    QCOMPARE(ws->shortlistModel()->entryAt(draft)->row.status, OutreachStatus::Draft);
    ws->requestStatus(draft, OutreachStatus::Sent);
    QTRY_COMPARE(panel->waitingShown(), QStringLiteral("3 waiting for a reply"));
    QVERIFY2(ws->summaryText().endsWith(QStringLiteral(" · 3 waiting for a reply")),
        qPrintable(ws->summaryText()));
    counts = OutreachRepository(*db, book.annaId).countsByStatus(book.summit.id);
    VM_VERIFY_OK(counts);
    QCOMPARE(waitingForReplyCount(*counts), 3);
    QTRY_VERIFY(!panel->isLoadingChaseList());
    QCOMPARE(panel->chaseList()->topLevelItemCount(), 3);
}

// Declining asks for the reason: "Mark declined" waits until one is chosen from the list (none
// is chosen for the person), and its tooltip says so; the note goes with it.
void tst_Workspace::declineWaitsForAReason()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectsPage page(*db, book.anna);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    page.openProject(book.summit.id);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(!ws->isOpening());
    const int casa = 2;
    ws->requestStatus(casa, OutreachStatus::Declined);
    QTRY_VERIFY(ws->declineDialog());
    DeclineDialog *dialog = ws->declineDialog();
    QPushButton *ok = dialog->declineButton();
    QCOMPARE(ok->text(), QStringLiteral("Mark declined"));
    QVERIFY(!dialog->code());
    QCOMPARE(dialog->reasonCombo()->currentIndex(), -1);
    QCOMPARE(dialog->reasonCombo()->count(), int(allDeclineCodes().size()));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(ok->toolTip(), QStringLiteral("Choose the reason first."));
    QVERIFY2(dialog->explanation().contains(QStringLiteral("to mark Casa do Rio declined")),
        qPrintable(dialog->explanation()));
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Closed for works"));
    QVERIFY(!ok->isEnabled()); // a note is no reason
    dialog->reasonCombo()->setCurrentIndex(
        dialog->reasonCombo()->findData(int(DeclineCode::DatesUnavailable)));
    QVERIFY(ok->isEnabled());
    QVERIFY(ok->toolTip().isEmpty());
    QCOMPARE(dialog->reasonCombo()->currentText(), QStringLiteral("Dates unavailable"));
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty())
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("decline-reason.png")));
    QTest::mouseClick(ok, Qt::LeftButton);
    ShortlistModel *model = ws->shortlistModel();
    QTRY_COMPARE(model->entryAt(casa)->row.status, OutreachStatus::Declined);
    QCOMPARE(model->entryAt(casa)->row.declineReason,
        QStringLiteral("Dates unavailable: Closed for works"));
}

// The project's needs are ticked from the facility vocabulary, like a venue's facilities: stored
// as the vocabulary's labels ("wifi" becomes "Wi-Fi"), and a need the vocabulary does not know
// stays ticked (and stored) until it is unticked. The dialog fits a 1366x768 screen.
void tst_Workspace::needsAreTickedFromTheVocabulary()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectRepository repo(*db, book.annaId);
    Project p;
    p.clientName = QStringLiteral("Nordwind");
    p.eventName = QStringLiteral("Board Dinner");
    p.requiredFacilities
        = { QStringLiteral("wifi"), QStringLiteral("Helipad"), QStringLiteral("stage") };
    auto added = repo.addProject(p);
    VM_VERIFY_OK(added);
    auto vocabulary = FacilityTermRepository(*db).load();
    VM_VERIFY_OK(vocabulary);
    const QStringList labels = vocabulary->labels();
    QVERIFY(labels.contains(QStringLiteral("Wi-Fi")) && labels.contains(QStringLiteral("Stage")));

    ProjectDialog dialog(&repo, *added);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.isLoadingChoices());
    auto *picker = child<FacilityPicker>(&dialog, "facilitiesPicker");
    QCOMPARE(picker->count(), labels.size() + 1); // the vocabulary, then Helipad
    for (int i = 0; i < labels.size(); ++i)
        QCOMPARE(picker->item(i)->text(), labels.at(i));
    QCOMPARE(picker->item(labels.size())->text(), QStringLiteral("Helipad"));
    QStringList expected;
    for (const QString &label : labels)
        if (label == QStringLiteral("Wi-Fi") || label == QStringLiteral("Stage"))
            expected << label;
    QCOMPARE(picker->checked(), expected + QStringList { QStringLiteral("Helipad") });
    // Every label whole, and the dialog on a laptop screen.
    for (int i = 0; i < picker->count(); ++i)
        QVERIFY2(picker->visualItemRect(picker->item(i)).width()
                > picker->fontMetrics().horizontalAdvance(picker->item(i)->text()) + 20,
            qPrintable(picker->item(i)->text()));
    QVERIFY2(!picker->verticalScrollBar()->isVisible(), "every facility in sight");
    QVERIFY2(dialog.sizeHint().height() <= 700 && dialog.sizeHint().width() <= 1300,
        qPrintable(QStringLiteral("%1x%2")
                       .arg(dialog.sizeHint().width())
                       .arg(dialog.sizeHint().height())));
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("project-dialog-needs.png")));

    // Tick Parking as a click does, save: labels stored, Helipad kept.
    QVERIFY(picker->setFacilityChecked(QStringLiteral("Parking"), true));
    dialog.save();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    auto saved = repo.fetchProject(added->id);
    VM_VERIFY_OK(saved);
    // In the picker's order: the vocabulary's, then what it does not know.
    QStringList ticked;
    for (const QString &label : labels)
        if (QStringList {
                QStringLiteral("Wi-Fi"), QStringLiteral("Parking"), QStringLiteral("Stage") }
                .contains(label))
            ticked << label;
    QCOMPARE(saved->requiredFacilities, ticked + QStringList { QStringLiteral("Helipad") });

    // Unticked, the unknown need is gone.
    ProjectDialog again(&repo, *saved);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_VERIFY(!again.isLoadingChoices());
    auto *picker2 = child<FacilityPicker>(&again, "facilitiesPicker");
    QVERIFY(picker2->setFacilityChecked(QStringLiteral("Helipad"), false));
    again.save();
    QVERIFY2(again.errorText().isEmpty(), qPrintable(again.errorText()));
    saved = repo.fetchProject(added->id);
    VM_VERIFY_OK(saved);
    QVERIFY(!saved->requiredFacilities.contains(QStringLiteral("Helipad")));
    QCOMPARE(saved->requiredFacilities.size(), 3);

    // In French the picker shows the facilities in French and still stores the book's labels.
    installAppLanguage(QStringLiteral("fr"));
    const auto english = qScopeGuard([] { installAppLanguage(QStringLiteral("en")); });
    ProjectDialog french(&repo, *saved);
    french.show();
    QVERIFY(QTest::qWaitForWindowExposed(&french));
    QTRY_VERIFY(!french.isLoadingChoices());
    auto *picker3 = child<FacilityPicker>(&french, "facilitiesPicker");
    QStringList shown;
    for (int i = 0; i < picker3->count(); ++i)
        shown << picker3->item(i)->text();
    QVERIFY2(shown.contains(QStringLiteral("Scène")) && !shown.contains(QStringLiteral("Stage")),
        qPrintable(shown.join(QStringLiteral(", "))));
    QVERIFY(picker3->setFacilityChecked(QStringLiteral("Wi-Fi"), false));
    french.save();
    QVERIFY2(french.errorText().isEmpty(), qPrintable(french.errorText()));
    saved = repo.fetchProject(added->id);
    VM_VERIFY_OK(saved);
    QStringList withoutWifi = ticked;
    withoutWifi.removeAll(QStringLiteral("Wi-Fi"));
    QCOMPARE(saved->requiredFacilities, withoutWifi);
}

// Venues added to a shortlist leave it again with Undo (the message's, or Edit ▸ Undo), and
// come back as the same rows with Redo.
void tst_Workspace::addingVenuesIsUndoable()
{
    const EnglishPluralsInstalled english;
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    ProjectsPage page(*db, book.anna);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    page.openProject(book.summit.id);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(!ws->isOpening());
    ShortlistModel *model = ws->shortlistModel();
    QCOMPARE(model->rowCount(), 6);
    const QStringList adding { book.venueIds[7],
        book.venueIds[9] }; // Alfama Rooftop, Tejo Boathouse
    ws->addVenues(adding);
    QTRY_COMPARE(model->rowCount(), 8);
    QTRY_VERIFY(ws->undoHistory()->canUndo());
    QCOMPARE(
        ws->undoHistory()->stack()->undoText(), QStringLiteral("Add 2 Venues to the Shortlist"));
    auto *bar = child<MessageBar>(ws, "messageBar");
    QVERIFY2(ws->messageText().contains(QStringLiteral("Added 2 venues")),
        qPrintable(ws->messageText()));
    QCOMPARE(bar->actionText(), QStringLiteral("&Undo"));
    const QString alfamaRow = model->entryAt(6)->row.id;
    QCOMPARE(model->entryAt(6)->venueName, QStringLiteral("Alfama Rooftop"));

    ws->undoHistory()->undo();
    QTRY_COMPARE(model->rowCount(), 6);
    auto rows = OutreachRepository(*db, book.annaId).fetchShortlist(book.summit.id);
    VM_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 6);
    QVERIFY2(ws->messageText().contains(QStringLiteral("Undone: Add 2 Venues")),
        qPrintable(ws->messageText()));

    ws->undoHistory()->redo();
    QTRY_COMPARE(model->rowCount(), 8);
    QCOMPARE(model->entryAt(6)->row.id, alfamaRow); // the same row, in the same place
    QCOMPARE(model->entryAt(7)->venueName, QStringLiteral("Tejo Boathouse"));
}

QTEST_MAIN(tst_Workspace)
// The project dialog states the main layout and breakouts; the open shortlist then marks each
// venue whose rooms fit (✓), do not (✗) or are not recorded, with the room named in the tooltip,
// and the header says how many fit (issue 13).
void tst_Workspace::roomNeedsMarkTheShortlist()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db); // the summit: 120 guests, six venues
    SpaceRepository spaces(*db);
    auto room = [](const QString &name, QMap<SpaceLayout, int> seats) {
        VenueSpace s;
        s.name = name;
        s.capacities = std::move(seats);
        return s;
    };
    // Harbour Loft seats 120 theatre-style in its Main Hall and has two breakout rooms;
    // Old Mill Studios only 100.
    VM_VERIFY_OK(spaces.saveSpaces(book.venueIds[0], {},
        { room(QStringLiteral("Main Hall"),
              { { SpaceLayout::Theatre, 180 }, { SpaceLayout::Banquet, 120 } }),
            room(QStringLiteral("Chart Room"), { { SpaceLayout::Classroom, 24 } }),
            room(QStringLiteral("Rope Store"), { { SpaceLayout::Classroom, 20 } }) }));
    VM_VERIFY_OK(spaces.saveSpaces(book.venueIds[1], {},
        { room(QStringLiteral("Studio 1"),
            { { SpaceLayout::Theatre, 100 }, { SpaceLayout::Reception, 120 } }) }));

    ProjectsPage page(*db, book.anna);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    page.openProject(book.summit.id);
    ProjectWorkspace *ws = page.workspace();
    QTRY_VERIFY(!ws->isOpening());
    const ShortlistModel *model = ws->shortlistModel();
    auto rowOf = [&](const QString &venueId) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(ShortlistModel::VenueIdRole).toString() == venueId)
                return r;
        return -1;
    };
    const int loft = rowOf(book.venueIds[0]);
    const int mill = rowOf(book.venueIds[1]);
    const int casa = rowOf(book.venueIds[2]); // no rooms recorded
    QVERIFY(loft >= 0 && mill >= 0 && casa >= 0);
    // No layout asked yet: no marks.
    QCOMPARE(model->index(loft, ShortlistModel::Capacity).data().toString(), QStringLiteral("180"));
    const qint64 onGuiThread = Database::statementsOnMainThread();

    // The person asks for 120 theatre-style and two breakouts of 20 classroom-style.
    QTest::mouseClick(child<QPushButton>(ws, "editProjectButton"), Qt::LeftButton);
    QTRY_VERIFY(ws->projectDialog());
    ProjectDialog *dialog = ws->projectDialog();
    auto *layout = child<QComboBox>(dialog, "layoutCombo");
    layout->setCurrentIndex(layout->findText(QStringLiteral("Theatre")));
    auto *breakouts = child<QSpinBox>(dialog, "breakoutRoomsSpin");
    QVERIFY(!child<QComboBox>(dialog, "breakoutLayoutCombo")->isEnabled());
    // Typed over "none" as a person types it: the digit is taken, not refused.
    QCOMPARE(breakouts->text(), QStringLiteral("none"));
    breakouts->setFocus();
    QTest::keyClicks(breakouts, QStringLiteral("2"));
    QCOMPARE(breakouts->value(), 2);
    QVERIFY(child<QComboBox>(dialog, "breakoutLayoutCombo")->isEnabled());
    // Breakouts without a size or a layout are refused with a sentence; nothing is lost.
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(
        dialog->errorText().contains(QStringLiteral("breakout")), qPrintable(dialog->errorText()));
    QCOMPARE(layout->currentText(), QStringLiteral("Theatre"));
    auto *breakoutLayout = child<QComboBox>(dialog, "breakoutLayoutCombo");
    breakoutLayout->setCurrentIndex(breakoutLayout->findText(QStringLiteral("Classroom")));
    child<QSpinBox>(dialog, "breakoutCapacitySpin")->setValue(20);
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty())
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("project-dialog-rooms.png")));
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!ws->projectDialog());

    QCOMPARE(model->index(loft, ShortlistModel::Capacity).data().toString(),
        QStringLiteral("\u2713 180"));
    QCOMPARE(model->index(mill, ShortlistModel::Capacity).data().toString(),
        QStringLiteral("\u2717 120"));
    QCOMPARE(model->index(casa, ShortlistModel::Capacity).data().toString(), QStringLiteral("250"));
    const QString loftTip
        = model->index(loft, ShortlistModel::Capacity).data(Qt::ToolTipRole).toString();
    QVERIFY2(loftTip.contains(QStringLiteral("Main Hall seats 180 theatre-style (120 needed).")),
        qPrintable(loftTip));
    QVERIFY2(loftTip.contains(QStringLiteral("2 of its rooms seat 20 classroom-style")),
        qPrintable(loftTip));
    const QString millTip
        = model->index(mill, ShortlistModel::Capacity).data(Qt::ToolTipRole).toString();
    QVERIFY2(
        millTip.contains(QStringLiteral("the largest, Studio 1, seats 100")), qPrintable(millTip));
    QVERIFY(model->index(casa, ShortlistModel::Capacity)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("No rooms are recorded")));
    const QString header = child<QLabel>(ws, "detailsLabel")->text();
    QVERIFY2(header.contains(QStringLiteral("rooms: 120 theatre-style · 2 breakout rooms of 20 "
                                            "classroom-style (1 of 6 venues fit)")),
        qPrintable(header));
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);

    // Adding venues starts from those whose rooms fit; unticking shows the city's others.
    QTest::mouseClick(child<QPushButton>(ws, "addVenuesButton"), Qt::LeftButton);
    QTRY_VERIFY(ws->addVenuesDialog());
    AddVenuesDialog *picker = ws->addVenuesDialog();
    QVERIFY(picker->roomsFitCheck()->isChecked());
    QVERIFY(picker->roomsFitCheck()->text().contains(QStringLiteral("120 theatre-style")));
    QTRY_COMPARE_WITH_TIMEOUT(picker->model()->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        picker->model()->index(0, 0).data(VenueListModel::VenueIdRole).toString(), book.venueIds[0],
        10000);
    picker->roomsFitCheck()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->rowCount() > 1, 10000);
    picker->reject();

    // Stored, and read back when the project is opened again.
    auto stored = ProjectRepository(*db, book.annaId).fetchProject(book.summit.id);
    VM_VERIFY_OK(stored);
    QCOMPARE(stored->mainLayout, std::optional<SpaceLayout>(SpaceLayout::Theatre));
    QCOMPARE(stored->breakoutRooms, 2);
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty()) {
        ws->selectRow(loft);
        QTest::qWait(50);
        page.grab().save(QDir(shots).filePath(
            QStringLiteral("workspace-rooms-%1.png").arg(tmp.isPostgres() ? "pg" : "sqlite")));
    }
}

// The Holds tab: add the project's dates, hold a room of the selected venue as a first option,
// confirm it; a second project confirming the same room on overlapping dates is told which
// project has them, and nothing changes (issue 14, first part).
void tst_Workspace::holdsThroughThePanel()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    VenueSpace hall;
    hall.name = QStringLiteral("Main Hall");
    hall.capacities.insert(SpaceLayout::Theatre, 180);
    VM_VERIFY_OK(SpaceRepository(*db).saveSpaces(book.venueIds[0], {}, { hall }));
    // Another project already has Harbour Loft's Main Hall confirmed on 23 Apr 2026.
    ProjectRepository projects(*db, book.annaId);
    Project other;
    other.clientName = QStringLiteral("Nordwind");
    other.eventName = QStringLiteral("Jahrestagung");
    const QString otherId = projects.addProject(other)->id;
    const QString otherRow = OutreachRepository(*db, book.annaId)
                                 .addVenues(otherId, { book.venueIds[0] })
                                 ->added.first()
                                 .id;
    HoldRepository holds(*db, book.annaId);
    auto otherDays = holds.addDateRange(otherId, QDate(2026, 4, 23), QDate(2026, 4, 23), true);
    VM_VERIFY_OK(otherDays);
    const QString mainHall = SpaceRepository(*db).fetchSpaces(book.venueIds[0])->first().id;
    HoldDraft booked;
    booked.projectVenueId = otherRow;
    booked.dateRangeId = otherDays->id;
    booked.spaceId = mainHall;
    booked.status = HoldStatus::Confirmed;
    VM_VERIFY_OK(holds.placeHold(booked));

    ProjectWorkspace ws(*db, book.anna);
    ws.resize(1366, 768);
    VM_VERIFY_OK(ws.open(book.summit.id));
    ws.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ws));
    QTRY_VERIFY(!ws.isOpening());
    HoldsPanel *panel = ws.holdsPanel();
    child<QTabWidget>(&ws, "sideTabs")->setCurrentWidget(panel);
    QTRY_VERIFY(!panel->isLoading());
    const qint64 onGuiThread = Database::statementsOnMainThread();
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("datesLabel"))
                ->text()
                .contains(QStringLiteral("No dates yet")));

    // Add the summit's dates: 22–23 Apr 2026, preferred.
    panel->addDates();
    QTRY_VERIFY(panel->openDialog());
    QDialog *dialog = panel->openDialog();
    dialog->findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(QDate(2026, 4, 22));
    dialog->findChild<QDateEdit *>(QStringLiteral("toEdit"))->setDate(QDate(2026, 4, 23));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("preferredCheck"))->isChecked());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QTRY_COMPARE(panel->dateRanges().size(), 1);
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("datesLabel"))
                ->text()
                .contains(QStringLiteral("22–23 Apr 2026 (preferred)")));

    // Hold Harbour Loft's Main Hall as a first option, expiring on 15 Apr.
    const int loft = ws.shortlistModel()->rowOf(ws.shortlistModel()->entries().first().row.id);
    ws.selectRow(loft);
    QCOMPARE(ws.shortlistModel()->entryAt(loft)->venueName, QStringLiteral("Harbour Loft"));
    panel->holdRoom();
    QTRY_VERIFY(panel->openDialog() && panel->openDialog() != dialog);
    dialog = panel->openDialog();
    auto *room = dialog->findChild<QComboBox *>(QStringLiteral("roomCombo"));
    room->setCurrentIndex(room->findText(QStringLiteral("Main Hall")));
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findText(QStringLiteral("First option")));
    dialog->findChild<QCheckBox *>(QStringLiteral("expiresCheck"))->setChecked(true);
    dialog->findChild<QDateEdit *>(QStringLiteral("expiryEdit"))->setDate(QDate(2026, 4, 15));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QTRY_COMPARE(panel->holds().size(), 1);
    QCOMPARE(panel->holds().first().status, HoldStatus::FirstOption);
    QCOMPARE(panel->table()->item(0, 0)->text(),
        QStringLiteral(
            "Harbour Loft · Main Hall\n22–23 Apr 2026 · First option until 15 Apr 2026"));

    // Confirming it would double-book the Main Hall on 23 Apr: refused, naming Nordwind.
    panel->table()->selectRow(0);
    panel->confirmSelected();
    QTRY_VERIFY(!panel->isLoading());
    QVERIFY2(panel->lastError().message.contains(QStringLiteral("Nordwind — Jahrestagung")),
        qPrintable(panel->lastError().message));
    QCOMPARE(panel->holds().first().status, HoldStatus::FirstOption);
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty())
        ws.grab().save(QDir(shots).filePath(
            QStringLiteral("workspace-holds-%1.png").arg(tmp.isPostgres() ? "pg" : "sqlite")));

    // The venue's calendar: April 2026, the Main Hall's row green on 23 Apr (Nordwind's
    // booking) with the summit's option competing, named in the tooltip.
    panel->table()->selectRow(0);
    panel->openCalendar();
    QTRY_VERIFY(qobject_cast<VenueCalendarDialog *>(panel->openDialog()));
    auto *calendar = qobject_cast<VenueCalendarDialog *>(panel->openDialog());
    QTRY_VERIFY(!calendar->isLoading());
    QCOMPARE(calendar->month(), QDate(2026, 4, 1));
    QTableWidget *grid = calendar->grid();
    QCOMPARE(grid->columnCount(), 30);
    QCOMPARE(grid->verticalHeaderItem(1)->text(), QStringLiteral("Main Hall"));
    QTableWidgetItem *day23 = grid->item(1, 22);
    QCOMPARE(day23->text(), QStringLiteral("2")); // two holds compete that day
    QCOMPARE(day23->background().color(), QColor(0x8f, 0xcf, 0x9a)); // one is confirmed
    QVERIFY2(day23->toolTip().contains(QStringLiteral("Nordwind — Jahrestagung: Confirmed")),
        qPrintable(day23->toolTip()));
    QVERIFY(day23->toolTip().contains(
        QStringLiteral("Acme Pharma — Spring Leadership Summit: First option")));
    QCOMPARE(grid->item(1, 21)->background().color(), QColor(0xf2, 0xc1, 0x5c)); // 22 Apr: option
    QVERIFY(grid->item(0, 22)->toolTip().isEmpty()); // the whole venue is not held
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty())
        calendar->grab().save(QDir(shots).filePath(QStringLiteral("venue-calendar.png")));
    calendar->close();

    // Released, it leaves the way free; the release is said.
    panel->table()->selectRow(0);
    panel->releaseSelected();
    QTRY_COMPARE(panel->holds().first().status, HoldStatus::Released);
}

// A hold that expires within the reminder days is listed above the projects, with the venue, the
// room, the project and the day; one expiring later, or confirmed, is not.
void tst_Workspace::expiringHoldsOnTheProjectsPage()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    QSettings().remove(QStringLiteral("holds/reminderDays"));
    const QDate today = QDate::currentDate();
    HoldRepository holds(*db, book.annaId);
    auto days = holds.addDateRange(book.summit.id, today.addDays(30), today.addDays(31), true);
    VM_VERIFY_OK(days);
    const QList<ShortlistEntry> rows
        = *OutreachRepository(*db, book.annaId).fetchShortlist(book.summit.id);
    auto place = [&](int row, HoldStatus status, int expiresInDays) {
        HoldDraft d;
        d.projectVenueId = rows.at(row).row.id;
        d.dateRangeId = days->id;
        d.status = status;
        d.expiresOn = today.addDays(expiresInDays);
        return holds.placeHold(d);
    };
    VM_VERIFY_OK(place(0, HoldStatus::FirstOption, 3));
    VM_VERIFY_OK(place(1, HoldStatus::Tentative, 20)); // later than a week
    VM_VERIFY_OK(place(2, HoldStatus::Confirmed, 2)); // a booking does not expire
    ProjectsPage page(*db, book.anna);
    QSignalSpy told(&page, &ProjectsPage::holdsExpiring); // the list is read off the GUI thread
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.expiringHolds().size(), 1);
    // The window says it at start-up, once.
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().at(0).toInt(), 1);
    QCOMPARE(told.first().at(1).toInt(), 7);
    page.reload();
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(told.size(), 1);
    auto *label = child<QLabel>(&page, "expiringLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(QStringLiteral("Holds expiring within 7 days (1;")),
        qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral(
                 "Harbour Loft for Acme Pharma — Spring Leadership Summit: first option expires")),
        qPrintable(label->text()));
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty())
        page.grab().save(QDir(shots).filePath(QStringLiteral("projects-expiring.png")));
}

#include "tst_workspace.moc"
