#pragma once

#include "auth/session.h"
#include "db/database.h"

#include <QDateTime>

#include <chrono>

namespace VenueMap::Core {

// Signs a person in. SQLite: email and password against the argon2id hashes of the app-level
// accounts. PostgreSQL: the connection already authenticated the login role; this maps it to
// the person. Wrong password, unknown email and disabled account give the same sentence, and
// every failure makes the next attempt wait longer.
class SignInService
{
public:
    explicit SignInService(Database db = {});
    void setDatabase(Database db) { m_db = std::move(db); }
    const Database &database() const { return m_db; }

    // The one sentence for every failed sign-in.
    static QString failureSentence();

    // SQLite mode. On success also sets Session::current().
    Result<CurrentUser> signIn(const QString &email, const QString &password);
    // PostgreSQL mode, on a connection opened with the person's own login role.
    Result<CurrentUser> signInConnectedRole();
    // PostgreSQL mode: opens `url` as `login` with `password`; a refused login (wrong password,
    // unknown or disabled login) gives the one sentence and counts as a failure.
    Result<Database> openAsPerson(DatabaseUrl url, const QString &login, const QString &password,
        const QString &connectionName);

    // Failure bookkeeping, also for failures found elsewhere (PostgreSQL authentication).
    void recordFailure();
    void recordSuccess();
    int consecutiveFailures() const { return m_failures; }
    // How long after the latest failure the next attempt is allowed: 0 before the first
    // failure, then 1 s, 2 s, 4 s, ... up to 30 s.
    std::chrono::milliseconds currentDelay() const;
    // How long from now until an attempt is allowed (zero when it is).
    std::chrono::milliseconds remainingWait() const;
    // Scales every delay (tests use a small factor); 1.0 by default.
    void setDelayScale(double scale) { m_delayScale = scale; }

    static std::chrono::milliseconds delayAfterFailures(int failures);

private:
    Result<CurrentUser> fail();
    std::optional<DbError> waitError() const;
    Result<CurrentUser> succeed(const User &user);

    Database m_db;
    int m_failures = 0;
    QDateTime m_lastFailure;
    double m_delayScale = 1.0;
};

CurrentUser currentUserFrom(const User &user);

} // namespace VenueMap::Core
