#include "attachmentsdialog.h"

#include "attachmentslist.h"
#include "filesaved.h"
#include "messagebar.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace VenueMap::Ui {

AttachmentsDialog::AttachmentsDialog(const Core::Database &db, const QString &actingUserId,
    const QString &projectVenueId, const QString &venueName, const QString &projectTitle,
    bool editable, QWidget *parent)
    : QDialog(parent)
    , m_list(new AttachmentsList(this))
    , m_bar(new MessageBar(this))
{
    setObjectName(QStringLiteral("attachmentsDialog"));
    setWindowTitle(tr("Files — %1").arg(venueName));
    auto *title = new QLabel(venueName, this);
    title->setTextFormat(Qt::PlainText);
    title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    auto *subtitle = new QLabel(
        tr("Contracts, floor plans, certificates and other files for %1. Every colleague "
           "sees them.")
            .arg(projectTitle),
        this);
    subtitle->setTextFormat(Qt::PlainText);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(QStringLiteral("color: #555;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_bar);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &AttachmentsList::failed, m_bar, &MessageBar::showError);
    connect(m_list, &AttachmentsList::saved, this,
        [this](const QString &sentence, const QString &path) {
            showFileSaved(m_bar, sentence, path);
        });
    connect(
        m_list, &AttachmentsList::attachmentsChanged, this, &AttachmentsDialog::attachmentsChanged);
    m_list->setDatabase(db, actingUserId);
    m_list->setOwner(Core::AttachmentOwner::shortlisted(projectVenueId), editable);
    resize(760, 420);
}

} // namespace VenueMap::Ui
