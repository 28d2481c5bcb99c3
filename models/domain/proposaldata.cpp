#include "proposaldata.h"

#include "language.h"

#include <QCoreApplication>

#include <QHash>
#include <QLocale>

namespace VenueMap::Core {

QString ProposalData::emptySentence() const
{
    return QStringLiteral(
        "The proposal for \"%1\" has no venue in it: mark at least one shortlisted venue "
        "\"include in proposal\" first.")
        .arg(project.eventName);
}

QString ProposalData::leftOutSentence() const
{
    if (deletedVenues.isEmpty())
        return {};
    QStringList names;
    for (const LeftOutVenue &v : deletedVenues)
        names << (v.city.trimmed().isEmpty()
                ? v.name
                : QStringLiteral("%1 (%2)").arg(v.name, v.city.trimmed()));
    QString list;
    if (names.size() == 1) {
        list = names.first();
    } else {
        const QString last = names.takeLast();
        list = QStringLiteral("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
    }
    return deletedVenues.size() == 1
        ? QStringLiteral("%1 was deleted from the venue book and is left out; restore it to "
                         "include it.")
              .arg(list)
        : QStringLiteral("%1 were deleted from the venue book and are left out; restore them to "
                         "include them.")
              .arg(list);
}

SpaceFit ProposalData::fitOf(const ProposalVenue &venue) const
{
    return Core::fitOf(roomNeedsOf(project), venue.spaces);
}

namespace {

// The proposal's words for rooms: in the document's language inside a DocumentLanguageScope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProposalData)
};

QString roomFacts(const VenueSpace &s)
{
    const QLocale en = textLocale();
    QStringList facts;
    if (!s.floor.trimmed().isEmpty())
        facts << s.floor.trimmed();
    if (s.areaM2)
        facts << QStringLiteral("%1 m²").arg(en.toString(*s.areaM2, 'f', 0));
    if (s.ceilingHeightM)
        facts << Tr::tr("%1 m ceiling").arg(en.toString(*s.ceilingHeightM, 'g', 3));
    if (s.hasDaylight)
        facts << (*s.hasDaylight ? Tr::tr("daylight") : Tr::tr("no daylight"));
    return facts.join(QStringLiteral(" · "));
}

// The room's capacities, the asked layout first.
QString roomCapacities(const VenueSpace &s, std::optional<SpaceLayout> first)
{
    const QLocale en = textLocale();
    QStringList parts;
    QList<SpaceLayout> order = allSpaceLayouts();
    if (first) {
        order.removeAll(*first);
        order.prepend(*first);
    }
    for (SpaceLayout layout : order)
        if (auto seats = s.capacity(layout))
            parts << QStringLiteral("%1 %2").arg(spaceLayoutLabel(layout), en.toString(*seats));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QList<ProposalRoom> ProposalData::roomsToShow(const ProposalVenue &venue) const
{
    const RoomNeeds needs = roomNeedsOf(project);
    const SpaceFit fit = fitOf(venue);
    QHash<QString, QString> names;
    for (const VenueSpace &s : venue.spaces)
        names.insert(s.id, s.name);
    QList<ProposalRoom> rooms;
    for (const VenueSpace &s : venue.spaces) {
        bool shown = true;
        if (needs.asksMainRoom())
            shown = fit.fittingSpaceIds.contains(s.id);
        else if (needs.attendees > 0)
            shown = s.largestCapacity().value_or(0) >= needs.attendees;
        if (!shown || s.capacities.isEmpty())
            continue;
        rooms.append({ s.name, names.value(s.parentId), roomFacts(s),
            roomCapacities(s, needs.layout), s.id == fit.mainSpaceId && fit.mainFits });
    }
    return rooms;
}

QString ProposalData::bestRoomLine(const ProposalVenue &venue) const
{
    const QLocale en = textLocale();
    const RoomNeeds needs = roomNeedsOf(project);
    const SpaceFit fit = fitOf(venue);
    if (needs.asksMainRoom()) {
        if (fit.mainSpaceName.isEmpty())
            return venue.spaces.isEmpty()
                ? QString()
                : Tr::tr("No room set up %1").arg(spaceLayoutPhrase(*needs.layout));
        return Tr::tr("%1: %2, %3 %4", "Best room: Grand Hall, 450 theatre-style")
            .arg(fit.mainFits ? Tr::tr("Best room") : Tr::tr("Largest room"), fit.mainSpaceName,
                en.toString(fit.mainCapacity), spaceLayoutPhrase(*needs.layout));
    }
    // No layout asked: the smallest room that holds the guests in some layout, or the largest
    // room while the guests are not known.
    const VenueSpace *best = nullptr;
    for (const VenueSpace &s : venue.spaces) {
        const int seats = s.largestCapacity().value_or(0);
        if (seats == 0 || (needs.attendees > 0 && seats < needs.attendees))
            continue;
        const int bestSeats = best ? best->largestCapacity().value_or(0) : 0;
        if (!best || (needs.attendees > 0 ? seats < bestSeats : seats > bestSeats))
            best = &s;
    }
    if (!best)
        return {};
    return Tr::tr("%1: %2, up to %3", "Best room: Grand Hall, up to 450")
        .arg(needs.attendees > 0 ? Tr::tr("Best room") : Tr::tr("Largest room"), best->name,
            en.toString(best->largestCapacity().value_or(0)));
}

QString ProposalData::quoteValidity(const ProposalVenue &venue, const QDate &today)
{
    if (!venue.quote || !venue.quote->validUntil)
        return {};
    return venue.quote->isExpired(today)
        ? Tr::tr("quote expired on %1").arg(quoteDay(*venue.quote->validUntil))
        : Tr::tr("valid until %1").arg(quoteDay(*venue.quote->validUntil));
}

} // namespace VenueMap::Core
