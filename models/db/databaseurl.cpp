#include "databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <cstring>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context DatabaseUrl.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
};

} // namespace

namespace {

DbError urlError(const QString &sentence)
{
    return DbError::make(DbError::Kind::Usage, {}, sentence, QStringLiteral("DatabaseUrl::parse"));
}

const QStringList kAllowedOptions = {
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("host"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
    QStringLiteral("target_session_attrs"),
    // VenueMap's own, not libpq's: what pools the connections in front of the server (README,
    // "Running a team server"); Database reads it and does not pass it on.
    QStringLiteral("pooler"),
};

DbError portError(const QString &portText)
{
    // The text after the last ':' may be a password holding an unencoded '/' or '@': it is
    // named only when it is digits.
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    return urlError(digits.match(portText).hasMatch()
            ? Tr::tr("%1 is not a valid port: use a number from 1 to 65535.").arg(portText)
            : Tr::tr("The text after the host is not a valid port: use a number from 1 to "
                     "65535, and "
                     "percent-encode a password's special characters (/ as %2F, "
                     "@ as %40, : as %3A)."));
}

// A host name, an IPv4 address or an IPv6 address (bare, as libpq takes it).
bool isPlainHost(const QString &host)
{
    static const QRegularExpression plainHost(QStringLiteral("^[A-Za-z0-9._-]+$"));
    static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    return plainHost.match(host).hasMatch()
        || (host.contains(QLatin1Char(':')) && ipv6.match(host).hasMatch());
}

struct HostEntry
{
    QString host;
    int port = 0;
};

// One server of a multi-host URL: host, host:port, [v6] or [v6]:port.
Result<HostEntry> parseHostEntry(const QString &entry)
{
    HostEntry h;
    QString portText;
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return urlError(Tr::tr("An IPv6 address in the host list lacks its closing ]."));
        h.host = entry.mid(1, close - 1);
        const QString rest = entry.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return urlError(Tr::tr("\"%1\" is not a host in the host list: write "
                                   "host1:port1,host2:port2.")
                                .arg(entry.left(80)));
        portText = rest.mid(1);
    } else {
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        h.host = colon < 0 ? entry : entry.left(colon);
        portText = colon < 0 ? QString() : entry.mid(colon + 1);
    }
    if (h.host.isEmpty())
        return urlError(Tr::tr("The host list has an empty entry: write "
                               "postgresql://user@host1:port1,host2:port2/dbname."));
    if (!isPlainHost(h.host))
        return urlError(
            Tr::tr("\"%1\" in the host list is not a host name or address.").arg(h.host.left(80)));
    if (entry.contains(QLatin1Char(':')) && !entry.endsWith(QLatin1Char(']'))) {
        bool ok = false;
        h.port = portText.toInt(&ok);
        if (!ok || h.port < 1 || h.port > 65535)
            return portError(portText);
    }
    return h;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return urlError(Tr::tr("The database URL is empty."));

    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return urlError(text.contains(QLatin1Char('@')) // may hold a password
                ? Tr::tr("This is not a database URL: use sqlite:/path/to/file.venuemap "
                         "or postgresql://user@host:port/dbname.")
                : Tr::tr("\"%1\" is not a database URL: use sqlite:/path/to/file.venuemap "
                         "or postgresql://user@host:port/dbname.")
                      .arg(text.left(80)));
    const QString scheme = text.left(colon).toLower();

    DatabaseUrl url;
    if (scheme == QLatin1String("sqlite")) {
        QString rest = text.mid(colon + 1);
        if (rest.startsWith(QLatin1String("//")))
            rest = rest.mid(2); // sqlite:///abs/path -> /abs/path
        if (rest.isEmpty())
            return urlError(
                Tr::tr("The SQLite URL names no file: use sqlite:/path/to/file.venuemap."));
        if (rest.contains(QChar(0)))
            return urlError(Tr::tr("The SQLite file name contains a NUL character."));
        url.backend = Backend::Sqlite;
        url.path = QDir::cleanPath(QFileInfo(rest).absoluteFilePath());
        return url;
    }

    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return urlError(Tr::tr("Unknown database type \"%1\": use sqlite: or postgresql://.")
                            .arg(scheme.left(40)));

    if (!text.mid(colon).startsWith(QLatin1String("://")))
        return urlError(
            Tr::tr("A PostgreSQL URL starts with postgresql:// followed by user@host/dbname."));

    // Find the port by hand first: QUrl turns a bad port into a generic failure.
    const QString afterScheme = text.mid(colon + 3);
    const int slash = afterScheme.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? afterScheme : afterScheme.left(slash);
    const int at = authority.lastIndexOf(QLatin1Char('@'));
    const QString hostPort = at < 0 ? authority : authority.mid(at + 1);
    QList<HostEntry> hostList;
    QString forQUrl = text;
    if (hostPort.contains(QLatin1Char(','))) {
        // Several servers (libpq's multi-host URL): QUrl takes one host, so they are read here
        // and QUrl reads the rest with a stand-in host.
        for (const QString &entry : hostPort.split(QLatin1Char(','))) {
            auto parsed = parseHostEntry(entry);
            if (!parsed)
                return parsed.error();
            hostList << *parsed;
        }
        forQUrl = text.left(colon + 3) + (at < 0 ? QString() : authority.left(at + 1))
            + QStringLiteral("multihost.invalid")
            + (slash < 0 ? QString() : afterScheme.mid(slash));
    } else if (!hostPort.startsWith(QLatin1Char('['))) {
        const int portColon = hostPort.lastIndexOf(QLatin1Char(':'));
        if (portColon >= 0) {
            bool okPort = false;
            const QString portText = hostPort.mid(portColon + 1);
            const int port = portText.toInt(&okPort);
            if (!okPort || port < 1 || port > 65535)
                return portError(portText);
        }
    }

    const QUrl qurl(forQUrl, QUrl::StrictMode);
    // Never QUrl::errorString(): it quotes the text it failed on, password included.
    if (!qurl.isValid())
        return urlError(
            Tr::tr("The PostgreSQL URL is malformed: write it as "
                   "postgresql://user:password@host:port/dbname and percent-encode special "
                   "characters in the user name and password (%25 for %, @ as %40, / as %2F)."));

    url.backend = Backend::PostgreSql;
    url.host = qurl.host(QUrl::FullyDecoded);
    url.port = qurl.port(0);
    if (!hostList.isEmpty()) {
        QStringList names;
        QList<int> ports;
        for (const HostEntry &h : std::as_const(hostList)) {
            names << h.host;
            ports << h.port;
        }
        url.host = names.join(QLatin1Char(','));
        url.port = ports.first();
        if (ports.count(ports.first()) != ports.size()) {
            url.hostPorts = ports;
            url.port = 0;
        }
    }
    url.user = qurl.userName(QUrl::FullyDecoded);
    url.password = qurl.password(QUrl::FullyDecoded);
    url.database = qurl.path(QUrl::FullyDecoded);
    if (url.database.startsWith(QLatin1Char('/')))
        url.database = url.database.mid(1);
    if (url.database.isEmpty())
        return urlError(
            Tr::tr("The PostgreSQL URL names no database: add /dbname after the host."));
    if (url.database.contains(QLatin1Char('/')))
        return urlError(Tr::tr("\"%1\" is not a database name.").arg(url.database.left(80)));

    const QUrlQuery query(qurl);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!kAllowedOptions.contains(key))
            return urlError(Tr::tr("Unknown connection option \"%1\".").arg(key.left(40)));
        if (key == QLatin1String("pooler") && value != QLatin1String("session")
            && value != QLatin1String("transaction"))
            return urlError(Tr::tr("The connection option pooler is session or "
                                   "transaction (how PgBouncer pools), not \"%1\".")
                                .arg(value.left(40)));
        if (key == QLatin1String("host") && url.host.isEmpty())
            url.host = value;
        else
            url.options.insert(key, value);
    }
    return url;
}

