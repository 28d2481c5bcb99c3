#include "spacefit.h"

#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace VenueMap::Core {

namespace {

// The fit's words: in the app's language, or a client document's inside a DocumentLanguageScope
// (the proposal prints them).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SpaceFit)
};

QString number(int n)
{
    return textLocale().toString(n);
}

} // namespace

QString spaceLayoutPhrase(SpaceLayout layout)
{
    switch (layout) {
    case SpaceLayout::Theatre:
        return Tr::tr("theatre-style");
    case SpaceLayout::Classroom:
        return Tr::tr("classroom-style");
    case SpaceLayout::Banquet:
        return Tr::tr("at banquet rounds");
    case SpaceLayout::Cabaret:
        return Tr::tr("cabaret-style");
    case SpaceLayout::Reception:
        return Tr::tr("standing (reception)");
    case SpaceLayout::Boardroom:
        return Tr::tr("boardroom-style");
    case SpaceLayout::UShape:
        return Tr::tr("in a U-shape");
    case SpaceLayout::HollowSquare:
        return Tr::tr("in a hollow square");
    }
    return {};
}

QString RoomNeeds::describe() const
{
    QStringList parts;
    if (asksMainRoom())
        parts << (attendees > 0 ? Tr::tr("%1 %2", "guests, layout phrase: 120 theatre-style")
                                      .arg(number(attendees), spaceLayoutPhrase(*layout))
                                : Tr::tr("a room %1").arg(spaceLayoutPhrase(*layout)));
    if (asksBreakouts())
        // English forms without a translator too (venuemapctl, the core).
        parts << englishPluralForm(
            Tr::tr("%n breakout room(s) of %1 %2", "of 20 classroom-style", breakoutRooms),
            breakoutRooms)
                     .arg(number(breakoutCapacity), spaceLayoutPhrase(*breakoutLayout));
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
        return Tr::tr("no rooms recorded");
    case Verdict::Fits:
        if (needs.asksMainRoom())
            return Tr::tr("%1, %2", "room name, seats").arg(mainSpaceName, number(mainCapacity));
        return Tr::tr("%1 breakout rooms").arg(number(breakoutsFound));
    case Verdict::DoesNotFit:
        if (needs.asksMainRoom() && !mainFits)
            return mainSpaceName.isEmpty()
                ? Tr::tr("no %1 room").arg(labelInSentence(spaceLayoutLabel(*needs.layout)))
                : Tr::tr("%1 %2 at most")
                      .arg(number(mainCapacity), spaceLayoutPhrase(*needs.layout));
        return Tr::tr("%1 of %2 breakouts")
            .arg(number(breakoutsFound), number(needs.breakoutRooms));
    }
    return {};
}

QString SpaceFit::sentence() const
{
    if (verdict == Verdict::NotAsked)
        return {};
    if (verdict == Verdict::NoRooms)
        return Tr::tr("No rooms are recorded for this venue, so whether it fits %1 "
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
        return Tr::tr("%1 seats %2 %3 (%4 needed).")
            .arg(mainSpaceName, number(mainCapacity), how, number(needs.attendees));
    if (mainSpaceName.isEmpty())
        return Tr::tr("No room is set up %1.").arg(how);
    return Tr::tr("No room seats %1 %2: the largest, %3, seats %4.")
        .arg(number(needs.attendees), how, mainSpaceName, number(mainCapacity));
}

QString SpaceFit::breakoutSentence() const
{
    if (!needs.asksBreakouts() || verdict == Verdict::NotAsked || verdict == Verdict::NoRooms)
        return {};
    const QString how = spaceLayoutPhrase(*needs.breakoutLayout);
    if (breakoutsFound >= needs.breakoutRooms)
        return Tr::tr("%1 of its rooms seat %2 %3 (%4 breakouts needed).")
            .arg(number(breakoutsFound), number(needs.breakoutCapacity), how,
                number(needs.breakoutRooms));
    return Tr::tr("Only %1 of its rooms seat %2 %3; %4 breakouts are needed.")
        .arg(number(breakoutsFound), number(needs.breakoutCapacity), how,
            number(needs.breakoutRooms));
}

} // namespace VenueMap::Core
