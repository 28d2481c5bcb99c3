// The quotes of a shortlisted venue in the project workspace (issue 14), on real databases (both
// backends): the Quotes… dialog lists this project's quotes and the venue's rate history from
// other projects (expired ones flagged), refuses a negative amount or an unknown currency with a
// sentence and keeps what was typed, adds a quote that becomes the shortlist's quoted price, and
// the picker shows a venue's previous quotes while shortlisting. Nothing runs on the GUI thread.
#include "dateedit.h"
#include "domain/language.h"
#include "itemmodels/shortlistmodel.h"
#include "itemmodels/venuelistmodel.h"
#include "projects/addvenuesdialog.h"
#include "projects/projectworkspace.h"
#include "projects/quotesdialog.h"
#include "repositories/outreachrepository.h"
#include "repositories/quoterepository.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "workflowbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace VenueMap::Ui;

namespace {

// Harbour Loft's earlier quotes: last winter's party for the same client, and a bank's kick-off.
void addRateHistory(const Database &db, const WorkflowBook &book)
{
    OutreachRepository outreach(db, book.annaId);
    QuoteRepository quotes(db, book.annaId);
    const QString loft = book.venueIds[0];
    auto projects = db.exec(QStringLiteral("fixture"),
        QStringLiteral("SELECT pv.id, p.event_name FROM project_venues pv JOIN projects p ON "
                       "p.id = pv.project_id WHERE pv.venue_id = :v"),
        { { QStringLiteral(":v"), loft } });
    QString winterRow;
    while (projects && projects->next())
        if (projects->value(1).toString() == QLatin1String("Winter Party 2025"))
            winterRow = projects->value(0).toString();
    QVERIFY(!winterRow.isEmpty());
    auto kickoff = db.scalar(QStringLiteral("fixture"),
        QStringLiteral("SELECT id FROM projects WHERE event_name = 'Annual Kick-off'"));
    const QString kickoffRow = outreach.addVenues(kickoff->toString(), { loft })->added.first().id;
    QuoteDraft d;
    d.projectVenueId = winterRow;
    d.receivedOn = QDate(2025, 9, 15);
    d.amountCents = 980'000;
    d.covers = QuoteCovers::RoomHire;
    d.validUntil = QDate(2025, 10, 15);
    d.note = QStringLiteral("First offer");
    VM_VERIFY_OK(quotes.addQuote(d));
    d.receivedOn = QDate(2025, 10, 2);
    d.amountCents = 1'460'000;
    d.covers = QuoteCovers::RoomHireAndCatering;
    d.perHeadCents = 7'800;
    d.validUntil = QDate(2025, 11, 1);
    d.note = QStringLiteral("With the winter menu");
    VM_VERIFY_OK(quotes.addQuote(d));
    d.projectVenueId = kickoffRow;
    d.receivedOn = QDate::currentDate().addDays(-6);
    d.amountCents = 2'500'000;
    d.covers = QuoteCovers::MinimumSpend;
    d.perHeadCents.reset();
    d.validUntil = QDate::currentDate().addDays(24);
    d.note = QStringLiteral("Exclusive use, Friday");
    VM_VERIFY_OK(quotes.addQuote(d));
}

} // namespace

class tst_QuoteHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        setUpGuiTest();
        installAppLanguage(); // "3 quotes", as the app says it
    }
    void addAQuoteAndSeeTheHistory_data() { addBackendRows(); }
    void addAQuoteAndSeeTheHistory();
    void pickerShowsPreviousQuotes_data() { addBackendRows(); }
    void pickerShowsPreviousQuotes();
};

