#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace VenueMap::Core {

// ISO 4217 currency codes: the one place that knows which codes exist and how a typed code reads.
// A project's money (budget, quoted prices) is in its currency.

// The active ISO 4217 codes, upper case, sorted.
const QStringList &isoCurrencyCodes();
// The codes an agency uses most, in the order a currency picker offers them.
const QStringList &commonCurrencyCodes();
// "eur", " EUR " -> "EUR" when it is an ISO 4217 code; nothing otherwise.
std::optional<QString> parseCurrencyCode(const QString &typed);
// A sentence for a code that is not ISO 4217, naming the field: empty when the code is known.
QString currencyProblem(const QString &typed, const QString &field = QStringLiteral("Currency"));
// The symbol an amount in `code` is shown with ("€", "£", "$", "¥"; the code itself for the
// rest, e.g. "CHF"), for displayMoney().
QString currencySymbol(const QString &code);
// The default currency of new projects (setting "projects/defaultCurrency"; EUR when unset or
// not a known code).
QString defaultCurrencyCode();

// The languages client documents (proposal, emails) can be written in, the ones the app is
// translated into (translatedLanguages()): short codes such as "en", "fr", with the language's
// own name for pickers, as a person looks for it whatever language the app speaks.
struct DocumentLanguage
{
    QString code;
    QString name; // in the language itself: "Français", "Nederlands"
};
const QList<DocumentLanguage> &documentLanguages();
// The name of a document language code ("fr" -> "Français"); the code itself if unknown.
QString documentLanguageName(const QString &code);
bool isDocumentLanguage(const QString &code);

} // namespace VenueMap::Core
