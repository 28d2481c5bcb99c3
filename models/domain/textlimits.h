#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace VenueMap::Core {

// How long stored text may be, beside the venue limits (venueFieldMaxLength()).
// Migration 0008_field_limits enforces the same numbers in both databases.
namespace TextLimit {
constexpr int kProjectName = 200; // projects.client_name, projects.event_name
constexpr int kCity = 100; // projects.city
constexpr int kNotes = 20000; // projects.notes, project_venues.notes, catering_providers.notes
constexpr int kPersonName = 200; // catering_providers.name, contact_name
constexpr int kEmail = 254;
constexpr int kPhone = 50;
constexpr int kWebsite = 2048;
constexpr int kCaption = 500; // photos.caption
} // namespace TextLimit

// "Notes holds at most 20000 characters, not 20001." when `text` is longer than `max` characters
// (code points, as the databases count them); the one sentence the editors and the importer show.
std::optional<QString> tooLongSentence(const QString &label, const QString &text, int max);
// The first of several (label, text, max) that is too long.
std::optional<QString> firstTooLong(const QList<std::tuple<QString, QString, int>> &fields);

} // namespace VenueMap::Core
