#pragma once

#include "venue.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace VenueMap::Core {

// The one reading of text into a venue's fields (STYLE 15): the editor's form and the importer's
// cells go through it, with the same rules and the same sentences.
//
// Numbers are read the same way whatever the desktop's locale, so a file imports alike on every
// machine; the app itself writes them the English way (1200, 4.5):
// - a whole number (capacity) may group its thousands in threes with ',', '.', a space or '\''
//   ("1,200" = "1.200" = "1 200" = 1200); anything else that is not a digit is refused, so "1,5"
//   is "not a whole number" rather than 15;
// - a decimal number (rating, latitude, longitude) has '.' or one ',' as its decimal mark
//   ("4,5" = 4.5) and no grouping.
// Facilities are one text of terms separated by ';' (what the export writes), else '|', else ','
// (what a person types), trimmed, each once.
namespace VenueFieldParser {

// Sets `field` of `venue` from `text` (trimmed; empty clears the field). On a problem the field is
// left as it was and the sentence is returned: "The capacity must be a whole number, not "lots"."
std::optional<QString> parse(VenueField field, const QString &text, Venue &venue);

std::optional<int> wholeNumber(const QString &text);
// `decimals` receives how many digits follow the decimal mark.
std::optional<double> decimal(const QString &text, int *decimals = nullptr);
QStringList facilities(const QString &text);

// A value inside a sentence: in double quotes, shortened past 40 characters.
QString quoted(const QString &text);

} // namespace VenueFieldParser

} // namespace VenueMap::Core
