// The Projects page and a project's workspace, clicked through on real databases (both
// backends): create a project, open it, shortlist venues (picker and suggestions), change
// statuses through the inline editors, decline with a reason, draft an email, read the activity.
#include "auth/session.h"
#include "catering/cateringpage.h"
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
#include "projects/emaildraftdialog.h"
#include "projects/outreachpanel.h"
#include "projects/projectdialog.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "projects/reportspage.h"
#include "projects/suggestionsdialog.h"
#include "services/shortlisteditor.h"
#include "testdatabase.h"
#include "workflowbook.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
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
    ws->declineDialog()->setTextValue(QStringLiteral("   "));
    ws->declineDialog()->accept();
    QTRY_VERIFY(ws->messageText().contains(QStringLiteral("needs a reason")));
    QCOMPARE(model->index(azulejo, ShortlistModel::Status).data(ShortlistModel::StatusRole).toInt(),
        int(OutreachStatus::Sent));
    ws->requestStatus(azulejo, OutreachStatus::Declined);
    QTRY_VERIFY(ws->declineDialog());
    ws->declineDialog()->setTextValue(QStringLiteral("Too small for 120"));
    ws->declineDialog()->accept();
    QTRY_COMPARE(model->index(azulejo, ShortlistModel::Status).data().toString(),
        QStringLiteral("Declined"));
    // The reason is the status's tooltip: the column is not cut off at "Declined: Too…".
    QVERIFY(model->index(azulejo, ShortlistModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Declined: Too small for 120")));

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
    QVERIFY2(said.contains(
                 QStringLiteral("Anna Reyes moved Azulejo Hall to Declined (“Too small for 120”)")),
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
    SuggestionModel *ranked = suggest->model();
    QCOMPARE(ranked->rowCount(), 3); // Porto Wine Vaults, Belém, Tejo Boathouse
    QCOMPARE(ranked->suggestionAt(0)->name, QStringLiteral("Belém Conference Centre"));
    QCOMPARE(ranked->index(0, SuggestionModel::Facilities).data().toString(), QStringLiteral("20"));
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

QTEST_MAIN(tst_Workspace)
#include "tst_workspace.moc"
