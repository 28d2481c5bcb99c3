#include "spacefit.h"

#include <QLocale>
#include <QSet>

namespace VenueMap::Core {

namespace {

QString number(int n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace

QString spaceLayoutPhrase(SpaceLayout layout)
{
    switch (layout) {
    case SpaceLayout::Theatre:
        return QStringLiteral("theatre-style");
    case SpaceLayout::Classroom:
        return QStringLiteral("classroom-style");
    case SpaceLayout::Banquet:
        return QStringLiteral("at banquet rounds");
    case SpaceLayout::Cabaret:
        return QStringLiteral("cabaret-style");
    case SpaceLayout::Reception:
        return QStringLiteral("standing (reception)");
    case SpaceLayout::Boardroom:
        return QStringLiteral("boardroom-style");
    case SpaceLayout::UShape:
        return QStringLiteral("in a U-shape");
    case SpaceLayout::HollowSquare:
        return QStringLiteral("in a hollow square");
    }
    return {};
}

QString RoomNeeds::describe() const
{
    QStringList parts;
    if (asksMainRoom())
        parts << (attendees > 0
                ? QStringLiteral("%1 %2").arg(number(attendees), spaceLayoutPhrase(*layout))
                : QStringLiteral("a room %1").arg(spaceLayoutPhrase(*layout)));
    if (asksBreakouts())
        parts << QStringLiteral("%1 breakout %2 of %3 %4")
                     .arg(number(breakoutRooms),
                         breakoutRooms == 1 ? QStringLiteral("room") : QStringLiteral("rooms"),
                         number(breakoutCapacity), spaceLayoutPhrase(*breakoutLayout));
    return parts.join(QStringLiteral(" · "));
}

void RoomNeeds::addTo(VenueFilter &filter) const
{
    if (asksMainRoom()) {
        filter.layout = layout;
        filter.layoutCapacity = attendees;
    }
    if (asksBreakouts()) {
        filter.rooms = breakoutRooms;
        filter.roomLayout = breakoutLayout;
        filter.roomCapacity = breakoutCapacity;
    }
}

RoomNeeds roomNeedsOf(const Project &project)
{
    RoomNeeds needs;
    needs.layout = project.mainLayout;
    needs.attendees = project.attendees.value_or(0);
    needs.breakoutRooms = project.breakoutRooms;
    needs.breakoutLayout = project.breakoutLayout;
    needs.breakoutCapacity = project.breakoutCapacity;
    return needs;
}

SpaceFit fitOf(const RoomNeeds &needs, const QList<VenueSpace> &spaces)
{
    SpaceFit fit;
    fit.needs = needs;
    if (!needs.any())
        return fit;
    // No rooms recorded: nothing to check against. Rooms without the asked layout do not fit.
    if (spaces.isEmpty()) {
        fit.verdict = SpaceFit::Verdict::NoRooms;
        return fit;
    }
    bool mainOk = true;
    if (needs.asksMainRoom()) {
        const VenueSpace *closest = nullptr; // smallest seating the attendees
        const VenueSpace *largest = nullptr; // largest in the layout at all
        for (const VenueSpace &s : spaces) {
            const auto seats = s.capacity(*needs.layout);
            if (!seats)
                continue;
            if (!largest || *seats > *largest->capacity(*needs.layout))
                largest = &s;
            if (*seats >= needs.attendees) {
                fit.fittingSpaceIds << s.id;
                if (!closest || *seats < *closest->capacity(*needs.layout))
                    closest = &s;
            }
        }
        const VenueSpace *shown = closest ? closest : largest;
        if (shown) {
            fit.mainSpaceId = shown->id;
            fit.mainSpaceName = shown->name;
            fit.mainCapacity = *shown->capacity(*needs.layout);
        }
        fit.mainFits = closest != nullptr;
        mainOk = fit.mainFits;
    }
    bool breakoutsOk = true;
    if (needs.asksBreakouts()) {
        QSet<QString> parents;
        for (const VenueSpace &s : spaces)
            if (!s.parentId.isEmpty())
                parents.insert(s.parentId);
        for (const VenueSpace &s : spaces) {
            if (parents.contains(s.id))
                continue; // a divisible hall counts as its parts
            const auto seats = s.capacity(*needs.breakoutLayout);
            if (seats && *seats >= needs.breakoutCapacity) {
                ++fit.breakoutsFound;
                fit.breakoutNames << s.name;
            }
        }
        breakoutsOk = fit.breakoutsFound >= needs.breakoutRooms;
    }
    fit.verdict = mainOk && breakoutsOk ? SpaceFit::Verdict::Fits : SpaceFit::Verdict::DoesNotFit;
    return fit;
}

QString SpaceFit::shortText() const
{
    switch (verdict) {
    case Verdict::NotAsked:
        return {};
    case Verdict::NoRooms:
        return QStringLiteral("no rooms recorded");
    case Verdict::Fits:
        if (needs.asksMainRoom())
            return QStringLiteral("%1, %2").arg(mainSpaceName, number(mainCapacity));
        return QStringLiteral("%1 breakout rooms").arg(number(breakoutsFound));
    case Verdict::DoesNotFit:
        if (needs.asksMainRoom() && !mainFits)
            return mainSpaceName.isEmpty()
                ? QStringLiteral("no %1 room").arg(spaceLayoutLabel(*needs.layout).toLower())
                : QStringLiteral("%1 %2 at most")
                      .arg(number(mainCapacity), spaceLayoutPhrase(*needs.layout));
        return QStringLiteral("%1 of %2 breakouts")
            .arg(number(breakoutsFound), number(needs.breakoutRooms));
    }
    return {};
}

QString SpaceFit::sentence() const
{
    if (verdict == Verdict::NotAsked)
        return {};
    if (verdict == Verdict::NoRooms)
        return QStringLiteral("No rooms are recorded for this venue, so whether it fits %1 "
                              "cannot be checked.")
            .arg(needs.describe());
    QStringList said { mainSentence(), breakoutSentence() };
    said.removeAll(QString());
    return said.join(QLatin1Char(' '));
}

QString SpaceFit::mainSentence() const
{
    if (!needs.asksMainRoom() || verdict == Verdict::NotAsked || verdict == Verdict::NoRooms)
        return {};
    const QString how = spaceLayoutPhrase(*needs.layout);
    if (mainFits)
        return QStringLiteral("%1 seats %2 %3 (%4 needed).")
            .arg(mainSpaceName, number(mainCapacity), how, number(needs.attendees));
    if (mainSpaceName.isEmpty())
        return QStringLiteral("No room is set up %1.").arg(how);
    return QStringLiteral("No room seats %1 %2: the largest, %3, seats %4.")
        .arg(number(needs.attendees), how, mainSpaceName, number(mainCapacity));
}

QString SpaceFit::breakoutSentence() const
{
    if (!needs.asksBreakouts() || verdict == Verdict::NotAsked || verdict == Verdict::NoRooms)
        return {};
    const QString how = spaceLayoutPhrase(*needs.breakoutLayout);
    if (breakoutsFound >= needs.breakoutRooms)
        return QStringLiteral("%1 of its rooms seat %2 %3 (%4 breakouts needed).")
            .arg(number(breakoutsFound), number(needs.breakoutCapacity), how,
                number(needs.breakoutRooms));
    return QStringLiteral("Only %1 of its rooms seat %2 %3; %4 breakouts are needed.")
        .arg(number(breakoutsFound), number(needs.breakoutCapacity), how,
            number(needs.breakoutRooms));
}

} // namespace VenueMap::Core
