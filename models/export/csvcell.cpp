#include "csvcell.h"

#include <QRegularExpression>

namespace VenueMap::Core {

namespace {

bool isTrigger(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'=' || u == u'+' || u == u'-' || u == u'@' || u == u'\t' || u == u'\r';
}

// The number of leading single quotes, and whether a trigger character follows them.
qsizetype quotesBeforeTrigger(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i < cell.size() && isTrigger(cell.at(i)) ? i : -1;
}

bool isPlainNumber(const QString &cell)
{
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?$"));
    return number.match(cell).hasMatch();
}

} // namespace

QString csvNeutralizedCell(const QString &cell)
{
    if (quotesBeforeTrigger(cell) < 0 || isPlainNumber(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString csvRestoredCell(const QString &cell)
{
    return quotesBeforeTrigger(cell) > 0 ? cell.mid(1) : cell;
}

} // namespace VenueMap::Core
