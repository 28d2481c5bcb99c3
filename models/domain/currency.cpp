#include "currency.h"

#include <QHash>
#include <QSettings>

#include <algorithm>

namespace VenueMap::Core {

const QStringList &isoCurrencyCodes()
{
    // ISO 4217 active codes (list 1), without funds and precious metals.
    static const QStringList codes = [] {
        QStringList c = QStringLiteral(
            "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD "
            "BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB "
            "EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK "
            "JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA "
            "MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK "
            "PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN "
            "SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV "
            "WST XAF XCD XOF XPF YER ZAR ZMW ZWL")
                            .split(QLatin1Char(' '));
        std::sort(c.begin(), c.end());
        return c;
    }();
    return codes;
}

const QStringList &commonCurrencyCodes()
{
    static const QStringList codes { QStringLiteral("EUR"), QStringLiteral("GBP"),
        QStringLiteral("USD"), QStringLiteral("CHF"), QStringLiteral("SEK"), QStringLiteral("DKK"),
        QStringLiteral("NOK"), QStringLiteral("PLN"), QStringLiteral("CZK"), QStringLiteral("CAD"),
        QStringLiteral("AUD"), QStringLiteral("JPY"), QStringLiteral("AED"),
        QStringLiteral("SGD") };
    return codes;
}

std::optional<QString> parseCurrencyCode(const QString &typed)
{
    const QString code = typed.trimmed().toUpper();
    if (code.size() != 3)
        return std::nullopt;
    const QStringList &all = isoCurrencyCodes();
    if (!std::binary_search(all.cbegin(), all.cend(), code))
        return std::nullopt;
    return code;
}

QString currencyProblem(const QString &typed, const QString &field)
{
    if (typed.trimmed().isEmpty())
        return QStringLiteral("%1 is required: a three-letter ISO 4217 code such as EUR.")
            .arg(field);
    if (parseCurrencyCode(typed))
        return {};
    return QStringLiteral("%1 \"%2\" is not an ISO 4217 currency code; use a three-letter code "
                          "such as EUR, GBP or USD.")
        .arg(field, typed.trimmed().left(20));
}

QString currencySymbol(const QString &code)
{
    static const QHash<QString, QString> symbols { { QStringLiteral("EUR"), QStringLiteral("€") },
        { QStringLiteral("GBP"), QStringLiteral("£") },
        { QStringLiteral("USD"), QStringLiteral("$") },
        { QStringLiteral("JPY"), QStringLiteral("¥") },
        { QStringLiteral("INR"), QStringLiteral("₹") } };
    return symbols.value(code, code);
}

QString defaultCurrencyCode()
{
    const QString set = QSettings().value(QStringLiteral("projects/defaultCurrency")).toString();
    return parseCurrencyCode(set).value_or(QStringLiteral("EUR"));
}

const QList<DocumentLanguage> &documentLanguages()
{
    static const QList<DocumentLanguage> all {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("nl"), QStringLiteral("Nederlands") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
    };
    return all;
}

QString documentLanguageName(const QString &code)
{
    for (const DocumentLanguage &l : documentLanguages())
        if (l.code == code)
            return l.name;
    return code;
}

bool isDocumentLanguage(const QString &code)
{
    const auto &all = documentLanguages();
    return std::any_of(
        all.cbegin(), all.cend(), [&](const DocumentLanguage &l) { return l.code == code; });
}

} // namespace VenueMap::Core
