#include "venuefilteroptions.h"

#include "domain/venuefieldparser.h"

namespace VenueMap::Core::Cli {

const char *venueFilterOptionsUsage()
{
    return "  filters: --name T (name or city contains T)  --city C  --min-capacity N  "
           "--max-capacity N\n"
           "           --facility F (repeat, or a,b)  --min-rating R  --deleted  --sort "
           "name|city|capacity|rating  --desc\n"
           "           --layout L (with --min-capacity: a space seating N in layout L)\n"
           "           --rooms N --room-layout L --room-capacity C (N spaces of at least C in L; "
           "a\n"
           "           divisible hall counts as its parts)\n"
           "           layouts: theatre classroom banquet cabaret reception boardroom u_shape "
           "hollow_square\n";
}

QString takeVenueFilterOptions(QStringList &args, VenueFilter &filter)
{
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString opt = args.at(i);
        QString value;
        bool inlineValue = false;
        if (opt.startsWith(QLatin1String("--")) && opt.contains(QLatin1Char('='))) {
            value = opt.mid(opt.indexOf(QLatin1Char('=')) + 1);
            opt = opt.left(opt.indexOf(QLatin1Char('=')));
            inlineValue = true;
        }
        static const QStringList withValue { QStringLiteral("--text"), QStringLiteral("--name"),
            QStringLiteral("--city"), QStringLiteral("--min-capacity"),
            QStringLiteral("--max-capacity"), QStringLiteral("--facility"),
            QStringLiteral("--facilities"), QStringLiteral("--min-rating"),
            QStringLiteral("--sort"), QStringLiteral("--layout"), QStringLiteral("--rooms"),
            QStringLiteral("--room-layout"), QStringLiteral("--room-capacity") };
        if (withValue.contains(opt) && !inlineValue) {
            if (i + 1 >= args.size())
                return QStringLiteral("%1 needs a value.").arg(opt);
            value = args.at(++i);
        }
        auto number = [&](std::optional<int> &out) -> QString {
            // Read as the editor and the importer read a capacity (VenueFieldParser).
            const auto n = VenueFieldParser::wholeNumber(value);
            if (!n || *n < 0)
                return QStringLiteral("%1 needs a whole number, not \"%2\".").arg(opt, value);
            out = *n;
            return {};
        };
        auto layout = [&](std::optional<SpaceLayout> &out) -> QString {
            out = spaceLayoutFromText(value);
            if (!out)
                return QStringLiteral("%1 is theatre, classroom, banquet, cabaret, reception, "
                                      "boardroom, u_shape or hollow_square, not \"%2\".")
                    .arg(opt, value);
            return {};
        };
        if (opt == QLatin1String("--layout")) {
            if (QString e = layout(filter.layout); !e.isEmpty())
                return e;
        } else if (opt == QLatin1String("--room-layout")) {
            if (QString e = layout(filter.roomLayout); !e.isEmpty())
                return e;
        } else if (opt == QLatin1String("--rooms") || opt == QLatin1String("--room-capacity")) {
            std::optional<int> n;
            if (QString e = number(n); !e.isEmpty())
                return e;
            (opt == QLatin1String("--rooms") ? filter.rooms : filter.roomCapacity) = *n;
        } else if (opt == QLatin1String("--text") || opt == QLatin1String("--name")) {
            filter.text = value;
        } else if (opt == QLatin1String("--city")) {
            filter.city = value;
        } else if (opt == QLatin1String("--min-capacity")) {
            if (QString e = number(filter.minCapacity); !e.isEmpty())
                return e;
        } else if (opt == QLatin1String("--max-capacity")) {
            if (QString e = number(filter.maxCapacity); !e.isEmpty())
                return e;
        } else if (opt == QLatin1String("--facility") || opt == QLatin1String("--facilities")) {
            filter.facilities << VenueFieldParser::facilities(value);
        } else if (opt == QLatin1String("--min-rating")) {
            const auto r = VenueFieldParser::decimal(value);
            if (!r || *r < 0 || *r > 5)
                return QStringLiteral("--min-rating needs a number from 0 to 5, not \"%1\".")
                    .arg(value);
            filter.minRating = *r;
        } else if (opt == QLatin1String("--deleted")) {
            filter.deleted = true;
        } else if (opt == QLatin1String("--desc")) {
            filter.descending = true;
        } else if (opt == QLatin1String("--sort")) {
            if (value == QLatin1String("name"))
                filter.sort = VenueSort::Name;
            else if (value == QLatin1String("city"))
                filter.sort = VenueSort::City;
            else if (value == QLatin1String("capacity"))
                filter.sort = VenueSort::Capacity;
            else if (value == QLatin1String("rating"))
                filter.sort = VenueSort::Rating;
            else
                return QStringLiteral("--sort is name, city, capacity or rating, not \"%1\".")
                    .arg(value);
        } else {
            rest << args.at(i);
        }
    }
    // With --layout, --min-capacity is the layout's: "a room for 200 theatre-style".
    if (filter.layout && filter.minCapacity) {
        filter.layoutCapacity = *filter.minCapacity;
        filter.minCapacity.reset();
    }
    if ((filter.rooms > 0 || filter.roomCapacity > 0) && !filter.roomLayout)
        return QStringLiteral("--rooms and --room-capacity need --room-layout.");
    if (filter.roomLayout && filter.rooms <= 0)
        filter.rooms = 1;
    args = rest;
    return {};
}

} // namespace VenueMap::Core::Cli
