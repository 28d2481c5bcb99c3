#include "emailaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context EmailAddress.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)
};

} // namespace

bool looksLikeEmailAddress(const QString &text)
{
    // One @, a dot in the domain, neither end of the domain a dot; what mail programs accept.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(text.trimmed()).hasMatch();
}

std::optional<QString> emailAddressProblem(const QString &text)
{
    if (text.trimmed().isEmpty() || looksLikeEmailAddress(text))
        return std::nullopt;
    return Tr::tr("This does not look like an email address (name@example.com).");
}

} // namespace VenueMap::Core
