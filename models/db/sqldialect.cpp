#include "sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <cmath>

namespace VenueMap::Core {

QString SqlDialect::migrationFolder() const
{
    return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString SqlDialect::now() const
{
    return isPostgres() ? QStringLiteral("now()")
                        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')");
}

QString SqlDialect::nowAfter(const QString &latest) const
{
    // greatest() skips a NULL (no row yet); SQLite's max() would return NULL, hence the coalesce.
    if (isPostgres())
        return QStringLiteral("greatest(%1, (%2) + interval '1 microsecond')").arg(now(), latest);
    return QStringLiteral(
        "max(%1, coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', (%2), '+0.001 seconds'), ''))")
        .arg(now(), latest);
}

QVariant SqlDialect::toDb(const QDateTime &value) const
{
    if (!value.isValid())
        return QVariant(
            isPostgres() ? QMetaType(QMetaType::QDateTime) : QMetaType(QMetaType::QString));
    const QDateTime utc = value.toUTC();
    if (isPostgres())
        return utc;
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime SqlDialect::dateTimeFromDb(const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime) {
        QDateTime dt = value.toDateTime();
        return dt.toUTC();
    }
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

QString SqlDialect::timestampSelect(const QString &column) const
{
    // Microseconds as the server keeps them; dateTimeFromDb() reads them as QPSQL did.
    return isPostgres()
        ? QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
              .arg(column)
        : column;
}

QVariant SqlDialect::moneyToDb(std::optional<qint64> cents) const
{
    if (!cents)
        return isPostgres() ? QVariant(QMetaType(QMetaType::QString))
                            : QVariant(QMetaType(QMetaType::LongLong));
    if (!isPostgres())
        return QVariant::fromValue<qlonglong>(*cents);
    const qint64 v = *cents;
    const qint64 a = v < 0 ? -v : v;
    return QStringLiteral("%1%2.%3")
        .arg(v < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> SqlDialect::moneyFromDb(const QVariant &value) const
{
    if (value.isNull())
        return std::nullopt;
    if (!isPostgres())
        return value.toLongLong();
    // Numeric arrives as text with high precision, as double otherwise: parse text exactly.
    const QString text = value.toString();
    const int dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return text.toLongLong() * 100;
    const bool negative = text.startsWith(QLatin1Char('-'));
    qint64 whole = text.left(dot).toLongLong();
    QString frac = text.mid(dot + 1).left(2);
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    const qint64 cents = std::llabs(whole) * 100 + frac.toLongLong();
    return negative ? -cents : cents;
}

QString SqlDialect::moneySelect(const QString &column) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS text)").arg(column) : column;
}

QString SqlDialect::flagIs(const QString &column, bool value) const
{
    if (isPostgres())
        return value ? column : QStringLiteral("NOT ") + column;
    return column + (value ? QStringLiteral(" = 1") : QStringLiteral(" = 0"));
}

QString SqlDialect::boolLiteral(bool value) const
{
    if (isPostgres())
        return value ? QStringLiteral("true") : QStringLiteral("false");
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString SqlDialect::numericParam(const QString &placeholder) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS numeric)").arg(placeholder) : placeholder;
}

QString SqlDialect::inTextList(const QString &expression, const QString &placeholder) const
{
    return isPostgres()
        ? QStringLiteral("%1 = ANY (CAST(%2 AS text[]))").arg(expression, placeholder)
        : QStringLiteral("%1 IN (SELECT value FROM json_each(%2))").arg(expression, placeholder);
}

QVariant SqlDialect::ratingToDb(std::optional<double> rating) const
{
    if (!rating)
        return QVariant(QMetaType(QMetaType::Double));
    const double rounded = std::round(*rating * 10.0) / 10.0;
    if (isPostgres())
        return QString::number(rounded, 'f', 1);
    return rounded;
}

std::optional<double> SqlDialect::ratingFromDb(const QVariant &value) const
{
    if (value.isNull())
        return std::nullopt;
    return std::round(value.toDouble() * 10.0) / 10.0;
}

QVariant SqlDialect::facilitiesToDb(const QStringList &facilities) const
{
    if (!isPostgres()) {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(facilities)).toJson(QJsonDocument::Compact));
    }
    QStringList quoted;
    quoted.reserve(facilities.size());
    for (QString f : facilities) {
        f.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        f.replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + f + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QStringList SqlDialect::facilitiesFromDb(const QVariant &value) const
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (!isPostgres()) {
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
            out << v.toString();
        return out;
    }
    // PostgreSQL array literal: {a,"b c","d\"e"}
    QStringList out;
    if (text.size() < 2)
        return out;
    const QString body = text.mid(1, text.size() - 2);
    QString cur;
    bool inQuotes = false, wasQuoted = false;
    for (int i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('\\') && i + 1 < body.size())
                cur += body.at(++i);
            else if (c == QLatin1Char('"'))
                inQuotes = false;
            else
                cur += c;
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
            wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            out << cur;
            cur.clear();
            wasQuoted = false;
        } else {
            cur += c;
        }
    }
    if (!cur.isEmpty() || wasQuoted)
        out << cur;
    return out;
}

