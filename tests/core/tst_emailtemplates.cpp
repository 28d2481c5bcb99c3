// Outreach email templates (issue 15): an admin's template per language and kind, stored in the
// database (migration 0019) and read back; the database refuses a planner's write (PostgreSQL:
// raw SQL as their own login, even after venuemap_setup_access() gave event managers every
// table again); an email for a French project is written from the French template, and from the
// built-in text where the team wrote none; a text with an unknown placeholder or a lone brace is
// refused with a sentence naming it; values are inserted as plain text in one pass; a colleague's
// save in between is a conflict that keeps their text. Both backends.
#include "domain/language.h"
#include "domain/outreachemail.h"
#include "peopletestsupport.h"
#include "repositories/emailtemplaterepository.h"
#include "repositories/userrepository.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

const QString kPassword = QStringLiteral("template-password-1");

// A person of the database and a connection in their name (their own login on PostgreSQL).
struct Person
{
    User user;
    std::optional<Database> db;
};

Person addPerson(const TempDatabase &tmp, const Database &owner, RoleCleanup &cleanup,
    const QString &name, UserRole role)
{
    Person p;
    auto added = UserRepository(owner).addPerson({ name,
        QStringLiteral("%1-%2@example.com")
            .arg(name.section(QLatin1Char(' '), 0, 0).toLower(), uniqueTag()),
        role, kPassword, {} });
    if (!added) {
        qWarning() << added.error().sentence() << added.error().details();
        return p;
    }
    p.user = *added;
    if (!tmp.isPostgres()) {
        p.db = owner;
        return p;
    }
    cleanup.logins << p.user.dbRole;
    auto own = Database::open(
        tmp.urlFor(p.user.dbRole, kPassword), uniqueConnectionName(name.left(4).toLower()));
    if (own)
        p.db = *own;
    else
        qWarning() << own.error().sentence() << own.error().details();
    return p;
}

EmailTemplate frenchRequest()
{
    EmailTemplate t;
    t.language = QStringLiteral("fr");
    t.kind = EmailTemplateKind::Request;
    t.subject = QStringLiteral("Demande de disponibilité : {event} le {dates}");
    t.body = QStringLiteral("Bonjour {contact},\n\nNous organisons {event} pour {client} et "
                            "aimerions savoir si {venue} est libre.\n\nInvités : {attendees}\n"
                            "Ville : {city}\n\nCordialement,\n{signature}");
    return t;
}

Project project(const QString &language)
{
    Project p;
    p.language = language;
    p.clientName = QStringLiteral("Acme Pharma");
    p.eventName = QStringLiteral("Spring Summit");
    p.eventDate = QDate(2027, 3, 12);
    p.attendees = 1269;
    p.city = QStringLiteral("Brussels");
    return p;
}

ShortlistEntry venue(const QString &name = QStringLiteral("Fábrica 21"))
{
    ShortlistEntry v;
    v.venueName = name;
    v.contactName = QStringLiteral("Dana Contact");
    v.contactEmail = QStringLiteral("dana@venue.example");
    return v;
}

const OutreachEmail::Sender kSender { QStringLiteral("Anna Planner"),
    QStringLiteral("anna@agency.example"), QStringLiteral("+32 2 555 01 23"), {} };

} // namespace

class tst_EmailTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adminSavesAndReadsBack_data() { addBackendRows(); }
    void adminSavesAndReadsBack();
    void plannerIsRefusedByTheDatabase_data() { addBackendRows(); }
    void plannerIsRefusedByTheDatabase();
    void emailInTheProjectsLanguage_data() { addBackendRows(); }
    void emailInTheProjectsLanguage();
    void badTextIsRefusedWithASentence_data() { addBackendRows(); }
    void badTextIsRefusedWithASentence();
    void concurrentEditIsAConflict_data() { addBackendRows(); }
    void concurrentEditIsAConflict();
    void hostileValuesStayLiteral();
    void builtInKeepsTodaysEmail();
    void builtInGermanEmail();
    void reminderForAVenueAlreadyAsked();
};

