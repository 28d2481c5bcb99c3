#include "signinservice.h"

#include "auth/passwordhasher.h"
#include "logging.h"
#include "repositories/userrepository.h"

#include <QCoreApplication>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context SignInService.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignInService)
};

} // namespace

CurrentUser currentUserFrom(const User &user)
{
    CurrentUser c;
    c.id = user.id;
    c.name = user.name;
    c.email = user.email;
    c.role = user.role;
    c.signatureBlock = user.signatureBlock;
    c.phone = user.phone;
    return c;
}

SignInService::SignInService(Database db)
    : m_db(std::move(db))
{ }

QString SignInService::failureSentence()
{
    return Tr::tr("That email and password do not match an active account.");
}

std::chrono::milliseconds SignInService::delayAfterFailures(int failures)
{
    using namespace std::chrono_literals;
    if (failures <= 0)
        return 0ms;
    const int shift = std::min(failures - 1, 5);
    return std::min<std::chrono::milliseconds>(1000ms * (1 << shift), 30000ms);
}

std::chrono::milliseconds SignInService::currentDelay() const
{
    return std::chrono::milliseconds(
        qint64(double(delayAfterFailures(m_failures).count()) * m_delayScale));
}

std::chrono::milliseconds SignInService::remainingWait() const
{
    if (m_failures == 0 || !m_lastFailure.isValid())
        return std::chrono::milliseconds(0);
    const qint64 elapsed = m_lastFailure.msecsTo(QDateTime::currentDateTimeUtc());
    return std::chrono::milliseconds(std::max<qint64>(0, currentDelay().count() - elapsed));
}

void SignInService::recordFailure()
{
    ++m_failures;
    m_lastFailure = QDateTime::currentDateTimeUtc();
    qCInfo(lcAuth) << "sign-in failed; attempt" << m_failures << "next allowed after"
                   << currentDelay().count() << "ms";
}

void SignInService::recordSuccess()
{
    m_failures = 0;
    m_lastFailure = {};
}

Result<CurrentUser> SignInService::fail()
{
    recordFailure();
    return DbError::make(DbError::Kind::Authentication, QString(), failureSentence(),
        QStringLiteral("SignInService"));
}

Result<CurrentUser> SignInService::succeed(const User &user)
{
    recordSuccess();
    const CurrentUser current = currentUserFrom(user);
    Session::setCurrent(current);
    qCInfo(lcAuth) << "signed in" << user.id << userRoleToDb(user.role);
    return current;
}

std::optional<DbError> SignInService::waitError() const
{
    const auto wait = remainingWait();
    if (wait.count() <= 0)
        return std::nullopt;
    const qint64 seconds = (wait.count() + 999) / 1000;
    return DbError::make(DbError::Kind::Busy, QString(),
        Tr::tr("Too many failed attempts: wait %n second(s) and try again.", nullptr, int(seconds)),
        QStringLiteral("SignInService"));
}

Result<Database> SignInService::openAsPerson(
    DatabaseUrl url, const QString &login, const QString &password, const QString &connectionName)
{
    if (auto e = waitError())
        return *e;
    url.user = login.trimmed();
    url.password = password;
    auto db = Database::open(url, connectionName);
    if (db)
        return db;
    const QString text = db.error().sqlError.databaseText() + db.error().sqlError.driverText();
    if (db.error().kind == DbError::Kind::Authentication
        || text.contains(QLatin1String("not permitted to log in"))
        || (text.contains(QLatin1String("role \""))
            && text.contains(QLatin1String("does not exist")))) {
        recordFailure();
        return DbError::make(DbError::Kind::Authentication, QString(), failureSentence(),
            QStringLiteral("SignInService"));
    }
    return db.error();
}

Result<CurrentUser> SignInService::signIn(const QString &email, const QString &password)
{
    if (auto e = waitError())
        return *e;
    UserRepository users(m_db);
    auto credentials = users.fetchCredentials(email);
    if (!credentials)
        return credentials.error();
    if (!credentials->has_value()) {
        // Same work as a real check, so that timing does not tell whether the email exists.
        (void)PasswordHasher::verify(PasswordHasher::dummyHash(), password);
        return fail();
    }
    const auto &c = **credentials;
    const bool matches = PasswordHasher::verify(c.passwordHash, password);
    if (!matches || !c.user.isActive)
        return fail();
    if (PasswordHasher::needsRehash(c.passwordHash)) {
        const QString stronger = PasswordHasher::hash(password);
        if (!stronger.isEmpty())
            (void)users.storePasswordHash(c.user.id, stronger);
    }
    return succeed(c.user);
}

Result<CurrentUser> SignInService::signInConnectedRole()
{
    UserRepository users(m_db);
    auto access = users.accessState();
    if (!access)
        return access.error();
    auto person = users.fetchConnectedPerson();
    if (!person)
        return person.error();
    if (!person->has_value()) {
        auto login = users.connectedLogin();
        if (!access->ready())
            return DbError::make(DbError::Kind::Permission, Tr::tr("sign in"), access->problem());
        return DbError::make(DbError::Kind::Permission, Tr::tr("sign in"),
            Tr::tr("The database login “%1” belongs to nobody in VenueMap: ask an admin to add you "
                   "(or, on a new database, run `venuemapctl user add` as its owner).")
                .arg(login ? *login : QString()));
    }
    if (!(*person)->isActive)
        return fail();
    if (!access->ready())
        qCWarning(lcAuth) << access->problem();
    return succeed(**person);
}

} // namespace VenueMap::Core
