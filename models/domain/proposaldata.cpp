#include "proposaldata.h"

namespace VenueMap::Core {

QString ProposalData::emptySentence() const
{
    return QStringLiteral(
        "The proposal for \"%1\" has no venue in it: mark at least one shortlisted venue "
        "\"include in proposal\" first.")
        .arg(project.eventName);
}

} // namespace VenueMap::Core
