// Data ▸ Email Templates… (issue 15), on real databases (both backends): an admin picks French and
// the request, edits subject and body, inserts a placeholder from the list, sees the preview
// follow with sample values, is refused an unknown placeholder with a sentence (nothing saved),
// saves; a colleague's save in between is said and their text kept until the admin saves again;
// Restore Built-in asks first. The project workspace's email draft is then written from the
// French template for a French project, from the built-in reminder for a venue already asked.
// The menu offers the dialog to admins only; nothing runs a statement on the GUI thread; the
// dialog fits a 1366×768 screen with no label cut.
#include "emailtemplatesdialog.h"
#include "itemmodels/shortlistmodel.h"
#include "mainwindow.h"
#include "pages.h"
#include "projects/emaildraftdialog.h"
#include "projects/projectworkspace.h"
#include "repositories/emailtemplaterepository.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "workflowbook.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace VenueMap::Ui;

namespace {

// An admin of the database (SQLite checks the role of the person a write is made in the name
// of; on PostgreSQL the test's connection is the owner's).
CurrentUser makeAdmin(const Database &db, const QString &name)
{
    CurrentUser admin;
    admin.id = insertUser(db, name);
    admin.name = name;
    admin.role = UserRole::Admin;
    auto promoted = db.exec(QStringLiteral("fixture"),
        QStringLiteral("UPDATE users SET role = 'admin' WHERE id = :id"),
        { { QStringLiteral(":id"), admin.id } });
    return promoted ? admin : CurrentUser();
}

std::optional<EmailTemplate> stored(const Database &db, const QString &language,
    EmailTemplateKind kind = EmailTemplateKind::Request)
{
    auto t = EmailTemplateRepository(db, {}).fetchStored(language, kind);
    return t ? *t : std::nullopt;
}

// No label of `dialog` is narrower than its text (a word-wrapped one wraps instead).
QStringList clippedLabels(QWidget *dialog)
{
    QStringList clipped;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
            continue;
        if (label->sizeHint().width() > label->width())
            clipped << label->text();
    }
    return clipped;
}

// Clicks the button of `box` that has `role` (the box goes once answered).
void answer(QMessageBox *box, QMessageBox::ButtonRole role)
{
    QAbstractButton *chosen = nullptr;
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == role)
            chosen = b;
    QVERIFY(chosen);
    chosen->click();
}

} // namespace

class tst_EmailTemplatesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpGuiTest(); }
    void editSaveConflictRestore_data() { addBackendRows(); }
    void editSaveConflictRestore();
    void draftInTheProjectsLanguage_data() { addBackendRows(); }
    void draftInTheProjectsLanguage();
    void menuForAdminsOnly_data() { addBackendRows(); }
    void menuForAdminsOnly();
};

