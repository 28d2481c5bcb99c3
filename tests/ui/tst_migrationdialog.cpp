// The migration dialog keeps a copy before updating a database that holds data, on both
// backends, and says where it is.
#include "migration/databasebackup.h"
#include "migration/migrationmanager.h"
#include "migrationdialog.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

int modeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// A database at version 3 holding one venue, as an older VenueMap left it.
bool prepareOldDatabase(const TempDatabase &tmp)
{
    auto db = tmp.open();
    if (!db || !MigrationManager(*db).migrate(3))
        return false;
    if (!db->exec(QStringLiteral("test"),
            QStringLiteral("INSERT INTO venues (id, name) VALUES "
                           "('5d2c8a4e-0000-4000-8000-000000000002', 'Volkshaus')")))
        return false;
    return tmp.isPostgres() || ::chmod(QFile::encodeName(tmp.url().path).constData(), 0600) == 0;
}

} // namespace

class tst_MigrationDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpGuiTest(); }
    void copyBeforeUpdatingIsShown_data() { addBackendRows(); }
    void copyBeforeUpdatingIsShown();
    void newDatabaseNeedsNoCopy_data() { addBackendRows(); }
    void newDatabaseNeedsNoCopy();
    void postgresWithoutPgDumpIsNotMigrated();
};

void tst_MigrationDialog::copyBeforeUpdatingIsShown()
{
    VM_TEMP_DATABASE(tmp);
    QVERIFY(prepareOldDatabase(tmp));
    const int head = MigrationSet::builtIn(tmp.url().backend).headVersion();
    Ui::MigrationDialog dialog(tmp.url(), 3, head);
    QSignalSpy succeeded(&dialog, &Ui::MigrationDialog::succeeded);
    QSignalSpy failed(&dialog, &Ui::MigrationDialog::failed);
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isShowingBackup() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(),
        failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<DbError>().sentence()));
    QCOMPARE(succeeded.count(), 0); // waits for the person to read where the copy is

    const QString copy = dialog.backupPath();
    auto cleanup = qScopeGuard([&] { QFile::remove(copy); });
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(QString::number(modeOf(copy), 8), QStringLiteral("600"));
    if (tmp.isPostgres())
        QVERIFY2(
            copy.startsWith(DatabaseBackup::backupFolder() + QLatin1Char('/')), qPrintable(copy));
    else
        QVERIFY2(copy.startsWith(tmp.url().path + QStringLiteral(".v3-")), qPrintable(copy));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("migrationBackup"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), copy);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    screenshot(&dialog,
        QStringLiteral("migration-copy-")
            + tmp.url().toDisplayString().section(QLatin1Char(':'), 0, 0));

    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("migrationContinue"));
    QVERIFY(button && button->isVisible());
    button->click();
    QCOMPARE(succeeded.count(), 1);
    // The migrations after 0003 (counted, not head - 3: the numbers may have gaps on a branch).
    QCOMPARE(succeeded.at(0).at(0).toInt(),
        MigrationSet::builtIn(tmp.url().backend).migrations().size() - 3);

    // The copy is the database as it was: version 3 with its venue.
    if (tmp.isPostgres()) {
        TempDatabase other(QStringLiteral("postgresql"));
        auto restored = DatabaseBackup::restore(other.url(), copy);
        VM_VERIFY_OK(restored);
        QCOMPARE(restored->version, 3);
    } else {
        DatabaseUrl url;
        url.path = copy;
        auto db = Database::open(url, uniqueConnectionName());
        VM_VERIFY_OK(db);
        auto st = MigrationManager(*db).status();
        VM_VERIFY_OK(st);
        QCOMPARE(st->currentVersion, 3);
    }
}

void tst_MigrationDialog::newDatabaseNeedsNoCopy()
{
    VM_TEMP_DATABASE(tmp);
    Ui::MigrationDialog dialog(
        tmp.url(), 0, MigrationSet::builtIn(tmp.url().backend).headVersion());
    QSignalSpy succeeded(&dialog, &Ui::MigrationDialog::succeeded);
    dialog.show();
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 60000);
    QVERIFY(dialog.backupPath().isEmpty());
    QVERIFY(!dialog.isShowingBackup());
}

void tst_MigrationDialog::postgresWithoutPgDumpIsNotMigrated()
{
    TempDatabase tmp(QStringLiteral("postgresql"));
    if (!tmp.failReason().isEmpty())
        QFAIL(qPrintable(tmp.failReason()));
    if (!tmp.skipReason().isEmpty())
        QSKIP(qPrintable(tmp.skipReason()));
    QVERIFY(prepareOldDatabase(tmp));
    QTemporaryDir empty;
    qputenv("VENUEMAP_PG_BIN_DIR", QFile::encodeName(empty.path()));
    auto unset = qScopeGuard([] { qunsetenv("VENUEMAP_PG_BIN_DIR"); });
    Ui::MigrationDialog dialog(
        tmp.url(), 3, MigrationSet::builtIn(tmp.url().backend).headVersion());
    QSignalSpy failed(&dialog, &Ui::MigrationDialog::failed);
    dialog.show();
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
    const QString sentence = failed.at(0).at(0).value<DbError>().sentence();
    QVERIFY2(sentence.contains(QLatin1String("pg_dump"))
            && sentence.contains(QLatin1String("not migrated")),
        qPrintable(sentence));
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    auto st = MigrationManager(*db).status();
    VM_VERIFY_OK(st);
    QCOMPARE(st->currentVersion, 3);
}

QTEST_MAIN(tst_MigrationDialog)
#include "tst_migrationdialog.moc"
