#include "emailtemplaterepository.h"

#include "domain/currency.h"
#include "domain/language.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace VenueMap::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmailTemplateRepository)
};

const QString kColumns = QStringLiteral(
    "SELECT t.language, t.kind, t.subject, t.body, t.version, u.name, t.updated_at "
    "FROM email_templates t LEFT JOIN users u ON u.id = t.updated_by ");

EmailTemplate readTemplate(const QSqlQuery &q, const SqlDialect &d)
{
    EmailTemplate t;
    t.language = q.value(0).toString();
    t.kind = emailTemplateKindFromKey(q.value(1).toString()).value_or(EmailTemplateKind::Request);
    t.subject = q.value(2).toString();
    t.body = q.value(3).toString();
    t.builtIn = false;
    t.version = q.value(4).toInt();
    t.updatedByName = q.value(5).toString();
    t.updatedAt = d.dateTimeFromDb(q.value(6));
    return t;
}

Binds keyBinds(const QString &language, EmailTemplateKind kind)
{
    return { { QStringLiteral(":language"), language },
        { QStringLiteral(":kind"), emailTemplateKindKey(kind) } };
}

} // namespace

EmailTemplateRepository::EmailTemplateRepository(Database db, QString actingUserId)
    : m_q(std::move(db))
    , m_userId(std::move(actingUserId))
{ }

Result<QList<EmailTemplate>> EmailTemplateRepository::fetchStored() const
{
    const DbCall call { QStringLiteral("EmailTemplateRepository::fetchStored"),
        QStringLiteral("read the email templates") };
    auto q = m_q.exec(call, kColumns + QStringLiteral("ORDER BY t.language, t.kind"));
    if (!q)
        return q.error();
    QList<EmailTemplate> out;
    while (q->next())
        out << readTemplate(*q, m_q.dialect());
    return out;
}

Result<std::optional<EmailTemplate>> EmailTemplateRepository::fetchStored(
    const QString &language, EmailTemplateKind kind) const
{
    const DbCall call { QStringLiteral("EmailTemplateRepository::fetchStored"),
        QStringLiteral("read the email template") };
    auto q = m_q.exec(call,
        kColumns + QStringLiteral("WHERE t.language = :language AND t.kind = :kind"),
        keyBinds(language, kind));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<EmailTemplate>();
    return std::optional<EmailTemplate>(readTemplate(*q, m_q.dialect()));
}

Result<EmailTemplate> EmailTemplateRepository::effective(
    const QString &language, EmailTemplateKind kind) const
{
    auto stored = fetchStored(language, kind);
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return **stored;
    return EmailTemplate::builtInFor(language, kind);
}

DbError EmailTemplateRepository::refused(const DbError &error, const QString &op) const
{
    // 42501 on PostgreSQL (grants, or the trigger of 0019), the trigger's text on SQLite.
    if (error.kind == DbError::Kind::Permission
        || error.sqlError.databaseText().contains(
            QLatin1String("only an admin changes the email templates"))) {
        DbError e = error;
        e.kind = DbError::Kind::Permission;
        e.operation = op;
        e.message = Tr::tr("Only an admin can change the email templates; nothing was saved.");
        return e;
    }
    return error;
}

DbError EmailTemplateRepository::conflict(
    const QString &language, EmailTemplateKind kind, const QString &op, const QString &where) const
{
    const QString what = Tr::tr("the “%1” template in %2", "kind, language")
                             .arg(emailTemplateKindLabel(kind), documentLanguageName(language));
    auto now = fetchStored(language, kind);
    QString sentence;
    if (now && now->has_value() && !(*now)->updatedByName.isEmpty())
        sentence = Tr::tr("%1 saved %2 at %3 after you opened it; your text was not saved and "
                          "theirs is kept. Save again to replace theirs with yours.")
                       .arg((*now)->updatedByName, what, displayDateTime((*now)->updatedAt));
    else if (now && now->has_value())
        sentence = Tr::tr("A colleague saved %1 after you opened it; your text was not saved and "
                          "theirs is kept. Save again to replace theirs with yours.")
                       .arg(what);
    else
        sentence = Tr::tr("A colleague restored the built-in text of %1 after you opened it; your "
                          "text was not saved. Save again to store yours.")
                       .arg(what);
    return DbError::make(DbError::Kind::Conflict, op, sentence, where);
}

