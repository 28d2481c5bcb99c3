#pragma once

#include <QString>

#include <optional>

namespace VenueMap::Core {

// The one rule for an email address a person types, for venues, caterers and people alike:
// something@domain.tld, no spaces. "x@kesselhaus" is refused everywhere, not only for venues.
bool looksLikeEmailAddress(const QString &text);
// The sentence for an address that does not look like one, nothing for one that does (or for
// an empty field: whether one is required is the caller's rule).
std::optional<QString> emailAddressProblem(const QString &text);

} // namespace VenueMap::Core
