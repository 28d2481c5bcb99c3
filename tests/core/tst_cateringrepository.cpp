// CateringRepository on both backends: create, edit, soft delete and restore; the live list.
#include "repositories/cateringrepository.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_CateringRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycle_data() { addBackendRows(); }
    void lifecycle();
    void validationAndSearch_data() { addBackendRows(); }
    void validationAndSearch();
};

void tst_CateringRepository::lifecycle()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    CateringRepository repo(*db);
    CateringProvider a;
    a.name = QStringLiteral("  Feast & Co ");
    a.contactName = QStringLiteral("Marta");
    a.email = QStringLiteral("marta@feast.example");
    auto added = repo.addProvider(a);
    VM_VERIFY_OK(added);
    QCOMPARE(added->name, QStringLiteral("Feast & Co"));
    CateringProvider b;
    b.name = QStringLiteral("Bento Box");
    VM_VERIFY_OK(repo.addProvider(b));

    auto live = repo.fetchProviders();
    VM_VERIFY_OK(live);
    QCOMPARE(live->size(), 2);
    QCOMPARE(live->first().name, QStringLiteral("Bento Box"));

    CateringProvider edited = *added;
    edited.phone = QStringLiteral("+351 555 0101");
    VM_VERIFY_OK(repo.updateProvider(edited));
    auto read = repo.fetchProvider(added->id);
    VM_VERIFY_OK(read);
    QCOMPARE(read->phone, QStringLiteral("+351 555 0101"));
    QCOMPARE(read->email, QStringLiteral("marta@feast.example"));

    VM_VERIFY_OK(repo.removeProvider(added->id));
    live = repo.fetchProviders();
    VM_VERIFY_OK(live);
    QCOMPARE(live->size(), 1);
    auto all = repo.fetchProviders(true);
    VM_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM catering_providers")),
        2); // soft: still there

    VM_VERIFY_OK(repo.restoreProvider(added->id));
    live = repo.fetchProviders();
    VM_VERIFY_OK(live);
    QCOMPARE(live->size(), 2);

    auto missing = repo.removeProvider(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, DbError::Kind::NotFound);
}

void tst_CateringRepository::validationAndSearch()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    CateringRepository repo(*db);
    CateringProvider blank;
    blank.name = QStringLiteral("   ");
    auto r = repo.addProvider(blank);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, DbError::Kind::Validation);
    CateringProvider badMail;
    badMail.name = QStringLiteral("Ok");
    badMail.email = QStringLiteral("not-an-address");
    QVERIFY(!repo.addProvider(badMail));
    // The venues' rule and sentence: an address needs a domain ending ("info@test" had passed).
    badMail.email = QStringLiteral("info@test");
    r = repo.addProvider(badMail);
    QVERIFY(!r);
    QCOMPARE(r.error().message,
        QStringLiteral("This does not look like an email address (name@example.com)."));
    badMail.email = QStringLiteral("info@kitchen.de");
    VM_VERIFY_OK(repo.addProvider(badMail));

    for (const char *n : { "Feast & Co", "Bento Box", "100% Vegan" }) {
        CateringProvider p;
        p.name = QString::fromUtf8(n);
        VM_VERIFY_OK(repo.addProvider(p));
    }
    auto found = repo.fetchProviders(false, QStringLiteral("feast"));
    VM_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    found = repo.fetchProviders(false, QStringLiteral("0%"));
    VM_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().name, QStringLiteral("100% Vegan"));
}

QTEST_GUILESS_MAIN(tst_CateringRepository)
#include "tst_cateringrepository.moc"
