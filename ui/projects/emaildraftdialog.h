#pragma once

#include "domain/outreachemail.h"

#include <QDialog>

namespace Ui {
class EmailDraftDialog;
}

namespace VenueMap::Ui {

// The outreach email to one venue: the person copies it or opens their mail app with it, and
// once they say they sent it, the workspace marks the venue sent.
class EmailDraftDialog : public QDialog
{
    Q_OBJECT
public:
    EmailDraftDialog(const Core::OutreachEmail &email, const QString &venueName, bool alreadySent,
        bool reminder, QWidget *parent = nullptr);
    ~EmailDraftDialog() override;

    Core::OutreachEmail email() const;
    ::Ui::EmailDraftDialog *form() const { return m_ui; }
    void copyToClipboard();
    void openMailApp();

Q_SIGNALS:
    // The person copied the draft or handed it to the mail app.
    void drafted();
    // The person confirmed the email went out.
    void markSentRequested();

private:
    ::Ui::EmailDraftDialog *m_ui;
};

} // namespace VenueMap::Ui
