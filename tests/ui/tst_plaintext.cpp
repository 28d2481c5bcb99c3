// Stored values are shown as text, never interpreted as markup (STYLE 18, DESIGN §6).
// The whole app opens a book whose every text field holds HTML, signs in, and visits every page,
// a selected venue, a project's workspace, its email draft, the reports, catering and people. At
// each stop every label, tooltip, item-view tooltip and chart label that carries a stored value
// must show it literally: a label in plain text (or escaped inside markup the app built), a
// tooltip escaped, a chart label escaped.
#include "signintesthelpers.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "workflowbook.h"

#include "appcontroller.h"
#include "catering/cateringpage.h"
#include "itemmodels/projectlistmodel.h"
#include "itemmodels/shortlistmodel.h"
#include "itemmodels/venuelistmodel.h"
#include "mainwindow.h"
#include "people/peoplepage.h"
#include "projects/emaildraftdialog.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "projects/reportspage.h"
#include "repositories/userrepository.h"
#include "venues/venuespage.h"

#include "migration/migrationmanager.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QTableView>
#include <QTextDocument>
#include <QtTest>

using namespace VenueMap;
using namespace VenueMap::Core;
namespace VUi = VenueMap::Ui;

namespace {

// Markup that would be visible as bold text and a broken image if it were interpreted.
const QString kMarkup = QStringLiteral("<b>VM<img src=\"file:///dev/null\"></b>");

bool rendersAsMarkup(Qt::TextFormat format, const QString &text)
{
    return format == Qt::RichText || format == Qt::MarkdownText
        || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

// Every place under the open windows where the stored markup would be interpreted.
QStringList interpretedMarkup(const QString &where)
{
    QStringList problems;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            const QString name = QStringLiteral("%1 %2").arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
            if (auto *label = qobject_cast<QLabel *>(w); label && label->text().contains(kMarkup)
                && rendersAsMarkup(label->textFormat(), label->text()))
                problems << QStringLiteral("%1: %2 renders its text as markup: %3")
                                .arg(where, name, label->text().left(120));
            if (w->toolTip().contains(kMarkup) && Qt::mightBeRichText(w->toolTip()))
                problems << QStringLiteral("%1: %2's tooltip renders markup").arg(where, name);
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                const QAbstractItemModel *m = view->model();
                for (int r = 0; r < qMin(m->rowCount(), 60); ++r)
                    for (int c = 0; c < m->columnCount(); ++c) {
                        const QString tip = m->index(r, c).data(Qt::ToolTipRole).toString();
                        if (tip.contains(kMarkup) && Qt::mightBeRichText(tip))
                            problems << QStringLiteral(
                                "%1: %2 row %3 column %4 has a tooltip that renders markup")
                                            .arg(where, name)
                                            .arg(r)
                                            .arg(c);
                    }
            }
            if (auto *chartView = qobject_cast<QChartView *>(w); chartView && chartView->chart()) {
                for (QAbstractAxis *axis : chartView->chart()->axes())
                    if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                        for (const QString &c : categories->categories())
                            if (c.contains(kMarkup))
                                problems
                                    << QStringLiteral("%1: %2 draws a chart label as markup: %3")
                                           .arg(where, name, c);
            }
        }
    }
    return problems;
}

#define VERIFY_PLAIN(where)                                                                        \
    do {                                                                                           \
        const QStringList p_ = interpretedMarkup(where);                                           \
        QVERIFY2(p_.isEmpty(), qPrintable(p_.join(QLatin1Char('\n'))));                            \
    } while (false)

} // namespace

class tst_PlainText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_store = Test::setUpGuiTest(); }
    void init() { QSettings().clear(); }
    void storedMarkupIsShownAsText_data() { Test::addBackendRows(); }
    void storedMarkupIsShownAsText();

private:
    VUi::MemoryPasswordStore *m_store = nullptr;
};