Result<DatabaseUrl> DatabaseUrl::resolve(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return parse(fromCommandLine);
    const QString env = qEnvironmentVariable("VENUEMAP_DB");
    if (!env.isEmpty())
        return parse(env);
    return embeddedDefault();
}

QString DatabaseUrl::defaultSqlitePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/VenueMap");
    return dir + QStringLiteral("/venuemap.sqlite");
}

DatabaseUrl DatabaseUrl::embeddedDefault()
{
    DatabaseUrl url;
    url.backend = Backend::Sqlite;
    url.path = defaultSqlitePath();
    return url;
}

static QString buildString(const DatabaseUrl &url, bool withPassword)
{
    if (url.isSqlite())
        return QStringLiteral("sqlite:") + url.path;
    const auto enc
        = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    QString s = QStringLiteral("postgresql://");
    if (!url.user.isEmpty() || (withPassword && !url.password.isEmpty())) {
        s += enc(url.user);
        if (withPassword && !url.password.isEmpty())
            s += QLatin1Char(':') + enc(url.password);
        s += QLatin1Char('@');
    }
    // A plain name or address goes in the authority; anything else (a socket folder) as ?host=.
    // Several servers are written as libpq writes them: host1:port1,host2:port2.
    const QStringList hosts = url.hosts();
    bool hostInAuthority = true;
    for (const QString &host : hosts) {
        QUrl probe;
        probe.setScheme(QStringLiteral("postgresql"));
        probe.setHost(host, QUrl::StrictMode);
        hostInAuthority = hostInAuthority && isPlainHost(host) && probe.isValid()
            && probe.host().compare(host, Qt::CaseInsensitive) == 0;
    }
    if (hostInAuthority && !hosts.isEmpty()) {
        QStringList servers;
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            const QString &host = hosts.at(i);
            QString server = host.contains(QLatin1Char(':'))
                ? QLatin1Char('[') + host + QLatin1Char(']')
                : host;
            const int port = url.hostPorts.isEmpty() ? url.port : url.hostPorts.value(i);
            if (port > 0)
                server += QStringLiteral(":%1").arg(port);
            servers << server;
        }
        s += servers.join(QLatin1Char(','));
    } else if (url.port > 0) {
        s += QStringLiteral(":%1").arg(url.port);
    }
    s += QLatin1Char('/') + enc(url.database);
    QStringList query;
    if (!hostInAuthority)
        query << QStringLiteral("host=") + enc(url.host);
    for (auto it = url.options.cbegin(); it != url.options.cend(); ++it)
        query << enc(it.key()) + QLatin1Char('=') + enc(it.value());
    if (!query.isEmpty())
        s += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return s;
}

