#include "textlimits.h"

#include "venue.h"

#include <QCoreApplication>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context TextLimits.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextLimits)
};

} // namespace

std::optional<QString> tooLongSentence(const QString &label, const QString &text, int max)
{
    const qsizetype length = textLength(text);
    if (length <= max)
        return std::nullopt;
    return Tr::tr("%1 holds at most %2 characters, not %3.").arg(label).arg(max).arg(length);
}

std::optional<QString> firstTooLong(const QList<std::tuple<QString, QString, int>> &fields)
{
    for (const auto &[label, text, max] : fields) {
        if (auto sentence = tooLongSentence(label, text, max))
            return sentence;
    }
    return std::nullopt;
}

} // namespace VenueMap::Core