void tst_EmailTemplates::adminSavesAndReadsBack()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(tmp);
    auto owner = tmp.openMigrated();
    VM_VERIFY_OK(owner);
    const Person nina
        = addPerson(tmp, *owner, cleanup, QStringLiteral("Nina Admin"), UserRole::Admin);
    QVERIFY(nina.db);
    EmailTemplateRepository repo(*nina.db, nina.user.id);

    // Nothing stored: the built-in text.
    auto before = repo.effective(QStringLiteral("fr"), EmailTemplateKind::Request);
    VM_VERIFY_OK(before);
    QVERIFY(before->builtIn);
    QCOMPARE(before->version, 0);

    auto saved = repo.save(frenchRequest());
    VM_VERIFY_OK(saved);
    QVERIFY(!saved->builtIn);
    QCOMPARE(saved->version, 1);
    QCOMPARE(saved->updatedByName, QStringLiteral("Nina Admin"));
    QVERIFY(saved->updatedAt.isValid());

    // Another connection (a colleague's window) reads the same row.
    auto again = EmailTemplateRepository(*owner, {})
                     .effective(QStringLiteral("fr"), EmailTemplateKind::Request);
    VM_VERIFY_OK(again);
    QCOMPARE(again->subject, frenchRequest().subject);
    QCOMPARE(again->body, frenchRequest().body);
    QCOMPARE(again->version, 1);
    // Other languages and kinds keep their built-in text.
    QVERIFY(repo.effective(QStringLiteral("fr"), EmailTemplateKind::Chase)->builtIn);
    QVERIFY(repo.effective(QStringLiteral("nl"), EmailTemplateKind::Request)->builtIn);

    EmailTemplate edited = *saved;
    edited.subject = QStringLiteral("Disponibilité pour {event}");
    auto second = repo.save(edited);
    VM_VERIFY_OK(second);
    QCOMPARE(second->version, 2);
    QCOMPARE(repo.fetchStored()->size(), 1);

    // Restore Built-in: the row goes, the built-in text is back.
    VM_VERIFY_OK(repo.restoreBuiltIn(QStringLiteral("fr"), EmailTemplateKind::Request, 2));
    QVERIFY(repo.effective(QStringLiteral("fr"), EmailTemplateKind::Request)->builtIn);
    QVERIFY(repo.fetchStored()->isEmpty());
}

void tst_EmailTemplates::plannerIsRefusedByTheDatabase()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(tmp);
    auto owner = tmp.openMigrated();
    VM_VERIFY_OK(owner);
    const Person nina
        = addPerson(tmp, *owner, cleanup, QStringLiteral("Nina Admin"), UserRole::Admin);
    const Person max
        = addPerson(tmp, *owner, cleanup, QStringLiteral("Max Planner"), UserRole::EventManager);
    QVERIFY(nina.db && max.db);
    VM_VERIFY_OK(EmailTemplateRepository(*nina.db, nina.user.id).save(frenchRequest()));

    // The planner reads the team's template...
    EmailTemplateRepository asPlanner(*max.db, max.user.id);
    auto read = asPlanner.effective(QStringLiteral("fr"), EmailTemplateKind::Request);
    VM_VERIFY_OK(read);
    QCOMPARE(read->subject, frenchRequest().subject);
    // ... and cannot change it through the app: the database says no, with a sentence.
    EmailTemplate mine = *read;
    mine.subject = QStringLiteral("Mine: {event}");
    auto refused = asPlanner.save(mine);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, DbError::Kind::Permission);
    QCOMPARE(refused.error().message,
        QStringLiteral("Only an admin can change the email templates; nothing was saved."));
    EmailTemplate chase = EmailTemplate::builtInFor(QStringLiteral("fr"), EmailTemplateKind::Chase);
    QCOMPARE(asPlanner.save(chase).error().kind, DbError::Kind::Permission);

    const auto rawWrites = [&](const Database &db) {
        const Binds binds { { QStringLiteral(":by"), max.user.id } };
        return QList<bool> {
            db.exec(QStringLiteral("test"),
                  QStringLiteral("INSERT INTO email_templates (id, language, kind, subject, body, "
                                 "updated_by) VALUES ('%1', 'nl', 'chase', 'x', 'y', :by)")
                      .arg(Sql::newId()),
                  binds)
                .ok(),
            db.exec(QStringLiteral("test"),
                  QStringLiteral("UPDATE email_templates SET subject = 'hacked', "
                                 "updated_by = :by, version = version + 1"),
                  binds)
                .ok(),
        };
    };
    if (tmp.isPostgres()) {
        // psql with the planner's password: every write refused, by the grants...
        QCOMPARE(rawWrites(*max.db), (QList<bool> { false, false }));
        QVERIFY(
            !max.db->exec(QStringLiteral("test"), QStringLiteral("DELETE FROM email_templates")));
        // ... and by the table's own trigger once venuemap_setup_access() has run again and given
        // event managers every right on every table.
        auto setup = owner->scalar(
            QStringLiteral("test"), QStringLiteral("SELECT venuemap_setup_access()"));
        VM_VERIFY_OK(setup);
        QCOMPARE(rawWrites(*max.db), (QList<bool> { false, false }));
        auto deleted
            = max.db->exec(QStringLiteral("test"), QStringLiteral("DELETE FROM email_templates"));
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().sqlState(), QStringLiteral("42501"));
        QCOMPARE(asPlanner.restoreBuiltIn(QStringLiteral("fr"), EmailTemplateKind::Request, 1)
                     .error()
                     .kind,
            DbError::Kind::Permission);
    } else {
        // A SQLite file has no logins: a write in a planner's name is refused by the file's
        // triggers, and Restore Built-in (stamped with the person first) too.
        QCOMPARE(rawWrites(*owner), (QList<bool> { false, false }));
        QCOMPARE(asPlanner.restoreBuiltIn(QStringLiteral("fr"), EmailTemplateKind::Request, 1)
                     .error()
                     .kind,
            DbError::Kind::Permission);
    }
    auto kept = EmailTemplateRepository(*owner, {}).fetchStored();
    VM_VERIFY_OK(kept);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().subject, frenchRequest().subject);
    QCOMPARE(kept->first().version, 1);
}

