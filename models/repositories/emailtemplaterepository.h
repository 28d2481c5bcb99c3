#pragma once

#include "countedqueries.h"
#include "domain/outreachemail.h"

namespace VenueMap::Core {

// The team's outreach email templates (table email_templates, migration 0019): one per language
// of client documents and kind. Everybody reads them; only admins write them, and the database
// refuses anybody else.
class EmailTemplateRepository
{
public:
    EmailTemplateRepository(Database db, QString actingUserId);

    // The templates the team wrote, by language then kind.
    Result<QList<EmailTemplate>> fetchStored() const;
    Result<std::optional<EmailTemplate>> fetchStored(
        const QString &language, EmailTemplateKind kind) const;
    // The template an email of `kind` in `language` is written from: the team's, else the
    // built-in one.
    Result<EmailTemplate> effective(const QString &language, EmailTemplateKind kind) const;

    // Saves the subject and body of `tmpl` at the version it was read at (0: no row was there,
    // the built-in text was shown). Refused with a sentence naming the field for a text that
    // cannot be saved (unknown placeholder, unbalanced brace, empty), with a Conflict saying who
    // when a colleague saved or restored it meanwhile (their text is kept), and with Permission
    // for anybody but an admin. Nothing is written then.
    Result<EmailTemplate> save(const EmailTemplate &tmpl);
    // Back to the built-in text: the row read at `version` goes (Conflict when a colleague saved
    // it meanwhile; nothing to do when it is gone already).
    Status restoreBuiltIn(const QString &language, EmailTemplateKind kind, int version);

private:
    DbError refused(const DbError &error, const QString &op) const;
    DbError conflict(const QString &language, EmailTemplateKind kind, const QString &op,
        const QString &where) const;

    CountedQueries m_q;
    QString m_userId;
};

} // namespace VenueMap::Core
