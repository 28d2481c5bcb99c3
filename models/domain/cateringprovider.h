#pragma once

#include <QDateTime>
#include <QString>

namespace VenueMap::Core {

// A caterer the agency works with; soft-deleted, never removed (DESIGN §3, catering_providers).
struct CateringProvider
{
    QString id;
    QString name;
    QString contactName;
    QString email;
    QString phone;
    QString website;
    QString notes;
    bool isDeleted = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace VenueMap::Core
