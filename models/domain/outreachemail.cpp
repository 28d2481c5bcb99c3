#include "outreachemail.h"
#include "venue.h"

#include <QLocale>
#include <QUrlQuery>

namespace VenueMap::Core {

OutreachEmail OutreachEmail::compose(
    const Project &project, const ShortlistEntry &venue, const Sender &sender)
{
    OutreachEmail mail;
    mail.to = venue.contactEmail;
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QString date = project.eventDate.isValid()
        ? en.toString(project.eventDate, QStringLiteral("dddd d MMMM yyyy"))
        : QStringLiteral("a date still to be fixed");
    mail.subject = QStringLiteral("Availability enquiry: %1 on %2")
                       .arg(project.eventName,
                           project.eventDate.isValid()
                               ? en.toString(project.eventDate, QStringLiteral("d MMM yyyy"))
                               : QStringLiteral("date to be confirmed"));
    const QString greeting = venue.contactName.trimmed().isEmpty()
        ? QStringLiteral("Dear %1 team,").arg(venue.venueName)
        : QStringLiteral("Dear %1,").arg(venue.contactName.trimmed());
    QStringList lines;
    lines << greeting << QString();
    lines << QStringLiteral(
        "We are organising %1 for our client %2 and would like to know whether %3 is available.")
                 .arg(project.eventName, project.clientName, venue.venueName);
    lines << QString();
    lines << QStringLiteral("Event date: %1").arg(date);
    lines << QStringLiteral("Guests: %1")
                 .arg(project.attendees ? en.toString(*project.attendees)
                                        : QStringLiteral("to be confirmed"));
    if (!project.city.isEmpty())
        lines << QStringLiteral("City: %1").arg(project.city);
    if (!project.requiredFacilities.isEmpty())
        lines
            << QStringLiteral("We will need: %1").arg(facilitiesLabel(project.requiredFacilities));
    lines << QString();
    lines << QStringLiteral(
        "Could you let us know your availability, the rooms that would suit, and a quote including "
        "any minimum spend or catering conditions?");
    lines << QString() << QStringLiteral("Kind regards,");
    if (!sender.signatureBlock.trimmed().isEmpty()) {
        lines << sender.signatureBlock.trimmed();
    } else {
        lines << (sender.name.isEmpty() ? QStringLiteral("The events team") : sender.name);
        if (!sender.email.isEmpty())
            lines << sender.email;
        if (!sender.phone.isEmpty())
            lines << sender.phone;
    }
    mail.body = lines.join(QLatin1Char('\n'));
    return mail;
}

QUrl OutreachEmail::mailtoUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(to);
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("subject"), QString::fromUtf8(QUrl::toPercentEncoding(subject)));
    query.addQueryItem(QStringLiteral("body"), QString::fromUtf8(QUrl::toPercentEncoding(body)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QString OutreachEmail::plainText() const
{
    return QStringLiteral("To: %1\nSubject: %2\n\n%3").arg(to, subject, body);
}

} // namespace VenueMap::Core
