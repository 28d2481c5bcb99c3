#include "userrepository.h"

#include "auth/passwordhasher.h"
#include "domain/emailaddress.h"
#include "logging.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QUuid>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context UserRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
};

} // namespace

namespace {

// Never password_hash: event managers may not read it on PostgreSQL, and nobody needs it here.
const QString kColumns = QStringLiteral(
    "id, name, email, phone, signature_block, role, is_active, db_role, created_at, updated_at");

QVariant textOrNull(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
}

DbError goneError(const QString &operation)
{
    return DbError::make(DbError::Kind::NotFound, operation,
        Tr::tr("That person no longer exists; somebody removed them."),
        QStringLiteral("UserRepository"));
}

} // namespace

QString AccessState::problem() const
{
    if (!groupRolesExist)
        return QStringLiteral(
            "This database has no VenueMap group roles of its own yet: a database administrator "
            "with the CREATEROLE right must run SELECT venuemap_setup_access(); on it.");
    if (!grantsInPlace)
        return QStringLiteral(
            "The VenueMap group roles have no rights on this database yet: a database "
            "administrator must run SELECT venuemap_setup_access(); on it.");
    if (!connectLimited)
        return QStringLiteral(
            "Every login of this server may still connect to this database: its owner must run "
            "SELECT venuemap_setup_access(); on it.");
    return {};
}

UserRepository::UserRepository(Database db)
    : m_db(std::move(db))
    , m_loginRoles(m_db.dialect().accounts() == SqlDialect::Accounts::LoginRoles)
{ }

QString UserRepository::signInColumn() const
{
    return m_loginRoles ? QStringLiteral("db_role") : QStringLiteral("password_hash");
}

QString UserRepository::lastAdminSentence()
{
    return Tr::tr("VenueMap needs at least one active admin: make someone else an admin first.");
}

QString UserRepository::managedElsewhereSentence()
{
    return Tr::tr(
        "This sign-in is not one VenueMap created (the database owner, a superuser or a login made "
        "on the server), so VenueMap does not change it: its password and rights are changed on "
        "the server itself, by whoever administers it.");
}

static User userFromQuery(const QSqlQuery &q, const SqlDialect &dialect)
{
    User u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    u.email = q.value(2).toString();
    u.phone = q.value(3).toString();
    u.signatureBlock = q.value(4).toString();
    u.role = userRoleFromDb(q.value(5).toString()).value_or(UserRole::EventManager);
    u.isActive = q.value(6).toBool();
    u.dbRole = q.value(7).toString();
    u.createdAt = dialect.dateTimeFromDb(q.value(8));
    u.updatedAt = dialect.dateTimeFromDb(q.value(9));
    return u;
}

DbError UserRepository::translate(const DbError &error, const QString &operation) const
{
    DbError e = error;
    e.operation = operation;
    const QString code = error.sqlState();
    const QString text = error.sqlError.databaseText();
    if (code == QLatin1String("VM001") || text.contains(QLatin1String("last active admin"))) {
        e.kind = DbError::Kind::Validation;
        e.message = lastAdminSentence();
    } else if (code == QLatin1String("VM002")) {
        e.kind = DbError::Kind::Validation;
        e.message = Tr::tr(
            "This person has activity in the log, which is never rewritten; disable them instead.");
    } else if (code == QLatin1String("VM003")) {
        e.kind = DbError::Kind::Permission;
        e.message = managedElsewhereSentence();
    } else if (code == QLatin1String("42710")) {
        e.kind = DbError::Kind::Duplicate;
        e.message = Tr::tr("A database login with that name already exists on this server; "
                           "choose another login name.");
    } else if (e.kind == DbError::Kind::Duplicate) {
        e.message = Tr::tr("Somebody with that email address already exists.");
    } else if (code == QLatin1String("P0002")) {
        e = goneError(operation);
        e.sqlError = error.sqlError;
    } else if (code == QLatin1String("42704") && text.contains(QLatin1String("venuemap_"))) {
        e.kind = DbError::Kind::Permission;
        e.message = AccessState { false, false }.problem();
    } else if (e.kind == DbError::Kind::Permission) {
        e.message
            = Tr::tr("Your database account is not allowed to do this; only admins manage people.");
    }
    qCInfo(lcUsers) << operation << "failed:" << int(e.kind) << code;
    return e;
}

