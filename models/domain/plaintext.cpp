#include "plaintext.h"

#include <QTextDocument>

namespace VenueMap::Core {

QString plainTextToolTip(const QString &text)
{
    // mightBeRichText() looks for a tag (or "&lt;") before the first line break only; escaping
    // whenever '<' or '&' occurs anywhere is simpler and never wrong.
    if (!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('&')))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpacePre);
}

} // namespace VenueMap::Core
