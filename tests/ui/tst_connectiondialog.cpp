// File ▸ Connect…: the URL built from the fields, Test Connection against real servers, and
// passwords kept out of QSettings.
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "connectiondialog.h"
#include "connectionsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace VenueMap;
using namespace VenueMap::Core;
namespace VUi = VenueMap::Ui;
using VUi::ConnectionDialog;

namespace {

template <typename T> T *child(ConnectionDialog &dialog, const char *name)
{
    T *w = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void typeInto(ConnectionDialog &dialog, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void fillPostgres(ConnectionDialog &dialog, const DatabaseUrl &url)
{
    QTest::mouseClick(
        child<QRadioButton>(dialog, "postgresRadio"), Qt::LeftButton, {}, QPoint(5, 5));
    typeInto(dialog, "hostEdit", url.host);
    auto *port = child<QSpinBox>(dialog, "portSpin");
    port->selectAll();
    QTest::keyClicks(port, QString::number(url.port > 0 ? url.port : 5432));
    typeInto(dialog, "databaseEdit", url.database);
    typeInto(dialog, "userEdit", url.user);
    typeInto(dialog, "passwordEdit", url.password);
}

QPushButton *okButton(ConnectionDialog &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_store = Test::setUpGuiTest(); }
    void init() { QSettings().clear(); }

    void buildsPostgresUrlFromFields();
    void buildsEmbeddedUrlFromFields();
    void okNeedsADatabaseName();
    void setUrlFillsFields();
    void testConnectionSucceeds_data() { Test::addBackendRows(); }
    void testConnectionSucceeds();
    void testConnectionShowsTheSentence_data() { Test::addBackendRows(); }
    void testConnectionShowsTheSentence();
    void passwordNeverWrittenToSettings();
    void forgetsPasswordWhenNotRemembered();

private:
    VUi::MemoryPasswordStore *m_store = nullptr;
};

void tst_ConnectionDialog::buildsPostgresUrlFromFields()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(
        child<QRadioButton>(dialog, "postgresRadio"), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(child<QWidget>(dialog, "postgresPage")->isVisible());
    QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 5432);
    typeInto(dialog, "hostEdit", QStringLiteral("db.agency"));
    typeInto(dialog, "databaseEdit", QStringLiteral("venues"));
    typeInto(dialog, "userEdit", QStringLiteral("alice"));
    typeInto(dialog, "passwordEdit", QStringLiteral("p@ss:word/1"));
    auto *ssl = child<QComboBox>(dialog, "sslCombo");
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("require")));
    Test::screenshot(&dialog, QStringLiteral("connection-postgres"));

    DatabaseUrl url = dialog.url();
    QVERIFY(url.isPostgres());
    QCOMPARE(url.host, QStringLiteral("db.agency"));
    QCOMPARE(url.port, 5432);
    QCOMPARE(url.database, QStringLiteral("venues"));
    QCOMPARE(url.user, QStringLiteral("alice"));
    QCOMPARE(url.password, QStringLiteral("p@ss:word/1"));
    QCOMPARE(url.options.value(QStringLiteral("sslmode")), QStringLiteral("require"));
    QCOMPARE(url.toDisplayString(),
        QStringLiteral("postgresql://alice@db.agency:5432/venues?sslmode=require"));
    // The full string survives a round trip through the parser, awkward password included.
    auto parsed = DatabaseUrl::parse(url.toFullString());
    VM_VERIFY_OK(parsed);
    QCOMPARE(*parsed, url);
}