void tst_QuoteHistory::addAQuoteAndSeeTheHistory()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const WorkflowBook book = makeWorkflowBook(*db);
    addRateHistory(*db, book);

    ProjectWorkspace ws(*db, book.anna);
    ws.resize(1366, 768);
    VM_VERIFY_OK(ws.open(book.summit.id));
    ws.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ws));
    QTRY_VERIFY(!ws.isOpening());
    qint64 onGuiThread = Database::statementsOnMainThread();
    ShortlistModel *model = ws.shortlistModel();
    const QString loftId = model->entries().first().row.id;
    const int loft = model->rowOf(loftId);
    QCOMPARE(model->entryAt(loft)->venueName, QStringLiteral("Harbour Loft"));
    // The price typed before quotes existed stays until the first quote.
    QCOMPARE(model->entryAt(loft)->row.quotedPriceCents, std::optional<qint64>(1'240'000));
    ws.selectRow(loft);
    auto *quotesButton = ws.findChild<QPushButton *>(QStringLiteral("quotesButton"));
    QVERIFY(quotesButton && quotesButton->isEnabled());
    QTest::mouseClick(quotesButton, Qt::LeftButton);
    QTRY_VERIFY(ws.quotesDialog());
    QuotesDialog *dialog = ws.quotesDialog();
    QTRY_VERIFY(!dialog->isLoading());
    QVERIFY(dialog->quotes().isEmpty());
    // The rate history: the other projects' quotes, latest first, the expired ones flagged.
    QCOMPARE(dialog->history().size(), 3);
    QTableWidget *history = dialog->historyTable();
    QCOMPARE(history->rowCount(), 3);
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Annual Kick-off"));
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("Borealis Bank"));
    QCOMPARE(history->item(0, 4)->text(), QStringLiteral("Minimum spend"));
    QVERIFY(!history->item(0, 5)->text().contains(QStringLiteral("expired")));
    QCOMPARE(history->item(1, 1)->text(), QStringLiteral("Winter Party 2025"));
    QCOMPARE(history->item(1, 5)->text(), QStringLiteral("expired 1 Nov 2025"));
    QVERIFY(history->item(1, 4)->text().startsWith(QStringLiteral("Room hire and catering (")));
    QCOMPARE(dialog->currencyCombo()->currentText(), QStringLiteral("EUR"));

    // A negative amount is refused with a sentence; the form keeps what was typed.
    dialog->amountEdit()->setText(QStringLiteral("-500"));
    dialog->noteEdit()->setText(QStringLiteral("Spring rate, AV included"));
    dialog->saveButton()->click();
    QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Amount: a quote cannot be negative")),
        qPrintable(dialog->errorText()));
    QCOMPARE(dialog->amountEdit()->text(), QStringLiteral("-500"));
    QCOMPARE(dialog->noteEdit()->text(), QStringLiteral("Spring rate, AV included"));
    // An unknown currency too.
    dialog->amountEdit()->setText(QStringLiteral("11800"));
    dialog->currencyCombo()->setCurrentText(QStringLiteral("EUX"));
    dialog->saveButton()->click();
    QVERIFY2(dialog->errorText().contains(QStringLiteral("“EUX” is not a currency code")),
        qPrintable(dialog->errorText()));
    QCOMPARE(dialog->amountEdit()->text(), QStringLiteral("11800"));
    QCOMPARE(QuoteRepository(*db, {}).quotesOf(loftId)->size(), 0);
    onGuiThread = Database::statementsOnMainThread(); // the test's own look above

    // The quote as the venue sent it: room hire and catering at 85 a head, valid a month.
    dialog->currencyCombo()->setCurrentText(QStringLiteral("EUR"));
    dialog->coversCombo()->setCurrentIndex(
        dialog->coversCombo()->findData(int(QuoteCovers::RoomHireAndCatering)));
    QVERIFY(dialog->perHeadEdit()->isEnabled());
    dialog->perHeadEdit()->setText(QStringLiteral("85"));
    dialog->validCheck()->setChecked(true);
    dialog->validEdit()->setDate(QDate::currentDate().addDays(30));
    dialog->saveButton()->click();
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QTRY_COMPARE(dialog->quotes().size(), 1);
    QTRY_VERIFY(!dialog->isLoading());
    QCOMPARE(dialog->quotes().first().amountCents, 1'180'000);
    QCOMPARE(dialog->quotes().first().perHeadCents, std::optional<qint64>(8'500));
    QCOMPARE(dialog->quotes().first().note, QStringLiteral("Spring rate, AV included"));
    QCOMPARE(dialog->quotesTable()->item(0, 4)->text(), QStringLiteral("Spring rate, AV included"));
    QVERIFY(dialog->amountEdit()->text().isEmpty()); // ready for the next quote
    // The shortlist's quoted price is the new quote's.
    QTRY_COMPARE(model->entryAt(model->rowOf(loftId))->row.quotedPriceCents,
        std::optional<qint64>(1'180'000));
    QVERIFY2(ws.messageText().contains(QStringLiteral("from Harbour Loft added")),
        qPrintable(ws.messageText()));
    // The venue lowers its price: the selected quote is changed in place.
    dialog->quotesTable()->selectRow(0);
    QCOMPARE(dialog->amountEdit()->text(), ShortlistModel::formatMoney(1'180'000));
    QCOMPARE(dialog->saveButton()->text(), QStringLiteral("&Save changes"));
    dialog->amountEdit()->setText(QStringLiteral("11500"));
    dialog->saveButton()->click();
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QTRY_VERIFY(!dialog->isLoading());
    QTRY_COMPARE(dialog->quotes().first().amountCents, 1'150'000);
    QCOMPARE(dialog->quotes().size(), 1);
    QTRY_COMPARE(model->entryAt(model->rowOf(loftId))->row.quotedPriceCents,
        std::optional<qint64>(1'150'000));
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    screenshot(dialog, QStringLiteral("quote-history"));
    screenshot(&ws, QStringLiteral("quote-workspace"));

    // Editing the Quoted price cell opens the quotes (the price is the latest quote's).
    dialog->close();
    QTRY_VERIFY(!ws.quotesDialog());
    auto *view = ws.findChild<QTableView *>(QStringLiteral("shortlistView"));
    view->edit(model->index(loft, ShortlistModel::Price));
    QTRY_VERIFY(ws.quotesDialog());
    QTRY_VERIFY(!ws.quotesDialog()->isLoading());
    QCOMPARE(ws.quotesDialog()->quotes().size(), 1);
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
}

void tst_QuoteHistory::pickerShowsPreviousQuotes()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const WorkflowBook book = makeWorkflowBook(*db);
    addRateHistory(*db, book);
    AddVenuesDialog picker(*db, QStringLiteral("Lisbon"));
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QTest::keyClicks(picker.searchEdit(), QStringLiteral("Harbour"));
    QTRY_COMPARE_WITH_TIMEOUT(picker.model()->rowCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !picker.model()->index(0, 0).data(VenueListModel::VenueIdRole).toString().isEmpty(), 10000);
    const qint64 onGuiThread = Database::statementsOnMainThread();
    picker.view()->setCurrentIndex(picker.model()->index(0, VenueListModel::NameColumn));
    QLabel *label = picker.rateHistoryLabel();
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(QStringLiteral("Previous quotes from Harbour Loft:")),
        qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("Borealis Bank — Annual Kick-off")),
        qPrintable(label->text()));
    QVERIFY2(
        label->text().contains(QStringLiteral("expired on 1 Nov 2025")), qPrintable(label->text()));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    screenshot(&picker, QStringLiteral("quote-picker"));
}

QTEST_MAIN(tst_QuoteHistory)
#include "tst_quotehistory.moc"