Status UserRepository::validate(const QString &name, const QString &email) const
{
    if (name.trimmed().isEmpty())
        return DbError::make(DbError::Kind::Validation, {}, Tr::tr("A person needs a name."));
    if (email.trimmed().isEmpty())
        return DbError::make(
            DbError::Kind::Validation, {}, Tr::tr("A person needs an email address."));
    if (auto problem = emailAddressProblem(email))
        return DbError::make(DbError::Kind::Validation, {}, *problem);
    return {};
}

Result<std::optional<User>> UserRepository::fetchOne(
    const QString &where, const QString &condition, const Binds &binds) const
{
    auto q = m_db.exec(
        where, QStringLiteral("SELECT %1 FROM users WHERE %2").arg(kColumns, condition), binds);
    if (!q)
        return translate(q.error(), Tr::tr("read a person"));
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(userFromQuery(*q, m_db.dialect()));
}

Result<QList<User>> UserRepository::fetchAll(const QString &search) const
{
    QString sql = QStringLiteral("SELECT %1 FROM users").arg(kColumns);
    Binds binds;
    if (!search.trimmed().isEmpty()) {
        const QString op = m_db.dialect().ilike();
        sql += QStringLiteral(" WHERE name %1 :byName%2 OR email %1 :byEmail%2")
                   .arg(op, m_db.dialect().likeEscape());
        binds.append({ QStringLiteral(":byName"), SqlDialect::containsPattern(search.trimmed()) });
        binds.append({ QStringLiteral(":byEmail"), SqlDialect::containsPattern(search.trimmed()) });
    }
    sql += QStringLiteral(" ORDER BY lower(name), id");
    auto q = m_db.exec(QStringLiteral("UserRepository::fetchAll"), sql, binds);
    if (!q)
        return translate(q.error(), Tr::tr("list people"));
    QList<User> users;
    while (q->next())
        users.append(userFromQuery(*q, m_db.dialect()));
    return users;
}

Result<std::optional<User>> UserRepository::fetchById(const QString &id) const
{
    return fetchOne(QStringLiteral("UserRepository::fetchById"), QStringLiteral("id = :id"),
        { { QStringLiteral(":id"), id } });
}

Result<std::optional<User>> UserRepository::fetchByEmail(const QString &email) const
{
    return fetchOne(QStringLiteral("UserRepository::fetchByEmail"),
        QStringLiteral("lower(email) = lower(:email)"),
        { { QStringLiteral(":email"), email.trimmed() } });
}

Result<QString> UserRepository::connectedLogin() const
{
    if (!m_loginRoles)
        return QString();
    auto v = m_db.scalar(
        QStringLiteral("UserRepository::connectedLogin"), QStringLiteral("SELECT session_user"));
    if (!v)
        return v.error();
    return v->toString();
}

Result<std::optional<User>> UserRepository::fetchConnectedPerson() const
{
    if (!m_loginRoles)
        return std::optional<User>();
    return fetchOne(QStringLiteral("UserRepository::fetchConnectedPerson"),
        QStringLiteral("db_role = session_user"), {});
}

Result<int> UserRepository::countUsers() const
{
    auto v = m_db.scalar(
        QStringLiteral("UserRepository::countUsers"), QStringLiteral("SELECT count(*) FROM users"));
    if (!v)
        return translate(v.error(), Tr::tr("count people"));
    return v->toInt();
}

Result<int> UserRepository::countSignInAccounts() const
{
    auto v = m_db.scalar(QStringLiteral("UserRepository::countSignInAccounts"),
        QStringLiteral("SELECT count(*) FROM users WHERE %1 IS NOT NULL").arg(signInColumn()));
    if (!v)
        return translate(v.error(), Tr::tr("count people"));
    return v->toInt();
}

Result<int> UserRepository::countActiveAdmins() const
{
    // Admins who can sign in: the ones the last-admin rule keeps.
    auto v = m_db.scalar(QStringLiteral("UserRepository::countActiveAdmins"),
        QStringLiteral(
            "SELECT count(*) FROM users WHERE role = 'admin' AND is_active AND %1 IS NOT NULL")
            .arg(signInColumn()));
    if (!v)
        return translate(v.error(), Tr::tr("count admins"));
    return v->toInt();
}

