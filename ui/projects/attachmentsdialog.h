#pragma once

#include "db/database.h"

#include <QDialog>

namespace VenueMap::Ui {

class AttachmentsList;
class MessageBar;

// The files of one venue on a project's shortlist (its contract, the quote's PDF, the floor plan
// it sent): the shared AttachmentsList in a dialog of the project workspace.
class AttachmentsDialog : public QDialog
{
    Q_OBJECT
public:
    AttachmentsDialog(const Core::Database &db, const QString &actingUserId,
        const QString &projectVenueId, const QString &venueName, const QString &projectTitle,
        bool editable, QWidget *parent = nullptr);

    AttachmentsList *list() const { return m_list; }
    MessageBar *messageBar() const { return m_bar; }

Q_SIGNALS:
    // A file was added or removed (the project's activity log has a new entry).
    void attachmentsChanged();

private:
    AttachmentsList *m_list;
    MessageBar *m_bar;
};

} // namespace VenueMap::Ui
