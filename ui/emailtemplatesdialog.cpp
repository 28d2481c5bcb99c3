#include "emailtemplatesdialog.h"

#include "dialogwork.h"
#include "plaintextlabels.h"
#include "readonlyedits.h"

#include "db/backgroundreader.h"
#include "domain/currency.h"
#include "domain/language.h"
#include "repositories/emailtemplaterepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using namespace VenueMap::Core;

namespace {

// The repository's own sentences (a refused text, a colleague's save, an admin's right) are whole;
// anything else says what was being done.
QString sentenceOf(const DbError &e)
{
    switch (e.kind) {
    case DbError::Kind::Validation:
    case DbError::Kind::Conflict:
    case DbError::Kind::Permission:
        return e.message;
    default:
        return e.sentence();
    }
}

} // namespace

EmailTemplatesDialog::EmailTemplatesDialog(Database db, CurrentUser user, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_user(std::move(user))
    , m_language(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_placeholders(new QListWidget(this))
    , m_insert(new QPushButton(tr("&Insert"), this))
    , m_preview(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_discard(new QPushButton(tr("&Discard Changes"), this))
    , m_restore(new QPushButton(tr("&Restore Built-in…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Email Templates"));
    setObjectName(QStringLiteral("emailTemplatesDialog"));

    for (const DocumentLanguage &l : documentLanguages())
        m_language->addItem(l.name, l.code);
    for (EmailTemplateKind k : allEmailTemplateKinds())
        m_kind->addItem(emailTemplateKindLabel(k), emailTemplateKindKey(k));
    m_state->setWordWrap(true);

    auto *pick = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *kindLabel = new QLabel(tr("&Email:"), this);
    kindLabel->setBuddy(m_kind);
    pick->addWidget(languageLabel);
    pick->addWidget(m_language);
    pick->addSpacing(12);
    pick->addWidget(kindLabel);
    pick->addWidget(m_kind);
    pick->addSpacing(12);
    pick->addWidget(m_state, 1);

    // The editor: subject and body, plain text.
    auto *editor = new QVBoxLayout;
    auto *subjectLabel = new QLabel(tr("S&ubject:"), this);
    subjectLabel->setBuddy(m_subject);
    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    bodyLabel->setBuddy(m_body);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    editor->addWidget(subjectLabel);
    editor->addWidget(m_subject);
    editor->addWidget(bodyLabel);
    editor->addWidget(m_body, 1);
    auto *rule = new QLabel(tr("Placeholders in braces are filled for each venue; a line whose "
                               "placeholders are all empty is left out. Write {{ or }} for a "
                               "brace of its own."),
        this);
    rule->setWordWrap(true);
    editor->addWidget(rule);

    // Beside it: the placeholders, and the email as a venue would read it.
    auto *side = new QVBoxLayout;
    auto *placeholdersLabel = new QLabel(tr("&Placeholders:"), this);
    placeholdersLabel->setBuddy(m_placeholders);
    for (const QString &name : emailPlaceholders()) {
        auto *item = new QListWidgetItem(
            tr("{%1} — %2").arg(name, emailPlaceholderDescription(name)), m_placeholders);
        item->setData(Qt::UserRole, name);
    }
    m_placeholders->setObjectName(QStringLiteral("placeholders"));
    m_placeholders->setCurrentRow(0);
    const int rowHeight = m_placeholders->sizeHintForRow(0);
    m_placeholders->setFixedHeight(rowHeight * 8 + 2 * m_placeholders->frameWidth());
    m_insert->setToolTip(tr("Put the placeholder where the cursor is in the subject or body"));
    auto *insertRow = new QHBoxLayout;
    insertRow->addWidget(placeholdersLabel);
    insertRow->addStretch(1);
    insertRow->addWidget(m_insert);
    side->addLayout(insertRow);
    side->addWidget(m_placeholders);
    auto *previewLabel = new QLabel(tr("Preview with a sample project:"), this);
    previewLabel->setBuddy(m_preview);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    side->addWidget(previewLabel);
    side->addWidget(m_preview, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(editor, 1);
    columns->addSpacing(8);
    columns->addLayout(side, 1);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    m_save->setDefault(true);
    m_restore->setToolTip(tr("Remove the team's text: emails use the app's own text again"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(1000, 640);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { showCurrent(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { showCurrent(); });
    connect(m_subject, &QLineEdit::textChanged, this, [this] { textEdited(); });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] { textEdited(); });
    m_lastEdit = m_body;
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_subject || now == m_body)
            m_lastEdit = now;
    });
    connect(m_insert, &QPushButton::clicked, this, &EmailTemplatesDialog::insertPlaceholder);
    connect(m_placeholders, &QListWidget::itemActivated, this,
        &EmailTemplatesDialog::insertPlaceholder);
    connect(m_save, &QPushButton::clicked, this, &EmailTemplatesDialog::save);
    connect(m_discard, &QPushButton::clicked, this, &EmailTemplatesDialog::discardChanges);
    connect(m_restore, &QPushButton::clicked, this, &EmailTemplatesDialog::restoreBuiltIn);
    connect(m_close, &QPushButton::clicked, this, &EmailTemplatesDialog::reject);

    showLabelsAsPlainText(this);
    m_state->setText(tr("Reading the team's templates…"));
    updateButtons();

    // The team's templates, off the GUI thread.
    m_reader = std::make_unique<BackgroundReader>(m_db, QStringLiteral("email-templates"));
    m_reader->read<QList<EmailTemplate>>(
        [](const Database &db) { return EmailTemplateRepository(db, {}).fetchStored(); },
        [this](const Result<QList<EmailTemplate>> &stored) {
            m_loading = false;
            if (!stored) {
                say(sentenceOf(stored.error()), true);
            } else {
                for (const EmailTemplate &t : *stored)
                    m_stored.insert(keyOf(t.language, t.kind), t);
            }
            showCurrent();
        });
}

EmailTemplatesDialog::~EmailTemplatesDialog() = default;

EmailTemplatesDialog::Key EmailTemplatesDialog::keyOf(
    const QString &language, EmailTemplateKind kind)
{
    return language + QLatin1Char('/') + emailTemplateKindKey(kind);
}

EmailTemplatesDialog::Key EmailTemplatesDialog::currentKey() const
{
    return m_language->currentData().toString() + QLatin1Char('/')
        + m_kind->currentData().toString();
}

EmailTemplate EmailTemplatesDialog::storedOf(const Key &key) const
{
    if (const auto it = m_stored.constFind(key); it != m_stored.cend())
        return *it;
    return EmailTemplate::builtInFor(key.section(QLatin1Char('/'), 0, 0),
        emailTemplateKindFromKey(key.section(QLatin1Char('/'), 1, 1))
            .value_or(EmailTemplateKind::Request));
}

void EmailTemplatesDialog::showTemplate(const QString &language, EmailTemplateKind kind)
{
    m_language->setCurrentIndex(m_language->findData(language));
    m_kind->setCurrentIndex(m_kind->findData(emailTemplateKindKey(kind)));
}

void EmailTemplatesDialog::showCurrent()
{
    if (m_loading)
        return;
    const Key key = currentKey();
    const EmailTemplate stored = storedOf(key);
    const auto edit = m_edits.constFind(key);
    m_showing = true; // setting the texts is not an edit
    m_subject->setText(edit != m_edits.cend() ? edit->first : stored.subject);
    m_body->setPlainText(edit != m_edits.cend() ? edit->second : stored.body);
    m_showing = false;
    if (stored.builtIn)
        m_state->setText(tr("The app's built-in text: the team has not written its own."));
    else if (!stored.updatedByName.isEmpty())
        m_state->setText(tr("The team's text, saved by %1 on %2.")
                             .arg(stored.updatedByName, displayDateTime(stored.updatedAt)));
    else
        m_state->setText(
            tr("The team's text, saved on %1.").arg(displayDateTime(stored.updatedAt)));
    updatePreview();
    updateButtons();
}

void EmailTemplatesDialog::textEdited()
{
    if (m_showing || m_loading)
        return;
    const Key key = currentKey();
    const EmailTemplate stored = storedOf(key);
    const QString subject = m_subject->text();
    const QString body = m_body->toPlainText();
    if (subject == stored.subject && body == stored.body)
        m_edits.remove(key);
    else
        m_edits.insert(key, { subject, body });
    updatePreview();
    updateButtons();
}

void EmailTemplatesDialog::updatePreview()
{
    EmailTemplate t = storedOf(currentKey());
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    const OutreachEmail mail = OutreachEmail::sample(t);
    m_preview->setPlainText(tr("To: %1\nSubject: %2\n\n%3").arg(mail.to, mail.subject, mail.body));
}

void EmailTemplatesDialog::updateButtons()
{
    const bool admin = m_user.isAdmin();
    const bool busy = m_loading || DialogWork::isBusy(this);
    const Key key = currentKey();
    const bool edited = m_edits.contains(key);
    // A read-only database: everything can be looked at, nothing typed that could not be saved.
    m_subject->setReadOnly(!admin || m_loading || m_db.isReadOnly());
    m_body->setReadOnly(!admin || m_loading || m_db.isReadOnly());
    m_insert->setEnabled(admin && !busy);
    m_save->setEnabled(admin && !busy && edited);
    m_discard->setEnabled(!busy && edited);
    m_restore->setEnabled(admin && !busy && m_stored.contains(key));
    if (!admin) {
        const QString why = tr("Only an admin can change the email templates.");
        for (QWidget *w : { static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_restore),
                 static_cast<QWidget *>(m_insert) })
            w->setToolTip(why);
    }
    ReadOnlyEdits::apply(m_db, { m_save, m_restore, m_insert });
}

void EmailTemplatesDialog::say(const QString &sentence, bool problem)
{
    m_message->setText(sentence);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!sentence.isEmpty());
}