void tst_EmailTemplatesDialog::editSaveConflictRestore()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const CurrentUser nina = makeAdmin(*db, QStringLiteral("Nina Admin"));
    const CurrentUser omar = makeAdmin(*db, QStringLiteral("Omar Admin"));
    QVERIFY(!nina.id.isEmpty() && !omar.id.isEmpty());
    qint64 onGuiThread = Database::statementsOnMainThread();

    EmailTemplatesDialog dialog(*db, nina);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.isLoading());
    // It fits a 1366×768 laptop, and nothing is cut.
    QVERIFY(dialog.width() <= 1366 && dialog.height() <= 740);
    QVERIFY(dialog.minimumSizeHint().width() <= 1366 && dialog.minimumSizeHint().height() <= 700);
    QCOMPARE(clippedLabels(&dialog), QStringList());
    QCOMPARE(dialog.languagePicker()->currentText(), QStringLiteral("English"));
    QVERIFY(dialog.stateText().startsWith(QStringLiteral("The app's built-in text")));
    QCOMPARE(
        dialog.subjectEdit()->text(), QStringLiteral("Availability enquiry: {event} on {dates}"));
    QVERIFY(dialog.preview()->toPlainText().contains(
        QStringLiteral("We are organising Spring Summit for our client Acme Pharma and would like "
                       "to know whether Fábrica 21 is available.")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.restoreButton()->isEnabled());
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    screenshot(&dialog, QStringLiteral("emailtemplates-builtin"));

    // French: the admin writes the team's own request.
    dialog.languagePicker()->setCurrentIndex(
        dialog.languagePicker()->findData(QStringLiteral("fr")));
    QCOMPARE(dialog.kindPicker()->currentText(), QStringLiteral("Availability request"));
    dialog.subjectEdit()->setText(QStringLiteral("Disponibilité : {event} le {dates}"));
    dialog.bodyEdit()->setPlainText(QStringLiteral("Bonjour {contact},\n\nEst-ce que "));
    dialog.bodyEdit()->moveCursor(QTextCursor::End);
    dialog.bodyEdit()->setFocus();
    dialog.placeholderList()->setCurrentRow(0); // {venue}
    QTest::mouseClick(dialog.insertButton(), Qt::LeftButton);
    QTest::keyClicks(dialog.bodyEdit(), QStringLiteral(" est libre pour {venu} ?"));
    dialog.bodyEdit()->insertPlainText(QStringLiteral("\n\n{signature}"));
    QVERIFY(
        dialog.bodyEdit()->toPlainText().contains(QStringLiteral("Est-ce que {venue} est libre")));
    // The preview follows as the admin types, the sample values inserted, dates in French.
    QVERIFY2(
        dialog.preview()->toPlainText().contains(QStringLiteral("Est-ce que Fábrica 21 est libre")),
        qPrintable(dialog.preview()->toPlainText()));
    QVERIFY(dialog.preview()->toPlainText().contains(
        QStringLiteral("Subject: Disponibilité : Spring Summit le ")));
    QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral(" mars ")));
    QVERIFY(dialog.saveButton()->isEnabled());

    // {venu} is not a placeholder: said, nothing saved, the text kept.
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(
        dialog.message().startsWith(QStringLiteral("Body: {venu} on line 3 is not a placeholder.")),
        qPrintable(dialog.message()));
    QVERIFY(!stored(*db, QStringLiteral("fr")));
    QVERIFY(dialog.bodyEdit()->toPlainText().contains(QStringLiteral("{venu}")));
    screenshot(&dialog, QStringLiteral("emailtemplates-refused"));

    QString body = dialog.bodyEdit()->toPlainText();
    body.replace(QStringLiteral("{venu}"), QStringLiteral("{event}"));
    dialog.bodyEdit()->setPlainText(body);
    onGuiThread = Database::statementsOnMainThread(); // the test's own look above
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.message().startsWith(QStringLiteral("Saved.")));
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    auto saved = stored(*db, QStringLiteral("fr"));
    QVERIFY(saved);
    QCOMPARE(saved->subject, QStringLiteral("Disponibilité : {event} le {dates}"));
    QCOMPARE(saved->body, body);
    QCOMPARE(saved->version, 1);
    QVERIFY(
        dialog.stateText().startsWith(QStringLiteral("The team's text, saved by Nina Admin on ")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.restoreButton()->isEnabled());
    screenshot(&dialog, QStringLiteral("emailtemplates-saved"));

    // Omar saves from his window meanwhile; Nina's save is refused with a sentence, his text kept
    // in the database and hers in the editor.
    EmailTemplate omars = *saved;
    omars.subject = QStringLiteral("Omar : {event}");
    VM_VERIFY_OK(EmailTemplateRepository(*db, omar.id).save(omars));
    dialog.subjectEdit()->setText(QStringLiteral("Nina : {event}"));
    onGuiThread = Database::statementsOnMainThread(); // the test's own reads and Omar's save
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QTRY_VERIFY2(dialog.message().startsWith(QStringLiteral("Omar Admin saved the “Availability "
                                                            "request” template in Français at ")),
        qPrintable(dialog.message()));
    QCOMPARE(stored(*db, QStringLiteral("fr"))->subject, QStringLiteral("Omar : {event}"));
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread + 1); // the look just above
    QCOMPARE(dialog.subjectEdit()->text(), QStringLiteral("Nina : {event}"));
    QVERIFY(dialog.stateText().startsWith(QStringLiteral("The team's text, saved by Omar Admin")));
    screenshot(&dialog, QStringLiteral("emailtemplates-conflict"));
    // Having read it, she saves again: hers replaces his.
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.message().startsWith(QStringLiteral("Saved.")));
    QCOMPARE(stored(*db, QStringLiteral("fr"))->subject, QStringLiteral("Nina : {event}"));
    QCOMPARE(stored(*db, QStringLiteral("fr"))->version, 3);

    // Restore Built-in asks first; keeping changes nothing.
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.question());
    screenshot(dialog.question(), QStringLiteral("emailtemplates-restore-question"));
    answer(dialog.question(), QMessageBox::RejectRole);
    QTRY_VERIFY(!dialog.question());
    QVERIFY(stored(*db, QStringLiteral("fr")));
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.question());
    answer(dialog.question(), QMessageBox::DestructiveRole);
    onGuiThread = Database::statementsOnMainThread();
    QTRY_VERIFY(dialog.message().startsWith(QStringLiteral("Restored.")));
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    QVERIFY(!stored(*db, QStringLiteral("fr")));
    QCOMPARE(dialog.subjectEdit()->text(),
        EmailTemplate::builtInFor(QStringLiteral("fr"), EmailTemplateKind::Request).subject);
    QVERIFY(dialog.stateText().startsWith(QStringLiteral("The app's built-in text")));

    // An edit of another template is kept while looking elsewhere; closing asks about it.
    dialog.kindPicker()->setCurrentIndex(1);
    QCOMPARE(dialog.kindPicker()->currentText(), QStringLiteral("Reminder (no answer yet)"));
    dialog.subjectEdit()->setText(QStringLiteral("Rappel : {event}"));
    dialog.kindPicker()->setCurrentIndex(0);
    dialog.kindPicker()->setCurrentIndex(1);
    QCOMPARE(dialog.subjectEdit()->text(), QStringLiteral("Rappel : {event}"));
    dialog.reject();
    QTRY_VERIFY(dialog.question());
    QVERIFY(dialog.isVisible());
    answer(dialog.question(), QMessageBox::DestructiveRole);
    QTRY_VERIFY(!dialog.isVisible());
    QVERIFY(!stored(*db, QStringLiteral("fr"), EmailTemplateKind::Chase));
}