void tst_EmailTemplates::emailInTheProjectsLanguage()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(tmp);
    auto owner = tmp.openMigrated();
    VM_VERIFY_OK(owner);
    const Person nina
        = addPerson(tmp, *owner, cleanup, QStringLiteral("Nina Admin"), UserRole::Admin);
    QVERIFY(nina.db);
    VM_VERIFY_OK(EmailTemplateRepository(*nina.db, nina.user.id).save(frenchRequest()));

    // Read as the workspace does, on a planner's connection.
    EmailTemplateRepository repo(*owner, {});
    const Project fr = project(QStringLiteral("fr"));
    auto tmpl = repo.effective(fr.language, OutreachEmail::kindFor(venue()));
    VM_VERIFY_OK(tmpl);
    const OutreachEmail mail = OutreachEmail::compose(fr, venue(), kSender, *tmpl);
    QCOMPARE(mail.to, QStringLiteral("dana@venue.example"));
    // Dates and numbers in French.
    QCOMPARE(mail.subject,
        QStringLiteral("Demande de disponibilité : Spring Summit le vendredi 12 mars 2027"));
    QVERIFY2(mail.body.startsWith(QStringLiteral("Bonjour Dana Contact,\n\nNous organisons Spring "
                                                 "Summit pour Acme Pharma et aimerions savoir si "
                                                 "Fábrica 21 est libre.")),
        qPrintable(mail.body));
    QVERIFY(mail.body.contains(
        QStringLiteral("Invités : %1").arg(QLocale(QLocale::French).toString(1269))));
    QVERIFY(mail.body.endsWith(
        QStringLiteral("Cordialement,\nAnna Planner\nanna@agency.example\n+32 2 555 01 23")));

    // Dutch: no row, the built-in text in Dutch (English where it is not translated yet), with
    // the date in Dutch.
    const Project nl = project(QStringLiteral("nl"));
    auto dutch = repo.effective(nl.language, EmailTemplateKind::Request);
    VM_VERIFY_OK(dutch);
    QVERIFY(dutch->builtIn);
    const EmailTemplate builtIn
        = EmailTemplate::builtInFor(QStringLiteral("nl"), EmailTemplateKind::Request);
    QCOMPARE(dutch->subject, builtIn.subject);
    QCOMPARE(dutch->body, builtIn.body);
    const OutreachEmail dutchMail = OutreachEmail::compose(nl, venue(), kSender, *dutch);
    QCOMPARE(dutchMail.subject, OutreachEmail::compose(nl, venue(), kSender).subject);
    QVERIFY2(dutchMail.subject.contains(QStringLiteral("vrijdag 12 maart 2027")),
        qPrintable(dutchMail.subject));
    QVERIFY(dutchMail.body.contains(QLocale(QLocale::Dutch).toString(1269)));
    QVERIFY(!dutchMail.body.contains(QLatin1Char('{')));
}

