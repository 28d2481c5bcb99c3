#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTranslator>
#include <optional>

namespace VenueMap::Core {

// English plural forms for every counted text, without a translation file: a source text like
// tr("%Ln guest(s)", nullptr, n) reads "1 guest" or "1,269 guests". Qt alone prints "(s)"
// literally. A real translation installed later (issue 15) is asked first, so this only
// supplies the English the source code is written in.
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

// The English form of a counted source text: each "(s)" becomes "" for 1 and "s" otherwise;
// "%n" and "%Ln" are left for Qt to fill in. Texts without "(s)" come back unchanged.
QString englishPluralForm(const QString &source, int n);

// A date as a person types it, always day before month: "12 Feb 2027", "12 february 2027",
// "12/02/2027", "12.2.2027", "2027-02-12" are all 12 February 2027. Invalid when unreadable.
// The one reader of typed dates (the project dialog's date fields use it).
QDate parseTypedDate(const QString &text);

// The one way the app shows a date and a moment, on every page: "12 Feb 2027" and
// "12 Feb 2027, 14:05" (local time), with the same English month abbreviations everywhere
// ("Sep", never "Sept"). Empty when invalid.
// Compact cells may use displayShortDate ("12 Feb 27"), never another order.
QString displayDate(const QDate &date);
QString displayShortDate(const QDate &date);
QString displayDateTime(const QDateTime &moment);

// The one way a window shows an amount of money: "€ 18,000" or "€ 1,250.50" (cents only when
// there are some), grouped as every number in the app, the symbol first as in the proposal PDF.
// Empty for no amount; no symbol when none is set (Data ▸ Proposal Branding…).
QString displayMoney(std::optional<qint64> cents, const QString &currencySymbol = {});

// The app's language until it has translations: English plural forms (above) on the
// application, and numbers and dates in an English locale everywhere the app formats them
// (QLocale()), so a count reads "1,269" in every window as in the proposal PDF. A system locale
// whose language is English is kept (its date order); any other becomes English (United
// Kingdom), the language every text of the app is in. Call once, after the application exists.
void installAppLanguage();

} // namespace VenueMap::Core
