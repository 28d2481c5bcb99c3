#pragma once

#include "db/database.h"
#include "domain/attachment.h"
#include "repositories/attachmentrepository.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QMessageBox;
class QTemporaryDir;
class QToolButton;
class QTreeWidget;
class QUrl;

namespace VenueMap::Core {
class BackgroundReader;
}

namespace VenueMap::Ui {

// The files of one venue or one shortlisted venue (contracts, floor plans, insurance
// certificates, the venue's brochure): a list with name, kind, size, who and when; Add (file
// chooser or drag and drop), Open (a private copy handed to the desktop's viewer; nothing is
// interpreted here), Save As and Remove (asks first). Used in the venue detail pane and in the
// project workspace's Files dialog; talks to AttachmentRepository only, off the GUI thread.
class AttachmentsList : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, SizeColumn, ByColumn, AddedColumn, ColumnCount };

    explicit AttachmentsList(QWidget *parent = nullptr);
    ~AttachmentsList() override;

    // `actingUserId` empty: the signed-in person (Session) at the time of each change.
    void setDatabase(const Core::Database &db, const QString &actingUserId = {});
    // Shows the files of `owner` (none when it names nobody); `editable` false for a deleted venue.
    void setOwner(const Core::AttachmentOwner &owner, bool editable = true);
    const Core::AttachmentOwner &owner() const { return m_owner; }

    // Adds the files as `kind` (by default the kind each name suggests), refusing each bad one
    // with a sentence naming it.
    void addFiles(
        const QStringList &paths, std::optional<Core::AttachmentKind> kind = std::nullopt);
    // The file chooser; the files chosen are added as `kind` (Add's menu: "Add as Contract…").
    void chooseFiles(std::optional<Core::AttachmentKind> kind = std::nullopt);
    // Writes a private copy of the current file and hands it to the desktop's viewer.
    void openSelected();
    void saveSelectedAs();
    // Writes the current file to `path`; false (and a sentence) when it cannot.
    bool saveSelectedTo(const QString &path);
    // Asks whether to remove the current file; removes it when the person says yes.
    void removeSelected();
    // The open "Remove …?" question, or null.
    QMessageBox *pendingQuestion() const;

    // What opens a copy (QDesktopServices::openUrl unless a test replaces it).
    void setOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }
    QString lastOpenedPath() const { return m_lastOpened; }

    int count() const;
    bool isLoading() const { return m_pending; }
    QTreeWidget *list() const { return m_list; }
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void failed(const VenueMap::Core::DbError &error);
    // Save As wrote a copy: "Saved contract.pdf as /home/…/contract.pdf.", and where.
    void saved(const QString &sentence, const QString &path);
    void attachmentsChanged();
    // The files of the current owner are shown (loaded off the GUI thread).
    void loaded();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload(const QString &selectId = {});
    void updateButtons();
    void report(const Core::DbError &error);
    QString currentId() const;
    QString currentName() const;
    QString userId() const;
    void removeNow(const QString &id);

    std::optional<Core::Database> m_db;
    QString m_userId;
    std::unique_ptr<Core::BackgroundReader> m_reader;
    std::unique_ptr<QTemporaryDir> m_copies; // private copies handed to the desktop's viewer
    Core::AttachmentOwner m_owner;
    bool m_editable = true;
    bool m_pending = false;
    QString m_lastMessage;
    QString m_lastOpened;
    std::function<bool(const QUrl &)> m_opener;
    QPointer<QMessageBox> m_question;
    QTreeWidget *m_list;
    QLabel *m_hint;
    QToolButton *m_add;
    QToolButton *m_open;
    QToolButton *m_save;
    QToolButton *m_remove;
};

} // namespace VenueMap::Ui