void tst_EmailTemplatesDialog::draftInTheProjectsLanguage()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const WorkflowBook book = makeWorkflowBook(*db);
    const CurrentUser nina = makeAdmin(*db, QStringLiteral("Nina Admin"));
    VM_VERIFY_OK(db->exec(QStringLiteral("fixture"),
        QStringLiteral("UPDATE projects SET language = 'fr' WHERE id = :id"),
        { { QStringLiteral(":id"), book.summit.id } }));
    EmailTemplate french
        = EmailTemplate::builtInFor(QStringLiteral("fr"), EmailTemplateKind::Request);
    french.subject = QStringLiteral("Demande de disponibilité : {event}, {dates}");
    french.body = QStringLiteral(
        "Bonjour {contact},\n{venue} est-il libre ? Invités : {attendees}\n{signature}");
    VM_VERIFY_OK(EmailTemplateRepository(*db, nina.id).save(french));

    ProjectWorkspace ws(*db, book.anna);
    ws.resize(1366, 768);
    VM_VERIFY_OK(ws.open(book.summit.id));
    ws.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ws));
    QTRY_VERIFY(!ws.isOpening());
    const qint64 onGuiThread = Database::statementsOnMainThread();
    const QList<ShortlistEntry> entries = ws.shortlistModel()->entries();
    int draft = -1;
    int asked = -1;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].row.status == OutreachStatus::Draft && draft < 0)
            draft = i;
        // Asked and not answered yet: the venues a reminder is for.
        if ((entries[i].row.status == OutreachStatus::Sent
                || entries[i].row.status == OutreachStatus::Awaiting)
            && asked < 0)
            asked = i;
    }
    QVERIFY(draft >= 0 && asked >= 0);
    ws.openEmailDraft(ws.shortlistModel()->rowOf(entries[draft].row.id));
    QTRY_VERIFY(ws.emailDialog());
    EmailDraftDialog *mail = ws.emailDialog();
    const OutreachEmail email = mail->email();
    QVERIFY2(email.subject.startsWith(QStringLiteral("Demande de disponibilité : ")),
        qPrintable(email.subject));
    QVERIFY2(email.body.startsWith(QStringLiteral("Bonjour ")), qPrintable(email.body));
    QVERIFY(email.body.contains(entries[draft].venueName + QStringLiteral(" est-il libre ?")));
    QVERIFY(email.body.endsWith(book.anna.signatureBlock));
    screenshot(mail, QStringLiteral("emailtemplates-draft-fr"));
    mail->reject();
    QTRY_VERIFY(!ws.emailDialog());

    // A venue already asked gets the reminder: no French one was written, so the built-in one.
    ws.openEmailDraft(ws.shortlistModel()->rowOf(entries[asked].row.id));
    QTRY_VERIFY(ws.emailDialog());
    const EmailTemplate reminder
        = EmailTemplate::builtInFor(QStringLiteral("fr"), EmailTemplateKind::Chase);
    const QString expected = fillEmailTemplate(reminder.subject,
        OutreachEmail::placeholderValues(ws.project(), entries[asked],
            { book.anna.name, book.anna.email, book.anna.phone, book.anna.signatureBlock }))
                                 .simplified();
    QCOMPARE(ws.emailDialog()->email().subject, expected);
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
}

void tst_EmailTemplatesDialog::menuForAdminsOnly()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const CurrentUser nina = makeAdmin(*db, QStringLiteral("Nina Admin"));
    CurrentUser max;
    max.id = insertUser(*db, QStringLiteral("Max Planner"));
    max.name = QStringLiteral("Max Planner");
    for (const CurrentUser &person : { nina, max }) {
        MainWindow window(*db, person, makePages(*db, person));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionEmailTemplates"));
        QVERIFY(action);
        QCOMPARE(action->isVisible(), person.isAdmin());
        if (!person.isAdmin())
            continue;
        action->trigger();
        auto *dialog = window.findChild<EmailTemplatesDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isLoading());
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }
}

QTEST_MAIN(tst_EmailTemplatesDialog)
#include "tst_emailtemplatesdialog.moc"
