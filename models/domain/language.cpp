#include "language.h"

#include <cstdlib>

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>

namespace VenueMap::Core {

QString englishPluralForm(const QString &source, int n)
{
    QString out = source;
    out.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return out;
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText)
        return {}; // not a counted text: Qt shows the source text as it is
    const QString source = QString::fromUtf8(sourceText);
    if (!source.contains(QLatin1String("(s)")))
        return {};
    return englishPluralForm(source, n);
}

QDate parseTypedDate(const QString &text)
{
    QString t = text.simplified();
    t.replace(QLatin1Char(','), QLatin1Char(' '));
    t = t.simplified();
    // A year is written in full: "12.02.2" is half-typed, not the year 2 (which a date field
    // would clamp to its minimum, 14 Sep 1752, while the person is still typing).
    static const QRegularExpression fullYear(QStringLiteral("(^|\\D)\\d{4}(\\D|$)"));
    if (t.isEmpty() || !fullYear.match(t).hasMatch())
        return {};
    static const QStringList formats { QStringLiteral("d MMM yyyy"), QStringLiteral("d MMMM yyyy"),
        QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("d-M-yyyy"),
        QStringLiteral("yyyy-M-d"), QStringLiteral("d M yyyy"), QStringLiteral("ddd d MMM yyyy"),
        QStringLiteral("dddd d MMMM yyyy") };
    // English month names whatever the system language; the app's own locale too.
    for (const QLocale &locale : { QLocale(QLocale::English), QLocale() }) {
        for (const QString &format : formats) {
            const QDate d = locale.toDate(t, format);
            if (d.isValid())
                return d;
        }
    }
    // "12 sept 2027", "12 FEB 2027": month names as people write them.
    const QStringList parts = t.split(QLatin1Char(' '));
    if (parts.size() == 3) {
        bool dayOk = false, yearOk = false;
        const int day = parts.at(0).toInt(&dayOk);
        const int year = parts.at(2).toInt(&yearOk);
        const QString month = parts.at(1).toLower();
        if (dayOk && yearOk && month.size() >= 3) {
            const QLocale en(QLocale::English);
            for (int m = 1; m <= 12; ++m)
                if (en.monthName(m, QLocale::LongFormat).toLower().startsWith(month.left(3))) {
                    const QDate d(year, m, day);
                    if (d.isValid())
                        return d;
                }
        }
    }
    return {};
}

namespace {
// Month names for shown dates: the same three letters whatever English the system speaks
// (English (United Kingdom) writes "Sept" beside "Aug").
const QLocale &dateNames()
{
    static const QLocale names(QLocale::English, QLocale::UnitedStates);
    return names;
}
} // namespace

QString displayDate(const QDate &date)
{
    return date.isValid() ? dateNames().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString displayShortDate(const QDate &date)
{
    return date.isValid() ? dateNames().toString(date, QStringLiteral("d MMM yy")) : QString();
}

QString displayDateTime(const QDateTime &moment)
{
    return moment.isValid()
        ? dateNames().toString(moment.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"))
        : QString();
}

QString displayMoney(std::optional<qint64> cents, const QString &currencySymbol)
{
    if (!cents)
        return {};
    const qint64 whole = *cents / 100;
    const qint64 rest = std::llabs(*cents % 100);
    QString amount = QLocale().toString(whole);
    if (rest != 0)
        amount
            += QLocale().decimalPoint() + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
    if (*cents < 0 && whole == 0)
        amount.prepend(QLocale().negativeSign());
    return currencySymbol.isEmpty() ? amount : currencySymbol + QChar(0x202f) + amount;
}

void installAppLanguage()
{
    static QPointer<EnglishPlurals> plurals; // one per application
    if (!plurals && QCoreApplication::instance()) {
        plurals = new EnglishPlurals(QCoreApplication::instance());
        QCoreApplication::installTranslator(plurals);
    }
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale::English
            ? system
            : QLocale(QLocale::English, QLocale::UnitedKingdom));
}

} // namespace VenueMap::Core
