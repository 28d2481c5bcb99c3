#pragma once

#include "db/database.h"
#include "domain/user.h"

#include <QList>
#include <QSet>

#include <optional>

namespace VenueMap::Core {

// A person an admin adds. `password` is hashed (SQLite) or turned into a SCRAM verifier
// (PostgreSQL) before it leaves this process; `login` is the PostgreSQL login role name
// (empty: the email in lower case).
struct NewPerson
{
    QString name;
    QString email;
    UserRole role = UserRole::EventManager;
    QString password;
    QString login;
};

// What the database can enforce for people (PostgreSQL: this database's own group roles exist,
// carry their GRANTs, and nobody else may connect).
struct AccessState
{
    bool groupRolesExist = true;
    bool grantsInPlace = true;
    bool connectLimited = true;
    bool ready() const { return groupRolesExist && grantsInPlace && connectLimited; }
    // A sentence saying what is missing and who can fix it; empty when ready.
    QString problem() const;
};

// All SQL about people. Two account models (SqlDialect::accounts(), DESIGN §6) live in this one
// class: on SQLite a person is an app-level account with an argon2id hash in users.password_hash,
// changed by plain UPDATEs; on PostgreSQL a person is a login role, and people change only through
// the migrations' SECURITY DEFINER functions so that the server enforces what the app shows. They
// share the users table, its reads, validation and error sentences; only the writes that touch
// sign-in differ (a branch on m_loginRoles each), too little for two classes behind an interface.
class UserRepository
{
public:
    explicit UserRepository(Database db);

    // Everybody, ordered by name; `search` matches name or email literally (no wildcards).
    Result<QList<User>> fetchAll(const QString &search = {}) const;
    Result<std::optional<User>> fetchById(const QString &id) const;
    Result<std::optional<User>> fetchByEmail(const QString &email) const;
    // PostgreSQL: the person whose login role this connection uses.
    Result<std::optional<User>> fetchConnectedPerson() const;
    // The login role this connection uses (PostgreSQL), empty on SQLite.
    Result<QString> connectedLogin() const;
    Result<int> countUsers() const;
    Result<int> countActiveAdmins() const;
    // People who can sign in at all (a password on SQLite, a login role on PostgreSQL); zero on
    // a new database, even one with sample data.
    Result<int> countSignInAccounts() const;
    Result<AccessState> accessState() const;
    // PostgreSQL: the ids of people whose sign-in VenueMap may not manage (the owner, a superuser,
    // a login the app did not create...); empty on SQLite.
    Result<QSet<QString>> fetchIdsManagedElsewhere() const;

    Result<User> addPerson(const NewPerson &person);
    // PostgreSQL bootstrap from the app: the connected role (the database owner) becomes the
    // first admin. SQLite uses addPerson().
    Result<User> claimFirstAdmin(const QString &name, const QString &email);
    Status setActive(const QString &id, bool active);
    Status setRole(const QString &id, UserRole role);
    Status resetPassword(const QString &id, const QString &newPassword);
    Status removePerson(const QString &id);
    // The person's own profile: name, phone, signature block.
    Status updateProfile(const QString &id, const QString &name, const QString &phone,
        const QString &signatureBlock);
    // The signed-in person's own password; SQLite checks the current one first.
    Status changeOwnPassword(
        const QString &id, const QString &currentPassword, const QString &newPassword);

    // SQLite: the stored argon2id hash of an email's account (nullopt: no such email).
    struct Credentials
    {
        User user;
        QString passwordHash;
    };
    Result<std::optional<Credentials>> fetchCredentials(const QString &email) const;
    Status storePasswordHash(const QString &id, const QString &hash);

    static QString lastAdminSentence();
    static QString managedElsewhereSentence();

private:
    Result<std::optional<User>> fetchOne(
        const QString &where, const QString &condition, const Binds &binds) const;
    DbError translate(const DbError &error, const QString &operation) const;
    // PostgreSQL: one of the SECURITY DEFINER functions of migrations 0003 and 0007.
    Status callAdminFunction(
        const QString &where, const QString &sql, const Binds &binds, const QString &operation);
    Status validate(const QString &name, const QString &email) const;
    // The column that says a person can sign in: db_role (a login role) or password_hash.
    QString signInColumn() const;

    Database m_db;
    bool m_loginRoles; // people are PostgreSQL login roles, not password hashes in users
};

} // namespace VenueMap::Core
