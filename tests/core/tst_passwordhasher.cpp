// Argon2id hashes of SQLite-mode accounts and the SCRAM verifiers sent to PostgreSQL.
#include "auth/passwordhasher.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace VenueMap::Core;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parametersMeetOwaspMinimum();
    void verifiesOnlyTheRightPassword_data();
    void verifiesOnlyTheRightPassword();
    void saltsEveryHash();
    void weakerHashNeedsRehash();
    void rejectsGarbage();
    void weakPasswordsAreNamed();
    void scramVerifierFormat();
};

void tst_PasswordHasher::parametersMeetOwaspMinimum()
{
    QElapsedTimer timer;
    timer.start();
    const QString hash = PasswordHasher::hash(QStringLiteral("correct horse battery staple"));
    const qint64 ms = timer.elapsed();
    static const QRegularExpression format(
        QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$"));
    const auto m = format.match(hash);
    QVERIFY2(m.hasMatch(), qPrintable(hash));
    // OWASP Password Storage Cheat Sheet: argon2id, m >= 19 MiB (19456 KiB), t >= 2, p = 1.
    QVERIFY(m.captured(1).toInt() >= 19456);
    QVERIFY(m.captured(2).toInt() >= 2);
    QCOMPARE(m.captured(3).toInt(), 1);
    QCOMPARE(m.captured(1).toInt(), int(PasswordHasher::kMemLimitBytes / 1024));
    QCOMPARE(m.captured(2).toInt(), int(PasswordHasher::kOpsLimit));
    qInfo("one argon2id hash (m=%s KiB, t=%s) took %lld ms", qPrintable(m.captured(1)),
        qPrintable(m.captured(2)), ms);
}

void tst_PasswordHasher::verifiesOnlyTheRightPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << QStringLiteral("s3cret-passphrase");
    QTest::newRow("unicode") << QStringLiteral("Grüße aus Köln – 東京");
    QTest::newRow("injection") << QStringLiteral("x'); DROP TABLE users; --");
}

void tst_PasswordHasher::verifiesOnlyTheRightPassword()
{
    QFETCH(QString, password);
    const QString hash = PasswordHasher::hash(password);
    QVERIFY(!hash.contains(password));
    QVERIFY(PasswordHasher::verify(hash, password));
    QVERIFY(!PasswordHasher::verify(hash, password + QLatin1Char(' ')));
    QVERIFY(!PasswordHasher::verify(hash, QString()));
    QVERIFY(!PasswordHasher::needsRehash(hash));
}

void tst_PasswordHasher::saltsEveryHash()
{
    const QString a = PasswordHasher::hash(QStringLiteral("same password"));
    const QString b = PasswordHasher::hash(QStringLiteral("same password"));
    QVERIFY(a != b);
    QVERIFY(PasswordHasher::verify(a, QStringLiteral("same password")));
    QVERIFY(PasswordHasher::verify(b, QStringLiteral("same password")));
}

void tst_PasswordHasher::weakerHashNeedsRehash()
{
    // Made by libsodium with t=1, m=8 MiB: still verifiable, but due for a stronger hash.
    const QString weak = QStringLiteral("$argon2id$v=19$m=8192,t=1,p=1$VjIbozjmVxNEMjdvU02+bg$"
                                        "aSjSXMd9bGsw5XsgBNkEqFsFrWLiMUrek3/S/uZ0kOA");
    QVERIFY(PasswordHasher::verify(weak, QStringLiteral("old password")));
    QVERIFY(PasswordHasher::needsRehash(weak));
}

void tst_PasswordHasher::rejectsGarbage()
{
    QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("plain text"), QStringLiteral("plain text")));
    QVERIFY(!PasswordHasher::dummyHash().isEmpty());
    QVERIFY(!PasswordHasher::verify(PasswordHasher::dummyHash(), QString()));
}

void tst_PasswordHasher::weakPasswordsAreNamed()
{
    QVERIFY(!PasswordHasher::weakness(QStringLiteral("short")).isEmpty());
    QVERIFY(!PasswordHasher::weakness(QStringLiteral("          ")).isEmpty());
    QVERIFY(PasswordHasher::weakness(QStringLiteral("long enough")).isEmpty());
}

void tst_PasswordHasher::scramVerifierFormat()
{
    // The format PostgreSQL stores (tst_databaseaccess proves the server accepts the password).
    const QString v = scramSha256Verifier(
        QStringLiteral("pencil"), QByteArrayLiteral("saltsaltsaltsalt"), 4096);
    QVERIFY(v.startsWith(QLatin1String("SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0c2FsdA==$")));
    QCOMPARE(v.count(QLatin1Char('$')), 2);
    QCOMPARE(
        scramSha256Verifier(QStringLiteral("pencil"), QByteArrayLiteral("saltsaltsaltsalt")), v);
    QVERIFY(scramSha256Verifier(QStringLiteral("pencil"))
        != scramSha256Verifier(QStringLiteral("pencil")));
    QVERIFY(!v.contains(QLatin1String("pencil")));
}

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
