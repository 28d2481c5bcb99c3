#pragma once

#include "domain/project.h"
#include "domain/projectvenue.h"
#include "domain/quote.h"
#include "domain/spacefit.h"
#include "domain/venue.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace VenueMap::Core {

// A photo as a proposal shows it: the stored image bytes, decoded only when drawn.
struct ProposalPhoto
{
    QString caption;
    QByteArray data;
    int width = 0;
    int height = 0;
};

// One venue of a proposal: the venue, what the project says about it, its caterer and photos.
struct ProposalVenue
{
    QString projectVenueId;
    Venue venue;
    OutreachStatus status = OutreachStatus::Draft;
    std::optional<qint64> quotedPriceCents; // the quote's total when there is a quote
    // The latest quote still valid, else the latest one (expired, and said so); none when the
    // venue sent no quote (then quotedPriceCents is project_venues.quoted_price as typed).
    std::optional<Quote> quote;
    QString proposalNotes; // project_venues.notes: about this venue for this event
    QString catererName;
    QString catererWebsite;
    QList<ProposalPhoto> photos; // at most kMaxPhotos, in the venue's photo order
    QList<VenueSpace> spaces; // the venue's rooms, in their order
};

// A room as a proposal's venue page lists it: its name and the capacities worth printing.
struct ProposalRoom
{
    QString name;
    QString partOf; // the hall it divides from, if any
    QString facts; // "Ground floor · 420 m² · daylight"
    QString capacities; // "Theatre 450 · Banquet 300 · Reception 600", the asked layout first
    bool best = false; // the closest fit for the event
};

// A venue ticked for the proposal but deleted from the venue book since: left out of the
// proposal, and named in the preview so the person can restore it.
struct LeftOutVenue
{
    QString name;
    QString city;
};

// Everything a proposal shows: the project and its included venues in the person's order.
struct ProposalData
{
    static constexpr int kMaxPhotos = 4;

    Project project;
    QList<ProposalVenue> venues;
    QList<LeftOutVenue> deletedVenues; // ticked but deleted from the venue book: not shown

    bool isEmpty() const { return venues.isEmpty(); }
    // The sentence shown when a proposal has no venue to show.
    QString emptySentence() const;
    // How a venue's rooms meet the project's layout and breakouts.
    SpaceFit fitOf(const ProposalVenue &venue) const;
    // The rooms a venue page shows: those that seat the guests in the project's layout (or, when
    // no layout is asked, in any layout; all of them when the attendees are not known).
    QList<ProposalRoom> roomsToShow(const ProposalVenue &venue) const;
    // The comparison table's line under a venue's name: its best-fitting room ("Best room: Grand
    // Hall, 450 theatre-style"); empty when the venue has no rooms recorded.
    QString bestRoomLine(const ProposalVenue &venue) const;
    // What a client reads beside a venue's price: "valid until 30 Jun 2027", "quote expired on
    // 2 Mar 2026"; empty without a quote or a validity date.
    static QString quoteValidity(const ProposalVenue &venue, const QDate &today);
    // One sentence naming the ticked venues that were deleted from the venue book and are
    // left out; empty when there are none.
    QString leftOutSentence() const;
};

} // namespace VenueMap::Core
