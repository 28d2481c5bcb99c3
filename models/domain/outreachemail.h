#pragma once

#include "domain/project.h"
#include "domain/projectvenue.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace VenueMap::Core {

class DocumentText;

// Which outreach email a template writes: the availability and quote request to a venue, or the
// reminder (chase) to a venue that was asked and has not answered.
enum class EmailTemplateKind { Request, Chase };
const QList<EmailTemplateKind> &allEmailTemplateKinds();
// "request", "chase": email_templates.kind.
QString emailTemplateKindKey(EmailTemplateKind kind);
std::optional<EmailTemplateKind> emailTemplateKindFromKey(const QString &key);
// "Availability request", "Reminder": for pickers, in the app's language.
QString emailTemplateKindLabel(EmailTemplateKind kind);

// The subject and body an outreach email is filled from, in one language of client documents
// (table email_templates, migration 0019; the built-in text when the team has not written one).
// Placeholders such as {venue} are replaced by the project's and venue's values; "{{" and "}}"
// write a brace of their own.
struct EmailTemplate
{
    QString language = QStringLiteral("en");
    EmailTemplateKind kind = EmailTemplateKind::Request;
    QString subject;
    QString body;
    bool builtIn = true; // no row in the database: the app's own text
    int version = 0; // the row's version (0 for the built-in text)
    QString updatedByName;
    QDateTime updatedAt;

    // The app's own text of `kind` in `language` (English for a language without a translation).
    static EmailTemplate builtInFor(const QString &language, EmailTemplateKind kind);
};

// The placeholder names, without braces, in the order an editor offers them.
const QStringList &emailPlaceholders();
// What a placeholder stands for ("the venue's name"), in the app's language.
QString emailPlaceholderDescription(const QString &name);
// The sentence refusing a template's subject or body (naming the field: an unknown placeholder,
// a brace without its partner, an empty or too long text), or empty when it can be saved.
QString emailSubjectProblem(const QString &subject);
QString emailBodyProblem(const QString &body);
// `text` with each placeholder replaced by its value, in one pass: a value is inserted as it is
// (a venue called "{client}" stays "{client}"), never read as a placeholder or markup. A line
// whose placeholders all come out empty ("City: {city}" for a project without a city) is left
// out. A placeholder not in `values` stays as written.
QString fillEmailTemplate(const QString &text, const QHash<QString, QString> &values);

// The outreach email to one venue of a project, filled from a template in the project's
// language: project, event date, attendees, layout, the venue's contact and the sender's
// signature block.
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

    // The template for this venue: the reminder once it was asked (not a draft any more).
    static EmailTemplateKind kindFor(const ShortlistEntry &venue);
    // The values of the placeholders, in the project's language (dates and numbers in its locale).
    static QHash<QString, QString> placeholderValues(
        const Project &project, const ShortlistEntry &venue, const Sender &sender);
    // The email from `tmpl` (the team's template in the project's language, or the built-in one).
    static OutreachEmail compose(const Project &project, const ShortlistEntry &venue,
        const Sender &sender, const EmailTemplate &tmpl);
    // The email from the built-in template of kindFor(venue) in the project's language.
    static OutreachEmail compose(
        const Project &project, const ShortlistEntry &venue, const Sender &sender);
    // `tmpl` filled with a sample project, venue and sender, for an editor's preview.
    static OutreachEmail sample(const EmailTemplate &tmpl);

    // mailto: with the address, subject and body percent-encoded.
    QUrl mailtoUrl() const;
    // What "Copy" puts on the clipboard.
    QString plainText() const;
};

} // namespace VenueMap::Core
