#include "outreachemail.h"
#include "language.h"
#include "venue.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace VenueMap::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmailTemplate)
};

const QString kVenue = QStringLiteral("venue");
const QString kContact = QStringLiteral("contact");
const QString kEvent = QStringLiteral("event");
const QString kClient = QStringLiteral("client");
const QString kDates = QStringLiteral("dates");
const QString kAttendees = QStringLiteral("attendees");
const QString kLayout = QStringLiteral("layout");
const QString kCity = QStringLiteral("city");
const QString kFacilities = QStringLiteral("facilities");
const QString kSentOn = QStringLiteral("sent_on");
const QString kSender = QStringLiteral("sender");
const QString kSignature = QStringLiteral("signature");

constexpr int kSubjectLimit = 255;
constexpr int kBodyLimit = 20000;

// A template read as text and placeholders: the one reader of template texts, for the check
// before saving and for filling.
struct Piece
{
    QString text; // literal text, or the placeholder's name
    bool placeholder = false;
};

struct Parsed
{
    QList<Piece> pieces;
    QString problem; // empty when the text reads
};

// `field` names the text in a refusal ("Subject", "Body"); `strict` refuses unknown names.
Parsed parseTemplate(const QString &text, const QString &field, bool strict)
{
    Parsed out;
    QString literal;
    int line = 1;
    const auto flush = [&] {
        if (!literal.isEmpty())
            out.pieces.append({ literal, false });
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            ++line;
        if (c == QLatin1Char('}')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('}')) {
                literal += c;
                ++i;
                continue;
            }
            if (strict) {
                out.problem = Tr::tr("%1: the “}” on line %2 has no “{” before it. Write }} for a "
                                     "brace of its own.")
                                  .arg(field)
                                  .arg(line);
                return out;
            }
            literal += c;
            continue;
        }
        if (c != QLatin1Char('{')) {
            literal += c;
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')) {
            literal += c;
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && text.at(end) != QLatin1Char('}')
            && text.at(end) != QLatin1Char('{') && text.at(end) != QLatin1Char('\n'))
            ++end;
        if (end >= text.size() || text.at(end) != QLatin1Char('}')) {
            if (strict) {
                out.problem = Tr::tr("%1: the “{” on line %2 is not closed by “}” on that line. "
                                     "Write {{ for a brace of its own.")
                                  .arg(field)
                                  .arg(line);
                return out;
            }
            literal += c;
            continue;
        }
        const QString name = text.mid(i + 1, end - i - 1);
        if (!emailPlaceholders().contains(name)) {
            if (strict) {
                QStringList known;
                for (const QString &p : emailPlaceholders())
                    known << QLatin1Char('{') + p + QLatin1Char('}');
                out.problem = Tr::tr("%1: {%2} on line %3 is not a placeholder. Use one of %4.")
                                  .arg(field, name.left(40))
                                  .arg(line)
                                  .arg(known.join(QStringLiteral(", ")));
                return out;
            }
            literal += text.mid(i, end - i + 1);
            i = end;
            continue;
        }
        flush();
        out.pieces.append({ name, true });
        i = end;
    }
    flush();
    return out;
}

QString textProblem(const QString &text, const QString &field, int limit)
{
    if (text.trimmed().isEmpty())
        return Tr::tr("%1: write the text of the email; it cannot be empty.").arg(field);
    if (text.size() > limit)
        return Tr::tr("%1: at most %2 characters (this one has %3).")
            .arg(field)
            .arg(limit)
            .arg(text.size());
    return parseTemplate(text, field, true).problem;
}

// The layout the event needs, in the document's language (the app's own labels are in the app's
// language, spaceLayoutLabel()).
QString layoutText(SpaceLayout layout, const DocumentText &doc)
{
    switch (layout) {
    case SpaceLayout::Theatre:
        return doc.translate("OutreachEmail", "theatre");
    case SpaceLayout::Classroom:
        return doc.translate("OutreachEmail", "classroom");
    case SpaceLayout::Banquet:
        return doc.translate("OutreachEmail", "banquet (round tables)");
    case SpaceLayout::Cabaret:
        return doc.translate("OutreachEmail", "cabaret");
    case SpaceLayout::Reception:
        return doc.translate("OutreachEmail", "reception (standing)");
    case SpaceLayout::Boardroom:
        return doc.translate("OutreachEmail", "boardroom");
    case SpaceLayout::UShape:
        return doc.translate("OutreachEmail", "U-shape");
    case SpaceLayout::HollowSquare:
        return doc.translate("OutreachEmail", "hollow square");
    }
    return {};
}

} // namespace

const QList<EmailTemplateKind> &allEmailTemplateKinds()
{
    static const QList<EmailTemplateKind> all { EmailTemplateKind::Request,
        EmailTemplateKind::Chase };
    return all;
}

QString emailTemplateKindKey(EmailTemplateKind kind)
{
    return kind == EmailTemplateKind::Chase ? QStringLiteral("chase") : QStringLiteral("request");
}

