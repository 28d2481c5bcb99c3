#pragma once

#include "domain/project.h"
#include "domain/projectvenue.h"
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
    std::optional<qint64> quotedPriceCents;
    QString proposalNotes; // project_venues.notes: about this venue for this event
    QString catererName;
    QString catererWebsite;
    QList<ProposalPhoto> photos; // at most kMaxPhotos, in the venue's photo order
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
    // One sentence naming the ticked venues that were deleted from the venue book and are
    // left out; empty when there are none.
    QString leftOutSentence() const;
};

} // namespace VenueMap::Core