Result<AccessState> UserRepository::accessState() const
{
    if (!m_loginRoles)
        return AccessState {};
    // This database's own groups (migration 0007), whether they carry rights, and whether CONNECT
    // is still open to PUBLIC (grantee 0).
    auto q = m_db.exec(QStringLiteral("UserRepository::accessState"),
        QStringLiteral(
            "SELECT (SELECT count(*) FROM pg_roles WHERE rolname IN (g.manager, g.admin)), "
            "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g.manager "
            "        AND has_table_privilege(oid, 'venues', 'SELECT')), "
            "NOT EXISTS (SELECT 1 FROM pg_database d, "
            "            aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a "
            "            WHERE d.datname = current_database() AND a.grantee = 0 "
            "              AND a.privilege_type = 'CONNECT') "
            "FROM (SELECT venuemap_group('event_manager') AS manager, "
            "             venuemap_group('admin') AS admin) g"));
    if (!q)
        return q.error();
    q->next();
    AccessState state;
    state.groupRolesExist = q->value(0).toInt() == 2;
    state.grantsInPlace = state.groupRolesExist && q->value(1).toBool();
    state.connectLimited = q->value(2).toBool();
    return state;
}

Result<QSet<QString>> UserRepository::fetchIdsManagedElsewhere() const
{
    if (!m_loginRoles)
        return QSet<QString>();
    auto q = m_db.exec(QStringLiteral("UserRepository::fetchIdsManagedElsewhere"),
        QStringLiteral("SELECT id FROM users WHERE db_role IS NOT NULL "
                       "AND NOT venuemap_login_managed_by_app(db_role)"));
    if (!q)
        return translate(q.error(), Tr::tr("list people"));
    QSet<QString> ids;
    while (q->next())
        ids.insert(q->value(0).toString());
    return ids;
}

Result<User> UserRepository::addPerson(const NewPerson &person)
{
    const QString operation = QStringLiteral("add %1").arg(person.name.trimmed());
    if (auto s = validate(person.name, person.email); !s)
        return s.error().withOperation(operation);
    if (const QString weak = PasswordHasher::weakness(person.password); !weak.isEmpty())
        return DbError::make(DbError::Kind::Validation, operation, weak);

    QString id;
    if (m_loginRoles) {
        auto v = m_db.scalar(QStringLiteral("UserRepository::addPerson"),
            QStringLiteral("SELECT venuemap_add_person(:name, :email, :role, :verifier, :login)"),
            { { QStringLiteral(":name"), person.name.trimmed() },
                { QStringLiteral(":email"), person.email.trimmed() },
                { QStringLiteral(":role"), userRoleToDb(person.role) },
                { QStringLiteral(":verifier"), scramSha256Verifier(person.password) },
                { QStringLiteral(":login"), textOrNull(person.login) } });
        if (!v)
            return translate(v.error(), operation);
        id = v->toString();
    } else {
        const QString hash = PasswordHasher::hash(person.password);
        if (hash.isEmpty())
            return DbError::make(DbError::Kind::Sql, operation,
                Tr::tr("The password could not be protected (out of memory?); nothing was saved."));
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto q = m_db.exec(QStringLiteral("UserRepository::addPerson"),
            QStringLiteral("INSERT INTO users (id, name, email, role, is_active, password_hash) "
                           "VALUES (:id, :name, :email, :role, TRUE, :hash)"),
            { { QStringLiteral(":id"), id }, { QStringLiteral(":name"), person.name.trimmed() },
                { QStringLiteral(":email"), person.email.trimmed() },
                { QStringLiteral(":role"), userRoleToDb(person.role) },
                { QStringLiteral(":hash"), hash } });
        if (!q)
            return translate(q.error(), operation);
    }
    qCInfo(lcUsers) << "added person" << id << userRoleToDb(person.role);
    auto added = fetchById(id);
    if (!added)
        return added.error();
    if (!added->has_value())
        return DbError::make(
            DbError::Kind::NotFound, operation, Tr::tr("The new person cannot be read back."));
    return **added;
}

Result<User> UserRepository::claimFirstAdmin(const QString &name, const QString &email)
{
    const QString operation = Tr::tr("create the first admin");
    if (auto s = validate(name, email); !s)
        return s.error().withOperation(operation);
    auto v = m_db.scalar(QStringLiteral("UserRepository::claimFirstAdmin"),
        QStringLiteral("SELECT venuemap_claim_first_admin(:name, :email)"),
        { { QStringLiteral(":name"), name.trimmed() },
            { QStringLiteral(":email"), email.trimmed() } });
    if (!v)
        return translate(v.error(), operation);
    auto added = fetchById(v->toString());
    if (!added)
        return added.error();
    if (!added->has_value())
        return DbError::make(
            DbError::Kind::NotFound, operation, Tr::tr("The new admin cannot be read back."));
    return **added;
}

Status UserRepository::callAdminFunction(
    const QString &where, const QString &sql, const Binds &binds, const QString &operation)
{
    auto q = m_db.exec(where, sql, binds);
    if (!q)
        return translate(q.error(), operation);
    return {};
}

