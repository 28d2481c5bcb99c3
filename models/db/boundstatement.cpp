#include "boundstatement.h"

#include "dberror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlField>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context BoundStatement.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BoundStatement)
};

} // namespace

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNamePart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

DbError bindError(const QString &sql, const QString &why)
{
    DbError e = DbError::make(DbError::Kind::Sql, {},
        Tr::tr("The statement and its values do not match (%1).").arg(why),
        QStringLiteral("renderBoundStatement"));
    e.statement = sql;
    return e;
}

} // namespace

Result<QString> renderBoundStatement(
    const QSqlDriver *driver, const QString &sql, const QList<std::pair<QString, QVariant>> &binds)
{
    QHash<QString, QString> literals; // placeholder (":name") -> the driver's literal
    literals.reserve(binds.size());
    for (const auto &[name, value] : binds) {
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        const QString key = name.startsWith(QLatin1Char(':')) ? name : QLatin1Char(':') + name;
        literals.insert(key, driver->formatValue(field));
    }
    QString out;
    out.reserve(sql.size() + 16 * binds.size());
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // A string literal or a quoted identifier, with its doubled quotes, copied as it is.
            qsizetype end = i + 1;
            while (end < n) {
                if (sql.at(end) == c) {
                    if (end + 1 < n && sql.at(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            out += QStringView(sql).mid(i, end - i + 1);
            i = end + 1;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            if (end < 0)
                end = n;
            out += QStringView(sql).mid(i, end - i);
            i = end;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            end = end < 0 ? n : end + 2;
            out += QStringView(sql).mid(i, end - i);
            i = end;
        } else if (c == QLatin1Char(':') && i + 1 < n && sql.at(i + 1) == QLatin1Char(':')) {
            out += QLatin1String("::"); // a cast, never a placeholder
            i += 2;
        } else if (c == QLatin1Char(':') && i + 1 < n && isNameStart(sql.at(i + 1))) {
            qsizetype end = i + 2;
            while (end < n && isNamePart(sql.at(end)))
                ++end;
            const QString name = sql.mid(i, end - i);
            const auto literal = literals.constFind(name);
            if (literal == literals.cend())
                return bindError(sql, Tr::tr("no value for %1").arg(name));
            // Parenthesised, so that a negative number or a typed literal stays one operand
            // whatever is written around it ("- :n", ":v::int").
            out += QLatin1Char('(');
            out += *literal;
            out += QLatin1Char(')');
            i = end;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

} // namespace VenueMap::Core
