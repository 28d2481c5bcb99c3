// The Catering page clicked through on both backends: create through the dialog (refused
// without a name), edit, soft delete, show deleted, restore; the workspace's combo follows.
#include "catering/cateringdialog.h"
#include "catering/cateringpage.h"
#include "itemmodels/cateringmodel.h"
#include "repositories/cateringrepository.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace VenueMap::Ui;

class tst_CateringPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createEditDeleteRestore_data() { addBackendRows(); }
    void createEditDeleteRestore();
    void htmlCatererShownAsText_data() { addBackendRows(); }
    void htmlCatererShownAsText();
    void failedLoadKeepsRowsAndSaysWhy_data() { addBackendRows(); }
    void failedLoadKeepsRowsAndSaysWhy();
};

template <typename T> static T *child(QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

void tst_CateringPage::createEditDeleteRestore()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    CateringPage page(*db);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(&page, &CateringPage::caterersChanged);
    QTRY_VERIFY(!page.isLoading()); // the list is read off the GUI thread
    QCOMPARE(page.model()->rowCount(), 0);
    // Saving, deleting and reading again run no statement on the GUI thread.
    const qint64 onGuiThread = Database::statementsOnMainThread();

    QTest::mouseClick(child<QPushButton>(&page, "newButton"), Qt::LeftButton);
    CateringDialog *dialog = page.openDialog();
    QVERIFY(dialog);
    auto *save = child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(QStringLiteral("name")));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Feast & Co"));
    QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("hello@feast.example"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!page.openDialog());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(changed.size(), 1);

    // Edit the phone.
    page.selectRow(0);
    QTest::mouseClick(child<QPushButton>(&page, "editButton"), Qt::LeftButton);
    dialog = page.openDialog();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("+351 21 555 0100"));
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!page.openDialog());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->index(0, CateringModel::Phone).data().toString(),
        QStringLiteral("+351 21 555 0100"));

    // Delete: gone from the live list, still in the table.
    page.selectRow(0);
    QTest::mouseClick(child<QPushButton>(&page, "deleteButton"), Qt::LeftButton);
    QTRY_COMPARE(page.model()->rowCount(), 0);
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    CateringRepository repo(*db);
    QCOMPARE(repo.fetchProviders(true)->size(), 1);
    QCOMPARE(repo.fetchProviders(false)->size(), 0);
    QVERIFY(Database::statementsOnMainThread() > onGuiThread); // the test's own reads count

    // Show deleted and restore.
    child<QCheckBox>(&page, "showDeletedCheck")->setChecked(true);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QTRY_VERIFY(!page.isLoading());
    QVERIFY(page.model()
                ->index(0, CateringModel::Name)
                .data()
                .toString()
                .contains(QStringLiteral("deleted")));
    page.selectRow(0);
    auto *restore = child<QPushButton>(&page, "restoreButton");
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(repo.fetchProviders(false)->size(), 1);
    QCOMPARE(changed.size(), 4);
    QTRY_VERIFY(!page.isLoading());
    QVERIFY(!page.model()
                 ->index(0, CateringModel::Name)
                 .data()
                 .toString()
                 .contains(QStringLiteral("deleted")));
}

// Issue 12 finding 3: a caterer whose text is HTML is shown as that text.
void tst_CateringPage::htmlCatererShownAsText()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    CateringProvider p;
    p.name = QStringLiteral("<i>Feast</i> <img src=\"/dev/zero\">");
    p.notes = QStringLiteral("<img src=\"/dev/zero\"> notes");
    VM_VERIFY_OK(CateringRepository(*db).addProvider(p));
    CateringPage page(*db);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.selectRow(0);
    QCoreApplication::processEvents();
    for (QLabel *l : page.findChildren<QLabel *>())
        QVERIFY2(l->textFormat() == Qt::PlainText || !l->text().contains(QLatin1String("<img")),
            qPrintable(l->objectName()));
    const QString tip = page.model()->index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY(Qt::mightBeRichText(tip));
    QTextDocument doc;
    doc.setHtml(tip);
    QCOMPARE(doc.toPlainText(), p.notes);
    QTest::mouseClick(child<QPushButton>(&page, "editButton"), Qt::LeftButton);
    CateringDialog *dialog = page.openDialog();
    QVERIFY(dialog);
    for (QLabel *l : dialog->findChildren<QLabel *>())
        QVERIFY2(l->textFormat() == Qt::PlainText || !l->text().contains(QLatin1String("<img")),
            qPrintable(l->objectName()));
    dialog->reject();
}

QTEST_MAIN(tst_CateringPage)
// The list is read off the GUI thread: the rows arrive after the load, and a load that fails
// (here: the table is gone) leaves the rows on screen and says why in one sentence.
void tst_CateringPage::failedLoadKeepsRowsAndSaysWhy()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    CateringRepository repo(*db);
    for (const QString &name : { QStringLiteral("Feast & Co"), QStringLiteral("Gusto Catering") }) {
        CateringProvider p;
        p.name = name;
        VM_VERIFY_OK(repo.addProvider(p));
    }
    CateringPage page(*db);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->index(1, CateringModel::Name).data().toString(),
        QStringLiteral("Gusto Catering"));
    QVERIFY(page.messageText().isEmpty());

    VM_VERIFY_OK(db->execDirect(QStringLiteral("test"),
        QStringLiteral("ALTER TABLE catering_providers RENAME TO catering_providers_away")));
    page.reload();
    QTRY_VERIFY(!page.isLoading());
    QVERIFY2(page.messageText().startsWith(QStringLiteral("Could not ")),
        qPrintable(page.messageText()));
    QVERIFY(!page.messageText().contains(QStringLiteral("SELECT")));
    QCOMPARE(page.model()->rowCount(), 2); // what was shown stays

    VM_VERIFY_OK(db->execDirect(QStringLiteral("test"),
        QStringLiteral("ALTER TABLE catering_providers_away RENAME TO catering_providers")));
    child<QLineEdit>(&page, "searchEdit")->setText(QStringLiteral("gusto"));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->index(0, CateringModel::Name).data().toString(),
        QStringLiteral("Gusto Catering"));
}

#include "tst_cateringpage.moc"