Status UserRepository::setActive(const QString &id, bool active)
{
    const QString operation = active ? Tr::tr("enable this person") : Tr::tr("disable this person");
    if (m_loginRoles) {
        return callAdminFunction(QStringLiteral("UserRepository::setActive"),
            QStringLiteral("SELECT venuemap_set_active(:id, :active)"),
            { { QStringLiteral(":id"), id }, { QStringLiteral(":active"), active } }, operation);
    }
    auto q = m_db.exec(QStringLiteral("UserRepository::setActive"),
        QStringLiteral("UPDATE users SET is_active = :active, updated_at = %1 WHERE id = :id")
            .arg(m_db.dialect().now()),
        { { QStringLiteral(":active"), active }, { QStringLiteral(":id"), id } });
    if (!q)
        return translate(q.error(), operation);
    if (q->numRowsAffected() == 0)
        return goneError(operation);
    return {};
}

Status UserRepository::setRole(const QString &id, UserRole role)
{
    const QString operation = Tr::tr("change this person's role");
    if (m_loginRoles) {
        return callAdminFunction(QStringLiteral("UserRepository::setRole"),
            QStringLiteral("SELECT venuemap_set_role(:id, :role)"),
            { { QStringLiteral(":id"), id }, { QStringLiteral(":role"), userRoleToDb(role) } },
            operation);
    }
    auto q = m_db.exec(QStringLiteral("UserRepository::setRole"),
        QStringLiteral("UPDATE users SET role = :role, updated_at = %1 WHERE id = :id")
            .arg(m_db.dialect().now()),
        { { QStringLiteral(":role"), userRoleToDb(role) }, { QStringLiteral(":id"), id } });
    if (!q)
        return translate(q.error(), operation);
    if (q->numRowsAffected() == 0)
        return goneError(operation);
    return {};
}

Status UserRepository::resetPassword(const QString &id, const QString &newPassword)
{
    const QString operation = Tr::tr("set a new password");
    if (const QString weak = PasswordHasher::weakness(newPassword); !weak.isEmpty())
        return DbError::make(DbError::Kind::Validation, operation, weak);
    if (m_loginRoles) {
        return callAdminFunction(QStringLiteral("UserRepository::resetPassword"),
            QStringLiteral("SELECT venuemap_reset_password(:id, :verifier)"),
            { { QStringLiteral(":id"), id },
                { QStringLiteral(":verifier"), scramSha256Verifier(newPassword) } },
            operation);
    }
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return DbError::make(DbError::Kind::Sql, operation,
            Tr::tr("The password could not be protected; nothing was saved."));
    return storePasswordHash(id, hash);
}

Status UserRepository::storePasswordHash(const QString &id, const QString &hash)
{
    auto q = m_db.exec(QStringLiteral("UserRepository::storePasswordHash"),
        QStringLiteral("UPDATE users SET password_hash = :hash, updated_at = %1 WHERE id = :id")
            .arg(m_db.dialect().now()),
        { { QStringLiteral(":hash"), hash }, { QStringLiteral(":id"), id } });
    if (!q)
        return translate(q.error(), Tr::tr("save the password"));
    if (q->numRowsAffected() == 0)
        return goneError(Tr::tr("save the password"));
    return {};
}

Status UserRepository::removePerson(const QString &id)
{
    const QString operation = Tr::tr("remove this person");
    if (m_loginRoles) {
        return callAdminFunction(QStringLiteral("UserRepository::removePerson"),
            QStringLiteral("SELECT venuemap_remove_person(:id)"), { { QStringLiteral(":id"), id } },
            operation);
    }
    TransactionGuard tx(m_db);
    if (auto s = tx.begun(); !s)
        return translate(s.error(), operation);
    auto used = m_db.scalar(QStringLiteral("UserRepository::removePerson"),
        QStringLiteral("SELECT count(*) FROM activity_logs WHERE user_id = :id"),
        { { QStringLiteral(":id"), id } });
    if (!used)
        return translate(used.error(), operation);
    if (used->toInt() > 0) {
        DbError e;
        e.sqlError
            = QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("VM002"));
        return translate(e, operation);
    }
    auto q = m_db.exec(QStringLiteral("UserRepository::removePerson"),
        QStringLiteral("DELETE FROM users WHERE id = :id"), { { QStringLiteral(":id"), id } });
    if (!q)
        return translate(q.error(), operation);
    if (q->numRowsAffected() == 0)
        return goneError(operation);
    if (auto s = tx.commit(); !s)
        return translate(s.error(), operation);
    return {};
}