Result<EmailTemplate> EmailTemplateRepository::save(const EmailTemplate &tmpl)
{
    const QString op = QStringLiteral("save the email template");
    const DbCall call { QStringLiteral("EmailTemplateRepository::save"), op };
    const QString problem = !emailSubjectProblem(tmpl.subject).isEmpty()
        ? emailSubjectProblem(tmpl.subject)
        : emailBodyProblem(tmpl.body);
    if (!problem.isEmpty())
        return DbError::make(DbError::Kind::Validation, op, problem, call.where);
    if (!isDocumentLanguage(tmpl.language))
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("Language: %1 is not a language of client documents.").arg(tmpl.language),
            call.where);
    const SqlDialect &d = m_q.dialect();
    Binds binds = keyBinds(tmpl.language, tmpl.kind);
    binds.append({ QStringLiteral(":subject"), tmpl.subject });
    binds.append({ QStringLiteral(":body"), tmpl.body });
    binds.append({ QStringLiteral(":by"), Sql::text(m_userId) });
    Result<QVariant> saved = QVariant();
    if (tmpl.version <= 0) {
        // Where a colleague's row arrived meanwhile nothing is inserted: a conflict, not theirs
        // overwritten.
        binds.append({ QStringLiteral(":id"), Sql::newId() });
        saved = m_q.scalar(call,
            QStringLiteral(
                "INSERT INTO email_templates (id, language, kind, subject, body, updated_by, "
                "updated_at) VALUES (:id, :language, :kind, :subject, :body, :by, %1) "
                "ON CONFLICT (language, kind) DO NOTHING RETURNING version")
                .arg(d.now()),
            binds);
    } else {
        binds.append({ QStringLiteral(":version"), tmpl.version });
        saved = m_q.scalar(call,
            QStringLiteral("UPDATE email_templates SET subject = :subject, body = :body, "
                           "updated_by = :by, updated_at = %1, version = version + 1 "
                           "WHERE language = :language AND kind = :kind AND version = :version "
                           "RETURNING version")
                .arg(d.now()),
            binds);
    }
    if (!saved)
        return refused(saved.error(), op);
    if (saved->isNull())
        return conflict(tmpl.language, tmpl.kind, op, call.where);
    auto stored = fetchStored(tmpl.language, tmpl.kind);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return conflict(tmpl.language, tmpl.kind, op, call.where);
    return **stored;
}

Status EmailTemplateRepository::restoreBuiltIn(
    const QString &language, EmailTemplateKind kind, int version)
{
    const QString op = QStringLiteral("restore the built-in email template");
    const DbCall call { QStringLiteral("EmailTemplateRepository::restoreBuiltIn"), op };
    TransactionGuard tx(m_q.db());
    if (auto s = tx.begun(); !s)
        return s.error();
    // Stamped first, so that the database checks who asks (on SQLite the admin check is a
    // trigger on writes in a person's name), then removed.
    Binds binds = keyBinds(language, kind);
    binds.append({ QStringLiteral(":version"), version });
    binds.append({ QStringLiteral(":by"), Sql::text(m_userId) });
    auto stamped = m_q.scalar(call,
        QStringLiteral("UPDATE email_templates SET updated_by = :by, version = version + 1 "
                       "WHERE language = :language AND kind = :kind AND version = :version "
                       "RETURNING id"),
        binds);
    if (!stamped)
        return refused(stamped.error(), op);
    if (stamped->isNull()) {
        tx.rollback();
        auto now = fetchStored(language, kind);
        if (now && !now->has_value())
            return {}; // gone already: the built-in text is what it asked for
        return conflict(language, kind, op, call.where);
    }
    auto removed = m_q.exec(call, QStringLiteral("DELETE FROM email_templates WHERE id = :id"),
        { { QStringLiteral(":id"), stamped->toString() } });
    if (!removed)
        return refused(removed.error(), op);
    if (auto s = tx.commit(); !s)
        return s.error();
    return {};
}

} // namespace VenueMap::Core