QString SqlDialect::facilitiesSelect(const QString &column) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS text)").arg(column) : column;
}

QString SqlDialect::facilitiesParam(const QString &placeholder) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS text[])").arg(placeholder) : placeholder;
}

QString SqlDialect::facilitiesContainAll(const QString &column, const QString &placeholder) const
{
    if (isPostgres())
        return QStringLiteral("%1 @> CAST(%2 AS text[])").arg(column, placeholder);
    return QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM json_each(%2) AS wanted WHERE wanted.value NOT IN "
        "(SELECT have.value FROM json_each(%1) AS have))")
        .arg(column, placeholder);
}

QString SqlDialect::facilitiesContainAny(const QString &column, const QString &placeholder) const
{
    if (isPostgres())
        return QStringLiteral("%1 && CAST(%2 AS text[])").arg(column, placeholder);
    return QStringLiteral("EXISTS (SELECT 1 FROM json_each(%1) AS have WHERE have.value IN "
                          "(SELECT wanted.value FROM json_each(%2) AS wanted))")
        .arg(column, placeholder);
}

QString SqlDialect::jsonParam(const QString &placeholder) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS jsonb)").arg(placeholder) : placeholder;
}

QString SqlDialect::jsonSelect(const QString &column) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS text)").arg(column) : column;
}

QString SqlDialect::containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

DbError::Kind SqlDialect::classify(const QSqlError &error)
{
    using Kind = DbError::Kind;
    const QString code = error.nativeErrorCode();
    // PostgreSQL SQLSTATE: always five characters.
    if (code.size() == 5) {
        if (code == QLatin1String("23505"))
            return Kind::Duplicate;
        if (code == QLatin1String("23514") || code == QLatin1String("23502")
            || code == QLatin1String("22P02") || code == QLatin1String("22003")
            || code == QLatin1String("22023") || code == QLatin1String("23503"))
            return Kind::Validation;
        if (code == QLatin1String("42501"))
            return Kind::Permission;
        if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
            || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
            return Kind::Connection;
        if (code == QLatin1String("55P03"))
            return Kind::Busy;
        if (code == QLatin1String("53100"))
            return Kind::DiskFull;
        if (code == QLatin1String("25006"))
            return Kind::ReadOnly;
    }
    // SQLite extended result codes, as numbers.
    bool isNumber = false;
    const int sqliteCode = code.toInt(&isNumber);
    if (isNumber && code.size() < 5) {
        switch (sqliteCode) {
        case 2067: // SQLITE_CONSTRAINT_UNIQUE
        case 1555: // SQLITE_CONSTRAINT_PRIMARYKEY
            return Kind::Duplicate;
        case 275: // SQLITE_CONSTRAINT_CHECK
        case 1299: // SQLITE_CONSTRAINT_NOTNULL
        case 787: // SQLITE_CONSTRAINT_FOREIGNKEY
        case 19:
            return Kind::Validation;
        case 5:
        case 261:
        case 517: // SQLITE_BUSY*
        case 6:
        case 262: // SQLITE_LOCKED*
            return Kind::Busy;
        case 8:
        case 264:
        case 520:
        case 776:
        case 1032:
        case 1288: // SQLITE_READONLY*
            return Kind::ReadOnly;
        case 13: // SQLITE_FULL
            return Kind::DiskFull;
        case 14: // SQLITE_CANTOPEN
            return Kind::Connection;
        case 23: // SQLITE_AUTH
            return Kind::Permission;
        default:
            break;
        }
    }
    // libpq reports a lost server without an SQLSTATE; its words are stable across versions.
    if (code.isEmpty()) {
        static const char *const lostServer[] = {
            "server closed the connection",
            "no connection to the server",
            "could not send data to server",
            "could not receive data from server",
            "connection has been closed",
            "terminating connection",
            "could not connect to server",
            "Connection refused",
            "connection to server",
        };
        const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
        for (const char *phrase : lostServer)
            if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
                return Kind::Connection;
    }
    // QSQLITE reports every failed step as a ConnectionError, so the type only counts without a
    // code.
    if (error.type() == QSqlError::ConnectionError && (code.isEmpty() || code.size() == 5))
        return Kind::Connection;
    return Kind::Sql;
}

} // namespace VenueMap::Core