QStringList DatabaseUrl::hosts() const
{
    return host.isEmpty() ? QStringList() : host.split(QLatin1Char(','));
}

QString DatabaseUrl::libpqPort() const
{
    if (hostPorts.isEmpty())
        return port > 0 ? QString::number(port) : QString();
    QStringList ports;
    for (int p : hostPorts)
        ports << (p > 0 ? QString::number(p) : QString());
    return ports.join(QLatin1Char(','));
}

QString DatabaseUrl::serversForDisplay() const
{
    const QStringList names = hosts();
    if (names.isEmpty())
        return port > 0 ? Tr::tr("the local server (port %1)").arg(port)
                        : Tr::tr("the local server");
    QStringList servers;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const int p = hostPorts.isEmpty() ? port : hostPorts.value(i);
        servers << (p > 0 ? QStringLiteral("%1:%2").arg(names.at(i)).arg(p) : names.at(i));
    }
    if (servers.size() == 1)
        return servers.first();
    const QString last = servers.takeLast();
    return servers.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

QString DatabaseUrl::toDisplayString() const
{
    return buildString(*this, false);
}
QString DatabaseUrl::toFullString() const
{
    return buildString(*this, true);
}

void scrubPasswordsFromArgv(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        char *arg = argv[i];
        char *scheme = std::strstr(arg, "://");
        if (!scheme)
            continue;
        char *authorityStart = scheme + 3;
        char *at = std::strchr(authorityStart, '@');
        char *slash = std::strchr(authorityStart, '/');
        if (!at || (slash && slash < at))
            continue;
        char *colon = std::strchr(authorityStart, ':');
        if (!colon || colon > at)
            continue;
        for (char *p = colon + 1; p < at; ++p)
            *p = '*';
    }
}

} // namespace VenueMap::Core
