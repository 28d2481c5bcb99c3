#include "venuefieldparser.h"

#include "language.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace VenueMap::Core::VenueFieldParser {

namespace {

// The texts of this file a person reads, in the translation context VenueFieldParser.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VenueFieldParser)
};

} // namespace

QString quoted(const QString &text)
{
    const QString t = text.size() > 40 ? text.left(37) + QStringLiteral("...") : text;
    return QLatin1Char('"') + t + QLatin1Char('"');
}

std::optional<int> wholeNumber(const QString &text)
{
    QString t = text.trimmed();
    static const QRegularExpression grouped(QStringLiteral("^[+-]?\\d{1,3}([,. '\u00a0]\\d{3})+$"));
    static const QRegularExpression separators(QStringLiteral("[,. '\u00a0]"));
    if (grouped.match(t).hasMatch())
        t.remove(separators);
    bool ok = false;
    const int v = t.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<double> decimal(const QString &text, int *decimals)
{
    QString t = text.trimmed();
    if (!t.contains(QLatin1Char('.')) && t.count(QLatin1Char(',')) == 1)
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!number.match(t).hasMatch())
        return std::nullopt;
    if (decimals) {
        const int dot = int(t.indexOf(QLatin1Char('.')));
        *decimals = dot < 0 ? 0 : int(t.size()) - dot - 1;
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QStringList facilities(const QString &text)
{
    QChar sep = QLatin1Char(',');
    if (text.contains(QLatin1Char(';')))
        sep = QLatin1Char(';');
    else if (text.contains(QLatin1Char('|')))
        sep = QLatin1Char('|');
    QStringList out;
    for (const QString &part : text.split(sep)) {
        const QString f = part.trimmed();
        if (!f.isEmpty() && !out.contains(f))
            out << f;
    }
    return out;
}

std::optional<QString> parse(VenueField field, const QString &text, Venue &v)
{
    const QString value = text.trimmed();
    switch (field) {
    case VenueField::Name:
        v.name = value;
        return std::nullopt;
    case VenueField::Address:
        v.address = value;
        return std::nullopt;
    case VenueField::City:
        v.city = value;
        return std::nullopt;
    case VenueField::Country:
        v.country = value;
        return std::nullopt;
    case VenueField::ContactName:
        v.contactName = value;
        return std::nullopt;
    case VenueField::ContactEmail:
        v.contactEmail = value;
        return std::nullopt;
    case VenueField::ContactPhone:
        v.contactPhone = value;
        return std::nullopt;
    case VenueField::Website:
        v.website = value;
        return std::nullopt;
    case VenueField::Notes:
        v.notes = value;
        return std::nullopt;
    case VenueField::Facilities:
        v.facilities = facilities(value);
        return std::nullopt;
    case VenueField::Capacity: {
        if (value.isEmpty()) {
            v.capacity.reset();
            return std::nullopt;
        }
        const auto n = wholeNumber(value);
        if (!n)
            return Tr::tr("The capacity must be a whole number, not %1.").arg(quoted(value));
        if (auto problem = venueRangeProblem(field, *n, value))
            return problem;
        v.capacity = *n;
        return std::nullopt;
    }
    case VenueField::Rating: {
        if (value.isEmpty()) {
            v.rating.reset();
            return std::nullopt;
        }
        int decimals = 0;
        const auto d = decimal(value, &decimals);
        if (!d)
            return Tr::tr("The rating must be a number from 0 to 5, not %1.").arg(quoted(value));
        if (auto problem = venueRangeProblem(field, *d, value))
            return problem;
        if (decimals > 1 && std::abs(*d * 10.0 - std::round(*d * 10.0)) > 1e-9)
            return Tr::tr("The rating has one decimal at most, not %1.").arg(value);
        v.rating = std::round(*d * 10.0) / 10.0;
        return std::nullopt;
    }
    case VenueField::Latitude:
    case VenueField::Longitude: {
        std::optional<double> &target = field == VenueField::Latitude ? v.latitude : v.longitude;
        if (value.isEmpty()) {
            target.reset();
            return std::nullopt;
        }
        const auto d = decimal(value);
        if (!d)
            return Tr::tr("The %1 must be a number, not %2.")
                .arg(labelInSentence(venueFieldLabel(field)), quoted(value));
        if (auto problem = venueRangeProblem(field, *d, value))
            return problem;
        target = *d;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace VenueMap::Core::VenueFieldParser