std::optional<EmailTemplateKind> emailTemplateKindFromKey(const QString &key)
{
    for (EmailTemplateKind k : allEmailTemplateKinds())
        if (emailTemplateKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString emailTemplateKindLabel(EmailTemplateKind kind)
{
    return kind == EmailTemplateKind::Chase ? Tr::tr("Reminder (no answer yet)")
                                            : Tr::tr("Availability request");
}

EmailTemplate EmailTemplate::builtInFor(const QString &language, EmailTemplateKind kind)
{
    const DocumentText doc(language);
    EmailTemplate t;
    t.language = language;
    t.kind = kind;
    t.builtIn = true;
    if (kind == EmailTemplateKind::Chase) {
        //: Subject of the reminder to a venue. Keep the words in braces as they are.
        t.subject = doc.translate("OutreachEmail", "Reminder: availability for {event} on {dates}");
        //: Body of the reminder to a venue. Keep the words in braces as they are; a line whose
        //: placeholders are all empty is left out.
        t.body = doc.translate("OutreachEmail",
            "Dear {contact},\n"
            "\n"
            "We recently asked whether {venue} is available for {event}, an event of our client "
            "{client}, and have not heard back yet.\n"
            "\n"
            "Asked on: {sent_on}\n"
            "Event date: {dates}\n"
            "Guests: {attendees}\n"
            "Layout: {layout}\n"
            "City: {city}\n"
            "We will need: {facilities}\n"
            "\n"
            "Could you let us know your availability and a quote in the next few days? If {venue} "
            "cannot host the event, a short reply helps us too.\n"
            "\n"
            "Kind regards,\n"
            "{signature}");
        return t;
    }
    //: Subject of the availability request to a venue. Keep the words in braces as they are.
    t.subject = doc.translate("OutreachEmail", "Availability enquiry: {event} on {dates}");
    //: Body of the availability request to a venue. Keep the words in braces as they are; a
    //: line whose placeholders are all empty is left out.
    t.body = doc.translate("OutreachEmail",
        "Dear {contact},\n"
        "\n"
        "We are organising {event} for our client {client} and would like to know whether "
        "{venue} is available.\n"
        "\n"
        "Event date: {dates}\n"
        "Guests: {attendees}\n"
        "Layout: {layout}\n"
        "City: {city}\n"
        "We will need: {facilities}\n"
        "\n"
        "Could you let us know your availability, the rooms that would suit, and a quote "
        "including any minimum spend or catering conditions?\n"
        "\n"
        "Kind regards,\n"
        "{signature}");
    return t;
}

const QStringList &emailPlaceholders()
{
    static const QStringList names { kVenue, kContact, kEvent, kClient, kDates, kAttendees, kLayout,
        kCity, kFacilities, kSentOn, kSender, kSignature };
    return names;
}

QString emailPlaceholderDescription(const QString &name)
{
    if (name == kVenue)
        return Tr::tr("the venue's name");
    if (name == kContact)
        return Tr::tr("the venue's contact (or “<venue> team”)");
    if (name == kEvent)
        return Tr::tr("the event's name");
    if (name == kClient)
        return Tr::tr("the client's name");
    if (name == kDates)
        return Tr::tr("the event date, written out");
    if (name == kAttendees)
        return Tr::tr("the number of guests");
    if (name == kLayout)
        return Tr::tr("the room layout the event needs");
    if (name == kCity)
        return Tr::tr("the project's city");
    if (name == kFacilities)
        return Tr::tr("the facilities the event needs");
    if (name == kSentOn)
        return Tr::tr("the day the venue was asked");
    if (name == kSender)
        return Tr::tr("your name");
    if (name == kSignature)
        return Tr::tr("your signature block (name, email, phone without one)");
    return {};
}

QString emailSubjectProblem(const QString &subject)
{
    const QString field = Tr::tr("Subject");
    if (subject.contains(QLatin1Char('\n')))
        return Tr::tr("%1: one line only; remove the line break.").arg(field);
    return textProblem(subject, field, kSubjectLimit);
}

QString emailBodyProblem(const QString &body)
{
    return textProblem(body, Tr::tr("Body"), kBodyLimit);
}

QString fillEmailTemplate(const QString &text, const QHash<QString, QString> &values)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const Parsed parsed = parseTemplate(line, {}, false);
        QString filled;
        int placeholders = 0;
        int empty = 0;
        for (const Piece &p : parsed.pieces) {
            if (!p.placeholder) {
                filled += p.text;
                continue;
            }
            ++placeholders;
            const auto it = values.constFind(p.text);
            if (it == values.cend()) {
                filled += QLatin1Char('{') + p.text + QLatin1Char('}');
                continue;
            }
            if (it->trimmed().isEmpty())
                ++empty;
            filled += *it;
        }
        if (placeholders > 0 && empty == placeholders)
            continue;
        out << filled;
    }
    return out.join(QLatin1Char('\n'));
}