QString EmailTemplatesDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString EmailTemplatesDialog::stateText() const
{
    return m_state->text();
}

void EmailTemplatesDialog::insertPlaceholder()
{
    const QListWidgetItem *item = m_placeholders->currentItem();
    if (!item || m_subject->isReadOnly())
        return;
    const QString text = QLatin1Char('{') + item->data(Qt::UserRole).toString() + QLatin1Char('}');
    if (m_lastEdit == m_subject) {
        m_subject->insert(text);
        m_subject->setFocus();
    } else {
        m_body->insertPlainText(text);
        m_body->setFocus();
    }
}

void EmailTemplatesDialog::save()
{
    const Key key = currentKey();
    if (!m_user.isAdmin() || !m_edits.contains(key))
        return;
    EmailTemplate t = storedOf(key);
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    // Refused before a round trip when the text cannot be saved; the repository checks again.
    const QString problem = !emailSubjectProblem(t.subject).isEmpty()
        ? emailSubjectProblem(t.subject)
        : emailBodyProblem(t.body);
    if (!problem.isEmpty()) {
        say(problem, true);
        return;
    }
    const auto outcome = DialogWork::run<EmailTemplate>(
        this, m_db, QStringLiteral("email-templates"), [t, userId = m_user.id](const Database &db) {
            return EmailTemplateRepository(db, userId).save(t);
        });
    if (!outcome)
        return;
    if (!*outcome) {
        say(sentenceOf(outcome->error()), true);
        if (outcome->error().kind == DbError::Kind::Conflict)
            reread(key);
        updateButtons();
        return;
    }
    m_stored.insert(key, **outcome);
    m_edits.remove(key);
    say(tr("Saved. Emails in %1 now use the team's “%2” text.")
            .arg(documentLanguageName(t.language), emailTemplateKindLabel(t.kind)),
        false);
    showCurrent();
}