void tst_EmailTemplates::badTextIsRefusedWithASentence()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(tmp);
    auto owner = tmp.openMigrated();
    VM_VERIFY_OK(owner);
    const Person nina
        = addPerson(tmp, *owner, cleanup, QStringLiteral("Nina Admin"), UserRole::Admin);
    QVERIFY(nina.db);
    EmailTemplateRepository repo(*nina.db, nina.user.id);

    struct Case
    {
        QString subject;
        QString body;
        QString sentence;
    };
    const QList<Case> cases {
        { QStringLiteral("Hello {event}"), QStringLiteral("Dear {contact},\nfor {venu} please"),
            QStringLiteral("Body: {venu} on line 2 is not a placeholder. Use one of {venue}, "
                           "{contact}, {event}, {client}, {dates}, {attendees}, {layout}, {city}, "
                           "{facilities}, {sent_on}, {sender}, {signature}.") },
        { QStringLiteral("Hello {Event}"), QStringLiteral("Dear {contact}"),
            QStringLiteral("Subject: {Event} on line 1 is not a placeholder. Use one of {venue}, "
                           "{contact}, {event}, {client}, {dates}, {attendees}, {layout}, {city}, "
                           "{facilities}, {sent_on}, {sender}, {signature}.") },
        { QStringLiteral("Hello"), QStringLiteral("Dear {contact,\nsee you"),
            QStringLiteral("Body: the “{” on line 1 is not closed by “}” on that line. Write {{ "
                           "for a brace of its own.") },
        { QStringLiteral("Hello"), QStringLiteral("Dear {contact},\n\nPrices } here"),
            QStringLiteral("Body: the “}” on line 3 has no “{” before it. Write }} for a brace of "
                           "its own.") },
        { QStringLiteral("Hello {"), QStringLiteral("Dear"),
            QStringLiteral("Subject: the “{” on line 1 is not closed by “}” on that line. Write "
                           "{{ for a brace of its own.") },
        { QStringLiteral("  "), QStringLiteral("Dear"),
            QStringLiteral("Subject: write the text of the email; it cannot be empty.") },
        { QStringLiteral("Two\nlines"), QStringLiteral("Dear"),
            QStringLiteral("Subject: one line only; remove the line break.") },
    };
    for (const Case &c : cases) {
        EmailTemplate t = frenchRequest();
        t.subject = c.subject;
        t.body = c.body;
        auto refused = repo.save(t);
        QVERIFY2(!refused, qPrintable(c.body));
        QCOMPARE(refused.error().kind, DbError::Kind::Validation);
        QCOMPARE(refused.error().message, c.sentence);
    }
    QVERIFY(repo.fetchStored()->isEmpty());

    // Doubled braces are braces of their own, and save.
    EmailTemplate braces = frenchRequest();
    braces.body = QStringLiteral("Prices {{in EUR}} for {venue}");
    auto saved = repo.save(braces);
    VM_VERIFY_OK(saved);
    QCOMPARE(OutreachEmail::compose(project(QStringLiteral("fr")), venue(), kSender, *saved).body,
        QStringLiteral("Prices {in EUR} for Fábrica 21"));
}