EmailTemplateKind OutreachEmail::kindFor(const ShortlistEntry &venue)
{
    // A reminder only while the venue owes an answer; a venue that answered or declined gets a
    // fresh request, never "we have not heard back".
    return venue.row.status == OutreachStatus::Sent || venue.row.status == OutreachStatus::Awaiting
        ? EmailTemplateKind::Chase
        : EmailTemplateKind::Request;
}

QHash<QString, QString> OutreachEmail::placeholderValues(
    const Project &project, const ShortlistEntry &venue, const Sender &sender)
{
    const DocumentText doc(project.language);
    QHash<QString, QString> v;
    v.insert(kVenue, venue.venueName);
    v.insert(kContact,
        venue.contactName.trimmed().isEmpty()
            ? doc.translate("OutreachEmail", "%1 team", "greeting without a contact name")
                  .arg(venue.venueName)
            : venue.contactName.trimmed());
    v.insert(kEvent, project.eventName);
    v.insert(kClient, project.clientName);
    v.insert(kDates,
        project.eventDate.isValid()
            ? formatDate(doc.locale(), project.eventDate, QStringLiteral("dddd d MMMM yyyy"))
            : doc.translate("OutreachEmail", "a date still to be fixed"));
    v.insert(kAttendees,
        project.attendees ? doc.number(*project.attendees)
                          : doc.translate("OutreachEmail", "to be confirmed", "guests"));
    QString layout;
    if (project.mainLayout)
        layout = layoutText(*project.mainLayout, doc);
    if (project.breakoutRooms > 0) {
        const QString breakout = doc.translate("OutreachEmail", "%n breakout room(s) for %1 guests",
                                        nullptr, project.breakoutRooms)
                                     .arg(doc.number(project.breakoutCapacity));
        layout = layout.isEmpty()
            ? breakout
            : doc.translate("OutreachEmail", "%1, and %2", "main layout, and breakout rooms")
                  .arg(layout, breakout);
    }
    v.insert(kLayout, layout);
    v.insert(kCity, project.city);
    v.insert(kFacilities, facilitiesLabel(project.requiredFacilities));
    v.insert(kSentOn,
        venue.row.sentAt.isValid() ? doc.date(venue.row.sentAt.toLocalTime().date()) : QString());
    const QString name = sender.name.trimmed().isEmpty()
        ? doc.translate("OutreachEmail", "The events team")
        : sender.name.trimmed();
    v.insert(kSender, name);
    QString signature = sender.signatureBlock.trimmed();
    if (signature.isEmpty()) {
        QStringList lines { name };
        if (!sender.email.trimmed().isEmpty())
            lines << sender.email.trimmed();
        if (!sender.phone.trimmed().isEmpty())
            lines << sender.phone.trimmed();
        signature = lines.join(QLatin1Char('\n'));
    }
    v.insert(kSignature, signature);
    return v;
}

OutreachEmail OutreachEmail::compose(const Project &project, const ShortlistEntry &venue,
    const Sender &sender, const EmailTemplate &tmpl)
{
    // The domain's labels in the values (facilities) in the template's language, not the app's.
    const DocumentLanguageScope language(DocumentText(tmpl.language));
    const QHash<QString, QString> values = placeholderValues(project, venue, sender);
    OutreachEmail mail;
    mail.to = venue.contactEmail;
    // A subject is one line whatever a value holds.
    mail.subject = fillEmailTemplate(tmpl.subject, values).simplified();
    mail.body = fillEmailTemplate(tmpl.body, values);
    return mail;
}

OutreachEmail OutreachEmail::compose(
    const Project &project, const ShortlistEntry &venue, const Sender &sender)
{
    return compose(
        project, venue, sender, EmailTemplate::builtInFor(project.language, kindFor(venue)));
}

OutreachEmail OutreachEmail::sample(const EmailTemplate &tmpl)
{
    Project p;
    p.language = tmpl.language;
    p.clientName = QStringLiteral("Acme Pharma");
    p.eventName = QStringLiteral("Spring Summit");
    p.eventDate = QDate(QDate::currentDate().year() + 1, 3, 12);
    p.attendees = 180;
    p.city = QStringLiteral("Brussels");
    p.mainLayout = SpaceLayout::Theatre;
    p.requiredFacilities = QStringList { QStringLiteral("Wi-Fi"), QStringLiteral("AV equipment") };
    ShortlistEntry v;
    v.venueName = QStringLiteral("Fábrica 21");
    v.contactName = QStringLiteral("Dana Contact");
    v.contactEmail = QStringLiteral("dana@venue.example");
    if (tmpl.kind == EmailTemplateKind::Chase) {
        v.row.status = OutreachStatus::Sent;
        v.row.sentAt = QDateTime::currentDateTime().addDays(-9);
    }
    const Sender sender { QStringLiteral("Anna Planner"), QStringLiteral("anna@agency.example"),
        QStringLiteral("+32 2 555 01 23"), {} };
    return compose(p, v, sender, tmpl);
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