void tst_ConnectionDialog::buildsEmbeddedUrlFromFields()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(child<QRadioButton>(dialog, "embeddedRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, "pathEdit")->text(), DatabaseUrl::defaultSqlitePath());
    typeInto(dialog, "pathEdit", QStringLiteral("/tmp/some folder/../book.venuemap"));
    Test::screenshot(&dialog, QStringLiteral("connection-embedded"));
    const DatabaseUrl url = dialog.url();
    QVERIFY(url.isSqlite());
    QCOMPARE(url.path, QStringLiteral("/tmp/book.venuemap"));
    QCOMPARE(url.toDisplayString(), QStringLiteral("sqlite:/tmp/book.venuemap"));
}

void tst_ConnectionDialog::okNeedsADatabaseName()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(
        child<QRadioButton>(dialog, "postgresRadio"), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "testButton")->isEnabled());
    typeInto(dialog, "databaseEdit", QStringLiteral("venues"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_ConnectionDialog::setUrlFillsFields()
{
    ConnectionDialog dialog;
    auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql://bob:hunter2@10.0.0.5:6543/team?sslmode=verify-full"));
    VM_VERIFY_OK(url);
    dialog.setUrl(*url);
    QVERIFY(child<QRadioButton>(dialog, "postgresRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, "hostEdit")->text(), QStringLiteral("10.0.0.5"));
    QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 6543);
    QCOMPARE(child<QComboBox>(dialog, "sslCombo")->currentData().toString(),
        QStringLiteral("verify-full"));
    QCOMPARE(dialog.url(), *url);
}

void tst_ConnectionDialog::testConnectionSucceeds()
{
    VM_TEMP_DATABASE(temp);
    {
        auto db = temp.openMigrated(Test::uniqueConnectionName());
        VM_VERIFY_OK(db);
    }
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (temp.isPostgres())
        fillPostgres(dialog, temp.url());
    else
        typeInto(dialog, "pathEdit", temp.url().path);
    QCOMPARE(dialog.url(), temp.url());

    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>(dialog, "testButton")->isEnabled()); // runs off the GUI thread
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("up to date")),
        qPrintable(dialog.statusText()));
    QVERIFY(child<QPushButton>(dialog, "testButton")->isEnabled());
    Test::screenshot(&dialog, QStringLiteral("connection-tested"));
}

void tst_ConnectionDialog::testConnectionShowsTheSentence()
{
    VM_TEMP_DATABASE(temp);
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QString expected;
    if (temp.isPostgres()) {
        DatabaseUrl bad = temp.url();
        bad.password = QStringLiteral("not-the-password");
        fillPostgres(dialog, bad);
        expected = QStringLiteral("refused the user name or password");
    } else {
        // A folder nobody can create: its parent is a file.
        typeInto(dialog, "pathEdit", temp.url().path + QStringLiteral("/inside/book.venuemap"));
        QFile file(temp.url().path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        expected = QStringLiteral("cannot be written");
    }
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(dialog.statusText().contains(expected), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.statusText().contains(QStringLiteral("not-the-password")));
    QVERIFY(!dialog.statusText().contains(QLatin1Char('\n')));
    Test::screenshot(&dialog,
        QStringLiteral("connection-refused-") + QString::fromLatin1(QTest::currentDataTag()));
}

void tst_ConnectionDialog::passwordNeverWrittenToSettings()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString secret = QStringLiteral("Very-Secret-4711");
    fillPostgres(
        dialog, *DatabaseUrl::parse(QStringLiteral("postgresql://carol@db.agency:5432/venues")));
    typeInto(dialog, "passwordEdit", secret);
    QVERIFY(child<QCheckBox>(dialog, "rememberCheck")->isChecked());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    dialog.saveChoice(m_store);

    QVERIFY(QSettings().fileName().contains(QStringLiteral(".qttest")));
    const QString settings = Test::settingsFileContents();
    QVERIFY2(settings.contains(QStringLiteral("carol@db.agency")), qPrintable(settings));
    QVERIFY2(!settings.contains(secret), qPrintable(settings));
    auto last = VUi::ConnectionSettings::lastUrl();
    QVERIFY(last.has_value());
    QVERIFY(last->password.isEmpty());
    QCOMPARE(last->user, QStringLiteral("carol"));

    // ... it is in the keychain instead.
    QString stored;
    m_store->read(VUi::PasswordStore::keyFor(dialog.url()),
        [&](VUi::PasswordStore::Outcome, const QString &pw) { stored = pw; });
    QTRY_COMPARE(stored, secret);
}

void tst_ConnectionDialog::forgetsPasswordWhenNotRemembered()
{
    const auto url = *DatabaseUrl::parse(QStringLiteral("postgresql://dave:pw1@db.agency/venues"));
    m_store->write(VUi::PasswordStore::keyFor(url), QStringLiteral("pw1"));
    QTRY_VERIFY(m_store->contains(VUi::PasswordStore::keyFor(url)));
    ConnectionDialog dialog;
    dialog.setUrl(url);
    child<QCheckBox>(dialog, "rememberCheck")->setChecked(false);
    dialog.saveChoice(m_store);
    QTRY_VERIFY(!m_store->contains(VUi::PasswordStore::keyFor(url)));
    QVERIFY(!VUi::ConnectionSettings::rememberPassword());
    QVERIFY(!Test::settingsFileContents().contains(QStringLiteral("pw1")));
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
