#include "emaildraftdialog.h"
#include "plaintextlabels.h"

#include "ui_emaildraftdialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

namespace VenueMap::Ui {

EmailDraftDialog::EmailDraftDialog(const Core::OutreachEmail &email, const QString &venueName,
    bool alreadySent, bool reminder, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::EmailDraftDialog)
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    setWindowTitle(tr("Email to %1").arg(venueName));
    m_ui->toEdit->setText(email.to);
    m_ui->subjectEdit->setText(email.subject);
    m_ui->bodyEdit->setPlainText(email.body);
    m_ui->markSentButton->setEnabled(false);
    m_ui->markSentButton->setVisible(!alreadySent);
    m_ui->hintLabel->setText(email.to.isEmpty()
            ? tr("%1 has no contact email in the venue book; add the address here or in the book.")
                  .arg(venueName)
            : reminder    ? tr("This venue was already asked; this draft is a reminder.")
            : alreadySent ? QString() // it answered: a fresh request, nothing to mark
                          : tr("Copy the draft or open it in your mail app; after you send it, "
                               "mark the venue as sent."));
    m_ui->hintLabel->setVisible(!m_ui->hintLabel->text().isEmpty());
    connect(m_ui->copyButton, &QPushButton::clicked, this, &EmailDraftDialog::copyToClipboard);
    connect(m_ui->mailButton, &QPushButton::clicked, this, &EmailDraftDialog::openMailApp);
    connect(m_ui->markSentButton, &QPushButton::clicked, this, [this] {
        Q_EMIT markSentRequested();
        accept();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

EmailDraftDialog::~EmailDraftDialog()
{
    delete m_ui;
}

Core::OutreachEmail EmailDraftDialog::email() const
{
    return { m_ui->toEdit->text().trimmed(), m_ui->subjectEdit->text(),
        m_ui->bodyEdit->toPlainText() };
}

void EmailDraftDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(email().plainText());
    m_ui->markSentButton->setEnabled(true);
    m_ui->hintLabel->setText(tr("Copied. Once you have sent it, mark the venue as sent."));
    Q_EMIT drafted();
}

void EmailDraftDialog::openMailApp()
{
    if (!QDesktopServices::openUrl(email().mailtoUrl()))
        m_ui->hintLabel->setText(tr("No mail app answered; copy the draft instead."));
    else
        m_ui->hintLabel->setText(
            tr("Handed to your mail app. Once you have sent it, mark the venue as sent."));
    m_ui->markSentButton->setEnabled(true);
    Q_EMIT drafted();
}

} // namespace VenueMap::Ui