void tst_PlainText::storedMarkupIsShownAsText()
{
    VM_TEMP_DATABASE(temp);
    QString summitId;
    {
        auto db = temp.openMigrated();
        VM_VERIFY_OK(db);
        const Test::WorkflowBook book = Test::makeWorkflowBook(*db);
        summitId = book.summit.id;
        UserRepository users(*db);
        if (temp.isPostgres()) {
            VM_VERIFY_OK(
                users.claimFirstAdmin(QStringLiteral("First Admin"), Test::kTestAdminEmail));
        } else {
            NewPerson admin;
            admin.name = QStringLiteral("First Admin");
            admin.email = Test::kTestAdminEmail;
            admin.role = UserRole::Admin;
            admin.password = Test::kTestAdminPassword;
            VM_VERIFY_OK(users.addPerson(admin));
        }
        // Every text a person or an import can store, on the summit's first venue and everywhere
        // else that a page shows.
        const Binds m { { QStringLiteral(":m"), kMarkup },
            { QStringLiteral(":id"), book.venueIds.first() } };
        for (const QString &sql :
            { QStringLiteral(
                  "UPDATE venues SET name = :m || name, city = :m, country = :m, address = :m, "
                  "notes = :m, "
                  "contact_name = :m, contact_email = :m || '@example.com', contact_phone = :m, "
                  "website = 'javascript:' || :m WHERE id = :id"),
                QStringLiteral("UPDATE venues SET city = :m || city WHERE id <> :id"),
                QStringLiteral("UPDATE projects SET event_name = :m || event_name, client_name = "
                               ":m, city = :m, notes = :m"),
                QStringLiteral("UPDATE project_venues SET notes = :m, decline_reason = :m"),
                QStringLiteral("UPDATE catering_providers SET name = :m || name, contact_name = "
                               ":m, notes = :m"),
                QStringLiteral("UPDATE users SET name = :m || name WHERE email <> '%1'")
                    .arg(Test::kTestAdminEmail) }) {
            Binds binds;
            for (const auto &b : m)
                if (sql.contains(b.first))
                    binds << b;
            VM_VERIFY_OK(db->exec(QStringLiteral("tst_plaintext"), sql, binds));
        }
    }

    VUi::AppController controller(m_store);
    controller.start(temp.url().toFullString());
    QVERIFY(Test::passSignInGate([&] { return controller.mainWindow() != nullptr; }));
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 30000);
    VUi::MainWindow *window = controller.mainWindow();
    window->resize(1366, 768);

    window->showPage(VUi::MainWindow::Page::Venues);
    auto *venues = qobject_cast<VUi::VenuesPage *>(window->page(VUi::MainWindow::Page::Venues));
    QVERIFY(venues);
    QTRY_VERIFY_WITH_TIMEOUT(venues->model()->rowCount() > 0, 10000);
    // The rows arrive from the list's worker after the count: look until they are there.
    int hostile = -1;
    const auto findHostile = [&] {
        for (int r = 0; r < venues->model()->rowCount() && hostile < 0; ++r)
            if (venues->model()->index(r, 0).data().toString().startsWith(kMarkup))
                hostile = r;
        return hostile >= 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findHostile(), 10000);
    venues->selectRow(hostile);
    QTRY_VERIFY(venues->shownVenue().has_value());
    QVERIFY(venues->shownVenue()->name.startsWith(kMarkup));
    // The text is there, literally.
    auto *title = venues->findChild<QLabel *>(QStringLiteral("detailTitle"));
    QVERIFY(title);
    QVERIFY(title->text().startsWith(kMarkup));
    // A website that is not a web address is not offered as a link.
    auto *contact = venues->findChild<QLabel *>(QStringLiteral("detailContact"));
    QVERIFY(contact);
    QVERIFY2(
        !contact->text().contains(QLatin1String("href=\"javascript")), qPrintable(contact->text()));
    VERIFY_PLAIN(QStringLiteral("Venues"));
    Test::screenshot(window, QStringLiteral("plaintext-venues-") + backend);

    window->showPage(VUi::MainWindow::Page::Projects);
    auto *projects
        = qobject_cast<VUi::ProjectsPage *>(window->page(VUi::MainWindow::Page::Projects));
    QVERIFY(projects);
    QTRY_VERIFY(projects->model()->rowCount() > 0);
    projects->selectRow(0);
    VERIFY_PLAIN(QStringLiteral("Projects"));
    projects->openProject(summitId);
    VUi::ProjectWorkspace *ws = projects->workspace();
    QTRY_VERIFY(!ws->isOpening());
    QVERIFY(ws->shortlistModel()->rowCount() > 1);
    ws->selectRow(0);
    VERIFY_PLAIN(QStringLiteral("Workspace"));
    Test::screenshot(window, QStringLiteral("plaintext-workspace-") + backend);
    ws->openEmailDraft(0);
    QTRY_VERIFY(ws->emailDialog() && ws->emailDialog()->isVisible());
    VERIFY_PLAIN(QStringLiteral("Email draft"));
    ws->emailDialog()->close();

    projects->showReports();
    QTRY_VERIFY(projects->reports() && projects->reports()->isVisible());
    QTRY_VERIFY(!projects->reports()->isLoading()); // the reports read off the GUI thread
    VERIFY_PLAIN(QStringLiteral("Reports"));

    window->showPage(VUi::MainWindow::Page::Catering);
    auto *catering
        = qobject_cast<VUi::CateringPage *>(window->page(VUi::MainWindow::Page::Catering));
    QVERIFY(catering);
    catering->selectRow(0);
    VERIFY_PLAIN(QStringLiteral("Catering"));

    window->showPage(VUi::MainWindow::Page::People);
    auto *people = qobject_cast<VUi::PeoplePage *>(window->page(VUi::MainWindow::Page::People));
    QVERIFY(people);
    QTRY_VERIFY(people->table()->model()->rowCount() > 0);
    people->table()->selectRow(0);
    VERIFY_PLAIN(QStringLiteral("People"));
    window->close();
}

QTEST_MAIN(tst_PlainText)
#include "tst_plaintext.moc"