Status UserRepository::updateProfile(
    const QString &id, const QString &name, const QString &phone, const QString &signatureBlock)
{
    const QString operation = Tr::tr("save your profile");
    if (name.trimmed().isEmpty())
        return DbError::make(
            DbError::Kind::Validation, operation, Tr::tr("A person needs a name."));
    auto q = m_db.exec(QStringLiteral("UserRepository::updateProfile"),
        QStringLiteral(
            "UPDATE users SET name = :name, phone = :phone, signature_block = :signature, "
            "updated_at = %1 WHERE id = :id")
            .arg(m_db.dialect().now()),
        { { QStringLiteral(":name"), name.trimmed() },
            { QStringLiteral(":phone"), textOrNull(phone) },
            { QStringLiteral(":signature"),
                signatureBlock.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(signatureBlock) },
            { QStringLiteral(":id"), id } });
    if (!q)
        return translate(q.error(), operation);
    if (q->numRowsAffected() == 0)
        // Row-level security hides other people's rows from an UPDATE: same outcome as a missing
        // row.
        return DbError::make(DbError::Kind::Permission, operation,
            Tr::tr("Only your own profile can be changed here."));
    return {};
}

Status UserRepository::changeOwnPassword(
    const QString &id, const QString &currentPassword, const QString &newPassword)
{
    const QString operation = Tr::tr("change your password");
    if (const QString weak = PasswordHasher::weakness(newPassword); !weak.isEmpty())
        return DbError::make(DbError::Kind::Validation, operation, weak);
    const DbError wrongCurrent = DbError::make(
        DbError::Kind::Authentication, operation, Tr::tr("The current password is not right."));
    if (m_loginRoles) {
        auto login = connectedLogin();
        if (!login)
            return login.error();
        // The owner, a superuser or a login made on the server may serve other databases and
        // services: its password is not VenueMap's to change (the People page says the same).
        auto managed = m_db.scalar(QStringLiteral("UserRepository::changeOwnPassword"),
            QStringLiteral("SELECT venuemap_login_managed_by_app(:login)"),
            { { QStringLiteral(":login"), *login } });
        if (!managed)
            return translate(managed.error(), operation);
        if (!managed->toBool())
            return DbError::make(DbError::Kind::Permission, operation, managedElsewhereSentence());
        // The server checks the current password: a second connection must accept it.
        DatabaseUrl url = m_db.url();
        url.user = *login;
        url.password = currentPassword;
        {
            auto probe
                = Database::open(url, m_db.connectionName() + QStringLiteral("-password-check"));
            if (!probe)
                return probe.error().kind == DbError::Kind::Authentication
                    ? wrongCurrent
                    : translate(probe.error(), operation);
        }
        // ALTER ROLE takes no bound values; the verifier is base64 and '$:' only, checked here.
        const QString verifier = scramSha256Verifier(newPassword);
        static const QRegularExpression safe(QStringLiteral(
            "^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"));
        if (!safe.match(verifier).hasMatch())
            return DbError::make(
                DbError::Kind::Sql, operation, Tr::tr("The password could not be protected."));
        if (auto s = m_db.execDirect(QStringLiteral("UserRepository::changeOwnPassword"),
                QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD '%1'").arg(verifier));
            !s)
            return translate(s.error(), operation);
        return {};
    }
    auto q = m_db.scalar(QStringLiteral("UserRepository::changeOwnPassword"),
        QStringLiteral("SELECT password_hash FROM users WHERE id = :id"),
        { { QStringLiteral(":id"), id } });
    if (!q)
        return translate(q.error(), operation);
    if (!PasswordHasher::verify(q->toString(), currentPassword))
        return wrongCurrent;
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return DbError::make(DbError::Kind::Sql, operation,
            Tr::tr("The password could not be protected; nothing was saved."));
    return storePasswordHash(id, hash);
}

Result<std::optional<UserRepository::Credentials>> UserRepository::fetchCredentials(
    const QString &email) const
{
    auto q = m_db.exec(QStringLiteral("UserRepository::fetchCredentials"),
        QStringLiteral("SELECT %1, password_hash FROM users WHERE lower(email) = lower(:email)")
            .arg(kColumns),
        { { QStringLiteral(":email"), email.trimmed() } });
    if (!q)
        return translate(q.error(), Tr::tr("sign in"));
    if (!q->next())
        return std::optional<Credentials>();
    Credentials c { userFromQuery(*q, m_db.dialect()), q->value(10).toString() };
    return std::optional<Credentials>(c);
}

} // namespace VenueMap::Core
