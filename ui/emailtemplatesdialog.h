#pragma once

#include "auth/session.h"
#include "db/database.h"
#include "domain/outreachemail.h"

#include <QDialog>
#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace VenueMap::Core {
class BackgroundReader;
}

namespace VenueMap::Ui {

// Data ▸ Email Templates… (admins): the team's outreach email per language of client documents
// and kind (request, reminder), stored in the database. Subject and body are plain text with
// placeholders offered in a list, previewed live with a sample project; Save at the version read
// (a colleague's save in between is said, and their text is kept), Restore Built-in after asking.
// Edits of several templates are kept while switching between them, until saved or discarded.
class EmailTemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    EmailTemplatesDialog(Core::Database db, Core::CurrentUser user, QWidget *parent = nullptr);
    ~EmailTemplatesDialog() override;

    // Shows the template of `language` and `kind` (as the pickers do).
    void showTemplate(const QString &language, Core::EmailTemplateKind kind);
    bool isLoading() const { return m_loading; }
    QComboBox *languagePicker() const { return m_language; }
    QComboBox *kindPicker() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QListWidget *placeholderList() const { return m_placeholders; }
    QPushButton *insertButton() const { return m_insert; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *restoreButton() const { return m_restore; }
    // The sentence under the editor (what was saved, or why not); empty when none.
    QString message() const;
    // What the line above the editor says about the template shown ("Built-in text", who saved).
    QString stateText() const;
    // The question Restore Built-in… and closing with unsaved edits ask (null when none is open).
    QMessageBox *question() const { return m_question; }

public Q_SLOTS:
    void save();
    void discardChanges();
    // Asks first; removes the team's template once confirmed.
    void restoreBuiltIn();
    // Puts the chosen placeholder where the cursor is, in the subject or the body.
    void insertPlaceholder();
    void reject() override;

private:
    using Key = QString; // "fr/request"
    static Key keyOf(const QString &language, Core::EmailTemplateKind kind);
    Key currentKey() const;
    // The template as stored (or built-in) for `key`.
    Core::EmailTemplate storedOf(const Key &key) const;
    void showCurrent();
    void textEdited();
    void updatePreview();
    void updateButtons();
    void say(const QString &sentence, bool problem);
    void restoreConfirmed();
    // After a conflict: the row as it is now, read again; the edit stays in the editor.
    void reread(const Key &key);

    Core::Database m_db;
    Core::CurrentUser m_user;
    std::unique_ptr<Core::BackgroundReader> m_reader;
    QHash<Key, Core::EmailTemplate> m_stored; // the team's rows
    QHash<Key, QPair<QString, QString>> m_edits; // unsaved subject and body per template
    bool m_loading = true;
    bool m_showing = false;
    bool m_closing = false;
    QWidget *m_lastEdit = nullptr; // the subject or the body: where Insert puts a placeholder

    QComboBox *m_language;
    QComboBox *m_kind;
    QLabel *m_state;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QListWidget *m_placeholders;
    QPushButton *m_insert;
    QPlainTextEdit *m_preview;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_discard;
    QPushButton *m_restore;
    QPushButton *m_close;
    QPointer<QMessageBox> m_question;
};

} // namespace VenueMap::Ui
