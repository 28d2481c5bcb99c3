#include "passwordhasher.h"

#include "logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>

#include <sodium.h>

#include <mutex>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context PasswordHasher.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
};

} // namespace

static_assert(PasswordHasher::kOpsLimit >= 2, "OWASP: at least 2 passes");
static_assert(PasswordHasher::kMemLimitBytes >= size_t(19) * 1024 * 1024, "OWASP: at least 19 MiB");
static_assert(PasswordHasher::kOpsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN);
static_assert(PasswordHasher::kMemLimitBytes >= crypto_pwhash_argon2id_MEMLIMIT_MIN);

static bool sodiumReady()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    if (!ready)
        qCCritical(lcAuth) << "libsodium could not be initialised";
    return ready;
}

QString PasswordHasher::hash(const QString &password)
{
    if (!sodiumReady())
        return {};
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), kOpsLimit,
        kMemLimitBytes, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0) {
        qCWarning(lcAuth) << "argon2id hashing failed (out of memory?)";
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password)
{
    if (!sodiumReady() || encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray utf8 = password.toUtf8();
    const bool ok
        = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

bool PasswordHasher::needsRehash(const QString &encodedHash)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimitBytes) != 0;
}

const QString &PasswordHasher::dummyHash()
{
    static const QString dummy = [] {
        QByteArray random(24, '\0');
        if (sodiumReady())
            randombytes_buf(random.data(), size_t(random.size()));
        return hash(QString::fromLatin1(random.toBase64()));
    }();
    return dummy;
}

QString PasswordHasher::weakness(const QString &password)
{
    if (password.size() < kMinimumPasswordLength)
        return Tr::tr("A password needs at least %1 characters.").arg(kMinimumPasswordLength);
    if (password.trimmed().isEmpty())
        return Tr::tr("A password cannot be only spaces.");
    return {};
}

QString scramSha256Verifier(const QString &password, const QByteArray &givenSalt, int iterations)
{
    QByteArray salt = givenSalt;
    if (salt.isEmpty()) {
        salt.resize(16);
        if (sodiumReady())
            randombytes_buf(salt.data(), size_t(salt.size()));
    }
    // PostgreSQL normalizes with SASLprep; NFKC is its core for the passwords people type.
    const QByteArray utf8 = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, utf8, salt, iterations, 32);
    const QByteArray clientKey
        = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey
        = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
            QString::fromLatin1(serverKey.toBase64()));
}

} // namespace VenueMap::Core
