#pragma once

#include "domain/project.h"
#include "domain/projectvenue.h"

#include <QString>
#include <QUrl>

namespace VenueMap::Core {

// The outreach email to one venue of a project, filled from a template: project, event date,
// attendees, the venue's contact and the sender's signature block.
struct OutreachEmail
{
    QString to;
    QString subject;
    QString body;

    struct Sender
    {
        QString name;
        QString email;
        QString phone;
        QString signatureBlock;
    };

    static OutreachEmail compose(
        const Project &project, const ShortlistEntry &venue, const Sender &sender);
    // mailto: with the address, subject and body percent-encoded.
    QUrl mailtoUrl() const;
    // What "Copy" puts on the clipboard.
    QString plainText() const;
};

} // namespace VenueMap::Core