void EmailTemplatesDialog::reread(const Key &key)
{
    const EmailTemplate shown = storedOf(key);
    const auto now = DialogWork::run<std::optional<EmailTemplate>>(
        this, m_db, QStringLiteral("email-templates"), [shown](const Database &db) {
            return EmailTemplateRepository(db, {}).fetchStored(shown.language, shown.kind);
        });
    if (!now || !*now)
        return;
    if (now->value().has_value())
        m_stored.insert(key, *now->value());
    else
        m_stored.remove(key);
    // The person's text stays in the editor (an edit of theirs against the colleague's row now).
    const QString subject = m_subject->text();
    const QString body = m_body->toPlainText();
    const EmailTemplate theirs = storedOf(key);
    if (subject != theirs.subject || body != theirs.body)
        m_edits.insert(key, { subject, body });
    else
        m_edits.remove(key);
    const QString sentence = message();
    showCurrent();
    say(sentence, true);
}

void EmailTemplatesDialog::discardChanges()
{
    m_edits.remove(currentKey());
    say({}, false);
    showCurrent();
}

void EmailTemplatesDialog::restoreBuiltIn()
{
    const Key key = currentKey();
    if (!m_user.isAdmin() || !m_stored.contains(key) || m_question)
        return;
    const EmailTemplate stored = storedOf(key);
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Restore Built-in Text"),
        tr("Remove the team's “%1” text in %2?")
            .arg(emailTemplateKindLabel(stored.kind), documentLanguageName(stored.language)),
        QMessageBox::NoButton, this);
    ask->setTextFormat(Qt::PlainText);
    ask->setInformativeText(tr("Emails in this language then use the app's built-in text. The "
                               "team's text cannot be brought back."));
    ask->addButton(tr("&Restore Built-in"), QMessageBox::DestructiveRole);
    ask->addButton(tr("&Keep the Team's Text"), QMessageBox::RejectRole);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    m_question = ask;
    connect(ask, &QDialog::finished, this, [this] { m_question.clear(); });
    connect(ask, &QMessageBox::buttonClicked, this, [this, ask, key](QAbstractButton *b) {
        if (ask->buttonRole(b) == QMessageBox::DestructiveRole && key == currentKey())
            restoreConfirmed();
    });
    ask->open();
}

