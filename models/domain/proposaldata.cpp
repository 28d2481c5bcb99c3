#include "proposaldata.h"

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

} // namespace VenueMap::Core