void tst_EmailTemplates::concurrentEditIsAConflict()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(tmp);
    auto owner = tmp.openMigrated();
    VM_VERIFY_OK(owner);
    const Person nina
        = addPerson(tmp, *owner, cleanup, QStringLiteral("Nina Admin"), UserRole::Admin);
    const Person omar
        = addPerson(tmp, *owner, cleanup, QStringLiteral("Omar Admin"), UserRole::Admin);
    QVERIFY(nina.db && omar.db);
    EmailTemplateRepository asNina(*nina.db, nina.user.id);
    EmailTemplateRepository asOmar(*omar.db, omar.user.id);

    // Both open the built-in French request; Omar saves first, Nina's first save is refused.
    EmailTemplate ninas = *asNina.effective(QStringLiteral("fr"), EmailTemplateKind::Request);
    EmailTemplate omars = *asOmar.effective(QStringLiteral("fr"), EmailTemplateKind::Request);
    omars.subject = QStringLiteral("Omar's subject {event}");
    VM_VERIFY_OK(asOmar.save(omars));
    ninas.subject = QStringLiteral("Nina's subject {event}");
    auto first = asNina.save(ninas);
    QVERIFY(!first);
    QCOMPARE(first.error().kind, DbError::Kind::Conflict);
    QVERIFY2(first.error().message.startsWith(QStringLiteral("Omar Admin saved the “Availability "
                                                             "request” template in Français at ")),
        qPrintable(first.error().message));
    QVERIFY(first.error().message.contains(QStringLiteral("theirs is kept")));
    auto stored = asNina.fetchStored(QStringLiteral("fr"), EmailTemplateKind::Request);
    QCOMPARE((*stored)->subject, omars.subject);

    // Both at version 1 now; Omar saves again, Nina's save at version 1 is refused, his text kept.
    const EmailTemplate v1 = **stored;
    EmailTemplate omar2 = v1;
    omar2.body = QStringLiteral("Omar's body for {venue}");
    VM_VERIFY_OK(asOmar.save(omar2));
    EmailTemplate nina2 = v1;
    nina2.body = QStringLiteral("Nina's body for {venue}");
    auto second = asNina.save(nina2);
    QCOMPARE(second.error().kind, DbError::Kind::Conflict);
    stored = asNina.fetchStored(QStringLiteral("fr"), EmailTemplateKind::Request);
    QCOMPARE((*stored)->body, omar2.body);
    QCOMPARE((*stored)->version, 2);
    // Restore Built-in from the stale copy is refused too; the row stays.
    QCOMPARE(
        asNina.restoreBuiltIn(QStringLiteral("fr"), EmailTemplateKind::Request, 1).error().kind,
        DbError::Kind::Conflict);
    QVERIFY(asNina.fetchStored(QStringLiteral("fr"), EmailTemplateKind::Request)->has_value());
    // Having read the sentence, Nina saves again at the version she now sees: hers replaces his.
    nina2.version = 2;
    auto third = asNina.save(nina2);
    VM_VERIFY_OK(third);
    QCOMPARE(third->version, 3);
    QCOMPARE(third->updatedByName, QStringLiteral("Nina Admin"));
    // Omar restores the built-in text; Nina's next save from version 3 says so.
    VM_VERIFY_OK(asOmar.restoreBuiltIn(QStringLiteral("fr"), EmailTemplateKind::Request, 3));
    auto fourth = asNina.save(*third);
    QCOMPARE(fourth.error().kind, DbError::Kind::Conflict);
    QVERIFY(fourth.error().message.startsWith(QStringLiteral("A colleague restored the built-in")));
}

void tst_EmailTemplates::hostileValuesStayLiteral()
{
    // A venue named like a placeholder, markup, %1 and a brace: inserted as they are.
    Project p = project(QStringLiteral("en"));
    p.clientName = QStringLiteral("Acme <b>Pharma</b> %1");
    p.eventName = QStringLiteral("{venue} & {{client}}");
    ShortlistEntry v = venue(QStringLiteral("{client}"));
    v.contactName = QStringLiteral("<script>alert(1)</script> {signature");
    EmailTemplate t;
    t.subject = QStringLiteral("{event} at {venue}");
    t.body = QStringLiteral("Dear {contact},\n{venue} for {client}: {event}.");
    QVERIFY(emailSubjectProblem(t.subject).isEmpty());
    QVERIFY(emailBodyProblem(t.body).isEmpty());
    const OutreachEmail mail = OutreachEmail::compose(p, v, kSender, t);
    QCOMPARE(mail.subject, QStringLiteral("{venue} & {{client}} at {client}"));
    QCOMPARE(mail.body,
        QStringLiteral(
            "Dear <script>alert(1)</script> {signature,\n{client} for Acme <b>Pharma</b> "
            "%1: {venue} & {{client}}."));
}

void tst_EmailTemplates::builtInKeepsTodaysEmail()
{
    // The built-in English request says what the email said before templates: greeting, event,
    // client, venue, date, guests, city, facilities, the question and the signature block.
    Project p = project(QStringLiteral("en"));
    p.requiredFacilities = QStringList { QStringLiteral("Wi-Fi") };
    p.mainLayout = SpaceLayout::Theatre;
    const OutreachEmail mail = OutreachEmail::compose(p, venue(), kSender);
    QCOMPARE(mail.subject,
        QStringLiteral("Availability enquiry: Spring Summit on Friday 12 March 2027"));
    QCOMPARE(mail.body,
        QStringLiteral("Dear Dana Contact,\n\nWe are organising Spring Summit for our client Acme "
                       "Pharma and would like to know whether Fábrica 21 is available.\n\n"
                       "Event date: Friday 12 March 2027\nGuests: 1,269\nLayout: theatre\n"
                       "City: Brussels\nWe will need: Wi-Fi\n\nCould you let us know your "
                       "availability, the rooms that would suit, and a quote including any "
                       "minimum spend or catering conditions?\n\nKind regards,\nAnna Planner\n"
                       "anna@agency.example\n+32 2 555 01 23"));
    // Without a city, facilities, layout, date, guests or contact: those lines go or say so.
    Project bare;
    bare.clientName = QStringLiteral("Acme");
    bare.eventName = QStringLiteral("Gala");
    ShortlistEntry noContact = venue();
    noContact.contactName.clear();
    OutreachEmail::Sender signed_ { QStringLiteral("Anna"), {}, {},
        QStringLiteral("Anna Planner\nEvents & Co.") };
    const OutreachEmail plain = OutreachEmail::compose(bare, noContact, signed_);
    QVERIFY2(
        plain.body.startsWith(QStringLiteral("Dear Fábrica 21 team,\n")), qPrintable(plain.body));
    QVERIFY(
        plain.body.contains(QStringLiteral("Event date: a date still to be fixed\nGuests: to be "
                                           "confirmed\n\nCould you")));
    QVERIFY(!plain.body.contains(QStringLiteral("City:")));
    QVERIFY(!plain.body.contains(QStringLiteral("Layout:")));
    QVERIFY(plain.body.endsWith(QStringLiteral("Kind regards,\nAnna Planner\nEvents & Co.")));
}

