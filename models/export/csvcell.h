#pragma once

#include <QString>

namespace VenueMap::Core {

// CSV injection (OWASP "CSV Injection", issue 12 finding 4): a spreadsheet runs a cell that begins
// with = + - @ tab or carriage return as a formula. The writer neutralises such a cell with a
// leading single quote and the reader takes exactly that quote off again, so that what was
// exported imports back unchanged. The one rule, for every CSV the app writes and reads:
//  - a cell that is a plain number ("-0.12", "+49", "-1e3") is left alone: it is no formula;
//  - otherwise a cell matching '* followed by a trigger character gets one more leading quote
//    ("=1+1" -> "'=1+1", "'=x" -> "''=x");
//  - on reading, a cell matching '+ followed by a trigger character loses one leading quote.
QString csvNeutralizedCell(const QString &cell);
QString csvRestoredCell(const QString &cell);

} // namespace VenueMap::Core