void EmailTemplatesDialog::restoreConfirmed()
{
    const Key key = currentKey();
    const EmailTemplate stored = storedOf(key);
    const auto outcome = DialogWork::run<bool>(this, m_db, QStringLiteral("email-templates"),
        [stored, userId = m_user.id](const Database &db) -> Result<bool> {
            if (const Status done
                = EmailTemplateRepository(db, userId)
                      .restoreBuiltIn(stored.language, stored.kind, stored.version);
                !done)
                return done.error();
            return true;
        });
    if (!outcome)
        return;
    if (!*outcome) {
        say(sentenceOf(outcome->error()), true);
        if (outcome->error().kind == DbError::Kind::Conflict)
            reread(key);
        updateButtons();
        return;
    }
    m_stored.remove(key);
    m_edits.remove(key);
    say(tr("Restored. Emails in %1 use the app's built-in “%2” text again.")
            .arg(documentLanguageName(stored.language), emailTemplateKindLabel(stored.kind)),
        false);
    showCurrent();
}

void EmailTemplatesDialog::reject()
{
    if (DialogWork::isBusy(this))
        return;
    if (m_edits.isEmpty() || m_closing) {
        QDialog::reject();
        return;
    }
    if (m_question)
        return;
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
        tr("Close without saving your changes to %n template(s)?", nullptr, int(m_edits.size())),
        QMessageBox::NoButton, this);
    ask->setTextFormat(Qt::PlainText);
    ask->addButton(tr("&Discard Changes"), QMessageBox::DestructiveRole);
    ask->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    m_question = ask;
    connect(ask, &QDialog::finished, this, [this] { m_question.clear(); });
    connect(ask, &QMessageBox::buttonClicked, this, [this, ask](QAbstractButton *b) {
        if (ask->buttonRole(b) != QMessageBox::DestructiveRole)
            return;
        m_closing = true;
        QDialog::reject();
    });
    ask->open();
}

} // namespace VenueMap::Ui
