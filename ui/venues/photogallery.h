#pragma once

#include "db/database.h"
#include "domain/photo.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace VenueMap::Core {
class BackgroundReader;
}

namespace VenueMap::Ui {

// The photos of one venue in the detail pane: thumbnails, add (file chooser or drag and drop),
// caption, reorder, remove, and a larger view. Talks to PhotoRepository only.
class PhotoGallery : public QWidget
{
    Q_OBJECT
public:
    explicit PhotoGallery(QWidget *parent = nullptr);
    ~PhotoGallery() override;

    void setDatabase(const Core::Database &db);
    // Shows the photos of `venueId` (none when empty); `editable` false for a deleted venue.
    void setVenue(const QString &venueId, bool editable = true);
    QString venueId() const { return m_venueId; }

    // Adds the files, refusing non-images and files over 10 MB with a sentence each.
    void addFiles(const QStringList &paths);
    void chooseFiles();
    void removeSelected();
    void moveSelected(int delta);
    void editCaption();
    // Opens the photo viewer on the current photo; it steps through the venue's photos with
    // Previous/Next (←/→).
    void viewSelected();
    // The open viewer, or null.
    QDialog *viewer() const { return m_viewer; }
    // Shows photo `row` of the list in the viewer (wrapping around); false when it cannot.
    bool showInViewer(int row);
    int viewerRow() const { return m_viewerRow; }
    int count() const;
    // Whether the photos of the venue shown are still on their way from the database.
    bool isLoading() const { return m_pending; }
    QListWidget *list() const { return m_list; }
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void failed(const VenueMap::Core::DbError &error);
    void photosChanged(const QString &venueId);
    // The photos of `venueId` are shown (loaded off the GUI thread).
    void loaded(const QString &venueId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload(const QString &selectId = {});
    void showLoaded();
    void onItemChanged(QListWidgetItem *item);
    void updateButtons();
    void report(const Core::DbError &error);

    std::optional<Core::Database> m_db;
    std::unique_ptr<Core::BackgroundReader> m_reader;
    QString m_venueId;
    QString m_shownVenueId; // whose photos the list holds
    bool m_pending = false;
    bool m_editable = true;
    bool m_loading = false;
    QString m_lastMessage;
    QPointer<QDialog> m_viewer;
    struct ViewerParts
    {
        QLabel *picture = nullptr, *caption = nullptr, *position = nullptr;
        QPushButton *previous = nullptr, *next = nullptr;
    } m_viewerParts; // the open viewer's controls
    int m_viewerRow = -1;
    QListWidget *m_list;
    QLabel *m_hint;
    QToolButton *m_add;
    QToolButton *m_caption;
    QToolButton *m_earlier;
    QToolButton *m_later;
    QToolButton *m_remove;
};

} // namespace VenueMap::Ui
