// `?pooler=transaction` in a PostgreSQL URL (README, "Running a team server"): VenueMap's own
// option, checked when the URL is read and never passed to libpq.
#include "testdatabase.h"

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_Pooler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void optionIsSessionOrTransaction();
    void transactionPoolerUrlOpens();
};

void tst_Pooler::optionIsSessionOrTransaction()
{
    auto bad
        = DatabaseUrl::parse(QStringLiteral("postgresql://planner@db1/venues?pooler=statement"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, DbError::Kind::Usage);
    QVERIFY2(bad.error().sentence().contains(QLatin1String("pooler is session or transaction")),
        qPrintable(bad.error().sentence()));
    for (const char *mode : { "session", "transaction" }) {
        auto url
            = DatabaseUrl::parse(QStringLiteral("postgresql://planner@db1:6432/venues?pooler=%1")
                                     .arg(QLatin1String(mode)));
        VM_VERIFY_OK(url);
        QCOMPARE(url->options.value(QStringLiteral("pooler")), QLatin1String(mode));
    }
}

// The option reaches Database, not libpq (which would refuse an unknown keyword).
void tst_Pooler::transactionPoolerUrlOpens()
{
    TempDatabase tmp(QStringLiteral("postgresql"));
    if (!tmp.failReason().isEmpty())
        QFAIL(qPrintable(tmp.failReason()));
    if (!tmp.skipReason().isEmpty())
        QSKIP(qPrintable(tmp.skipReason()));
    DatabaseUrl url = tmp.url();
    auto plain = Database::open(url, uniqueConnectionName());
    VM_VERIFY_OK(plain);
    QVERIFY(!plain->behindTransactionPooler());
    url.options.insert(QStringLiteral("pooler"), QStringLiteral("transaction"));
    auto pooled = Database::open(url, uniqueConnectionName());
    VM_VERIFY_OK(pooled);
    QVERIFY(pooled->behindTransactionPooler());
    auto one = pooled->scalar(QStringLiteral("test"), QStringLiteral("SELECT 1"));
    VM_VERIFY_OK(one);
    QCOMPARE(one->toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_Pooler)
#include "tst_pooler.moc"
