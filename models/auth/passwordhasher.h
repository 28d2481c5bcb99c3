#pragma once

#include <QByteArray>
#include <QString>

namespace VenueMap::Core {

// Argon2id password hashes (libsodium crypto_pwhash_str) for the app-level accounts of SQLite mode.
// Parameters are explicit, at or above OWASP's minimum (19 MiB, 2 passes, 1 lane).
class PasswordHasher
{
public:
    static constexpr unsigned long long kOpsLimit = 2; // passes
    static constexpr size_t kMemLimitBytes = size_t(64) * 1024 * 1024; // 64 MiB
    static constexpr int kMinimumPasswordLength = 8;

    // The encoded hash ($argon2id$v=19$m=65536,t=2,p=1$salt$hash), or empty when hashing failed
    // (out of memory); the password itself is never logged.
    static QString hash(const QString &password);
    static bool verify(const QString &encodedHash, const QString &password);
    // Whether a stored hash was made with weaker parameters than today's and should be redone.
    static bool needsRehash(const QString &encodedHash);
    // A hash of a random password, verified against when an email is unknown so that
    // unknown emails take as long as wrong passwords.
    static const QString &dummyHash();

    // A sentence saying why a new password is not acceptable, or empty when it is.
    static QString weakness(const QString &password);
};

// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (as psql's \password computes it),
// so that a new password reaches the server only as a verifier, never in clear.
QString scramSha256Verifier(
    const QString &password, const QByteArray &salt = {}, int iterations = 4096);

} // namespace VenueMap::Core