// A project for a German client gets the built-in German email: the words, the date with its
// weekday and ordinal day, the number, the layout and the facilities in German.
void tst_EmailTemplates::builtInGermanEmail()
{
    installDocumentLanguages();
    Project p = project(QStringLiteral("de"));
    p.requiredFacilities = QStringList { QStringLiteral("Stage") };
    p.mainLayout = SpaceLayout::Theatre;
    const OutreachEmail mail = OutreachEmail::compose(p, venue(), kSender);
    QCOMPARE(mail.subject,
        QStringLiteral("Verfügbarkeitsanfrage: Spring Summit (Freitag, 12. März 2027)"));
    QVERIFY2(mail.body.startsWith(QStringLiteral("Guten Tag Dana Contact,\n\nwir organisieren "
                                                 "Spring Summit für unseren Kunden Acme Pharma")),
        qPrintable(mail.body));
    for (const QString &line : { QStringLiteral("Veranstaltungsdatum: Freitag, 12. März 2027"),
             QStringLiteral("Gäste: 1.269"), QStringLiteral("Bestuhlung: Theater"),
             QStringLiteral("Wir benötigen: Bühne"), QStringLiteral("Mit freundlichen Grüßen") })
        QVERIFY2(
            mail.body.contains(line), qPrintable(line + QLatin1String(" not in: ") + mail.body));
}

void tst_EmailTemplates::reminderForAVenueAlreadyAsked()
{
    ShortlistEntry asked = venue();
    asked.row.status = OutreachStatus::Sent;
    asked.row.sentAt = QDateTime(QDate(2027, 1, 5), QTime(10, 0));
    QCOMPARE(OutreachEmail::kindFor(asked), EmailTemplateKind::Chase);
    QCOMPARE(OutreachEmail::kindFor(venue()), EmailTemplateKind::Request);
    // A venue that answered or declined is not chased: "we have not heard back" would be wrong.
    ShortlistEntry answered = asked;
    answered.row.status = OutreachStatus::Responded;
    QCOMPARE(OutreachEmail::kindFor(answered), EmailTemplateKind::Request);
    answered.row.status = OutreachStatus::Declined;
    QCOMPARE(OutreachEmail::kindFor(answered), EmailTemplateKind::Request);
    answered.row.status = OutreachStatus::Awaiting;
    QCOMPARE(OutreachEmail::kindFor(answered), EmailTemplateKind::Chase);
    const OutreachEmail mail
        = OutreachEmail::compose(project(QStringLiteral("en")), asked, kSender);
    QVERIFY2(mail.subject.startsWith(QStringLiteral("Reminder: ")), qPrintable(mail.subject));
    QVERIFY2(mail.body.contains(QStringLiteral("Asked on: 5 Jan 2027")), qPrintable(mail.body));
    // The sample the editor previews fills every placeholder.
    for (EmailTemplateKind kind : allEmailTemplateKinds())
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr") }) {
            const OutreachEmail sample
                = OutreachEmail::sample(EmailTemplate::builtInFor(language, kind));
            QVERIFY(!sample.subject.contains(QLatin1Char('{')));
            QVERIFY(!sample.body.contains(QLatin1Char('{')));
        }
}

QTEST_GUILESS_MAIN(tst_EmailTemplates)
#include "tst_emailtemplates.moc"
