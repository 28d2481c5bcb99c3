#include "sqlsplitter.h"

#include <QRegularExpression>

namespace VenueMap::Core {

namespace {

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Whether the statement so far is a CREATE TRIGGER with a BEGIN ... END body (SQLite), whose body
// holds semicolons until END. A PostgreSQL trigger (EXECUTE FUNCTION f();) has no body: its
// semicolon ends it, or the statements after it would travel with it and an error in them would
// be reported against a later statement.
bool isTriggerStatement(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression body(
        QStringLiteral("\\bBEGIN\\b"), QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch() && body.match(text).hasMatch();
}

bool endsWithEndKeyword(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("\\bEND\\s*$"), QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

} // namespace

QList<SqlStatement> splitSqlStatements(const QString &sql)
{
    QList<SqlStatement> out;
    QString current;
    int line = 1;
    int startLine = 0;
    const int n = sql.size();

    auto flush = [&]() {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            out.append({ trimmed, startLine });
        current.clear();
        startLine = 0;
    };
    auto append = [&](QChar c) {
        if (startLine == 0 && !c.isSpace())
            startLine = line;
        current += c;
        if (c == QLatin1Char('\n'))
            ++line;
    };

    int i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();

        if (c == QLatin1Char('-') && next == QLatin1Char('-')) { // line comment: kept out
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) { // block comment: kept out
            int depth = 0;
            while (i < n) {
                if (sql.at(i) == QLatin1Char('/') && i + 1 < n
                    && sql.at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else if (sql.at(i) == QLatin1Char('*') && i + 1 < n
                    && sql.at(i + 1) == QLatin1Char('/')) {
                    i += 2;
                    if (--depth == 0)
                        break;
                } else {
                    if (sql.at(i) == QLatin1Char('\n'))
                        ++line;
                    ++i;
                }
            }
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            append(c);
            ++i;
            while (i < n) {
                const QChar q = sql.at(i);
                append(q);
                ++i;
                if (q == c) {
                    if (i < n && sql.at(i) == c) { // doubled quote
                        append(sql.at(i));
                        ++i;
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (c == QLatin1Char('$') && (i == 0 || !isIdentChar(sql.at(i - 1)))) {
            // $tag$ ... $tag$ (PostgreSQL dollar quoting); $1 is a parameter, not a quote.
            int j = i + 1;
            while (j < n && isIdentChar(sql.at(j)) && !sql.at(j).isDigit())
                ++j;
            if (j < n && sql.at(j) == QLatin1Char('$')) {
                const QString tag = sql.mid(i, j - i + 1);
                const int close = sql.indexOf(tag, j + 1);
                const int end = close < 0 ? n : close + tag.size();
                for (int k = i; k < end; ++k)
                    append(sql.at(k));
                i = end;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            if (isTriggerStatement(current) && !endsWithEndKeyword(current)) {
                append(c);
                ++i;
                continue;
            }
            flush();
            ++i;
            continue;
        }
        append(c);
        ++i;
    }
    flush();
    return out;
}

} // namespace VenueMap::Core
