#include "photogallery.h"

#include "db/backgroundreader.h"
#include "readonlyedits.h"
#include "repositories/photorepository.h"

#include <QDialog>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace VenueMap::Ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

PhotoGallery::PhotoGallery(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_add(new QToolButton(this))
    , m_caption(new QToolButton(this))
    , m_earlier(new QToolButton(this))
    , m_later(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    setAcceptDrops(true);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(144, 108));
    m_list->setGridSize(QSize(160, 142));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(160);
    m_list->setMaximumHeight(320);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setAcceptDrops(false); // drops go to the gallery
    m_hint->setText(tr("No photos yet. Drop image files here or choose Add."));
    m_hint->setStyleSheet(QStringLiteral("color: #777;"));
    m_hint->setWordWrap(true);

    m_add->setText(tr("Add…"));
    m_caption->setText(tr("Caption"));
    m_earlier->setText(tr("◀"));
    m_earlier->setToolTip(tr("Move earlier"));
    m_later->setText(tr("▶"));
    m_later->setToolTip(tr("Move later"));
    m_remove->setText(tr("Remove"));
    m_add->setObjectName(QStringLiteral("addPhotoButton"));
    m_caption->setObjectName(QStringLiteral("captionPhotoButton"));
    m_earlier->setObjectName(QStringLiteral("earlierPhotoButton"));
    m_later->setObjectName(QStringLiteral("laterPhotoButton"));
    m_remove->setObjectName(QStringLiteral("removePhotoButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *b : { m_add, m_caption, m_earlier, m_later, m_remove })
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &PhotoGallery::chooseFiles);
    connect(m_caption, &QToolButton::clicked, this, &PhotoGallery::editCaption);
    connect(m_earlier, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_later, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_remove, &QToolButton::clicked, this, &PhotoGallery::removeSelected);
    connect(m_list, &QListWidget::itemChanged, this, &PhotoGallery::onItemChanged);
    connect(m_list, &QListWidget::itemActivated, this, &PhotoGallery::viewSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &PhotoGallery::updateButtons);
    updateButtons();
}

PhotoGallery::~PhotoGallery() = default;

void PhotoGallery::setDatabase(const Core::Database &db)
{
    m_db = db;
    m_reader = std::make_unique<Core::BackgroundReader>(
        db, Core::uniqueConnectionName(db, QStringLiteral("photos")));
}

void PhotoGallery::setVenue(const QString &venueId, bool editable)
{
    m_venueId = venueId;
    m_editable = editable && !(m_db && m_db->isReadOnly());
    reload();
}

int PhotoGallery::count() const
{
    return m_list->count();
}

void PhotoGallery::report(const Core::DbError &error)
{
    m_lastMessage = error.sentence();
    Q_EMIT failed(error);
}

namespace {
// What the worker thread hands over: the rows and their thumbnails already decoded.
struct LoadedPhoto
{
    Core::Photo photo;
    QImage thumbnail;
};
} // namespace

void PhotoGallery::reload(const QString &selectId)
{
    const bool sameVenue = m_shownVenueId == m_venueId;
    if (!sameVenue) {
        // Another venue: never show the last one's photos while this one's load.
        m_loading = true;
        m_list->clear();
        m_loading = false;
    }
    m_shownVenueId = m_venueId;
    if (!m_reader || m_venueId.isEmpty()) {
        if (m_reader)
            m_reader->cancel();
        m_pending = false;
        showLoaded();
        return;
    }
    m_pending = true;
    if (!sameVenue)
        showLoaded();
    const QString venueId = m_venueId;
    m_reader->read<QList<LoadedPhoto>>(
        [venueId](const Core::Database &db) -> Core::Result<QList<LoadedPhoto>> {
            auto photos = Core::PhotoRepository(db).fetchPhotos(venueId);
            if (!photos)
                return photos.error();
            QList<LoadedPhoto> out;
            for (const Core::Photo &p : *photos) {
                LoadedPhoto loaded { p, QImage() };
                loaded.thumbnail.loadFromData(p.thumbnail, "JPEG");
                loaded.photo.thumbnail.clear();
                out.append(loaded);
            }
            return out;
        },
        [this, selectId](const Core::Result<QList<LoadedPhoto>> &photos) {
            m_pending = false;
            m_loading = true;
            m_list->clear();
            if (!photos) {
                report(photos.error());
            } else {
                for (const LoadedPhoto &loaded : *photos) {
                    const Core::Photo &p = loaded.photo;
                    auto *item = new QListWidgetItem(
                        QIcon(QPixmap::fromImage(loaded.thumbnail)), p.caption, m_list);
                    item->setData(kIdRole, p.id);
                    item->setToolTip(tr("%1 × %2 pixels. Double-click for a larger view.")
                                         .arg(p.width)
                                         .arg(p.height));
                    item->setFlags(
                        item->flags() | (m_editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
                    if (p.id == selectId)
                        m_list->setCurrentItem(item);
                }
            }
            m_loading = false;
            showLoaded();
            Q_EMIT loaded(m_venueId);
        });
}

void PhotoGallery::showLoaded()
{
    m_list->setVisible(m_list->count() > 0);
    m_hint->setVisible(m_list->count() == 0);
    m_hint->setText(m_venueId.isEmpty() ? QString()
            : m_pending                 ? tr("Loading photos…")
            : m_editable                ? tr("No photos yet. Drop image files here or choose Add.")
                                        : tr("No photos."));
    updateButtons();
}

void PhotoGallery::updateButtons()
{
    const bool has = !m_venueId.isEmpty() && m_editable;
    const int row = m_list->currentRow();
    m_add->setEnabled(has);
    m_caption->setEnabled(has && row >= 0);
    m_remove->setEnabled(has && row >= 0);
    m_earlier->setEnabled(has && row > 0);
    m_later->setEnabled(has && row >= 0 && row < m_list->count() - 1);
    if (m_db)
        ReadOnlyEdits::apply(*m_db, { m_add, m_caption, m_remove, m_earlier, m_later });
}

void PhotoGallery::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Add photos"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &PhotoGallery::addFiles);
    dialog->open();
}

namespace {
// A change to the photos (or reading one at full size) on a connection of its own, while the
// window keeps painting: a photo is megabytes, a distant server takes its time.
template <typename T>
Core::Result<T> onOwnConnection(
    const Core::Database &db, const std::function<Core::Result<T>(Core::PhotoRepository &)> &job)
{
    return Core::runOnOwnConnection<T>(
        db, QStringLiteral("photos"), [&job](const Core::Database &own) {
            Core::PhotoRepository repo(own);
            return job(repo);
        });
}

Core::Status onOwnConnection(
    const Core::Database &db, const std::function<Core::Status(Core::PhotoRepository &)> &job)
{
    const auto done
        = onOwnConnection<bool>(db, [&job](Core::PhotoRepository &repo) -> Core::Result<bool> {
              if (auto s = job(repo); !s)
                  return s.error();
              return true;
          });
    return done ? Core::Status() : Core::Status(done.error());
}
} // namespace

void PhotoGallery::addFiles(const QStringList &paths)
{
    if (!m_db || m_venueId.isEmpty() || !m_editable)
        return;
    QString last;
    m_lastMessage.clear();
    // Each file is read, scaled and written off the GUI thread; the errors are said here.
    QList<Core::DbError> errors;
    const auto added = onOwnConnection<QString>(*m_db,
        [&paths, &errors, venueId = m_venueId](
            Core::PhotoRepository &repo) -> Core::Result<QString> {
            QString lastId;
            for (const QString &path : paths) {
                auto photo = repo.addPhotoFile(venueId, path);
                if (!photo)
                    errors << photo.error();
                else
                    lastId = photo->id;
            }
            return lastId;
        });
    if (!added)
        errors << added.error();
    else
        last = *added;
    for (const Core::DbError &e : errors)
        report(e);
    reload(last);
    if (!last.isEmpty())
        Q_EMIT photosChanged(m_venueId);
}

void PhotoGallery::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!m_db || !item)
        return;
    const QString id = item->data(kIdRole).toString();
    if (auto s = onOwnConnection(
            *m_db, [&id](Core::PhotoRepository &repo) { return repo.removePhoto(id); });
        !s)
        report(s.error());
    reload();
    Q_EMIT photosChanged(m_venueId);
}

void PhotoGallery::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (!m_db || row < 0 || to < 0 || to >= m_list->count())
        return;
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(kIdRole).toString();
    const QString moved = ids.at(row);
    ids.move(row, to);
    if (auto s = onOwnConnection(*m_db,
            [&ids, venueId = m_venueId](
                Core::PhotoRepository &repo) { return repo.reorder(venueId, ids); });
        !s)
        report(s.error());
    reload(moved);
    Q_EMIT photosChanged(m_venueId);
}

void PhotoGallery::editCaption()
{
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

void PhotoGallery::onItemChanged(QListWidgetItem *item)
{
    if (m_loading || !m_db)
        return;
    const QString id = item->data(kIdRole).toString();
    const QString caption = item->text();
    if (auto s = onOwnConnection(*m_db,
            [&id, &caption](Core::PhotoRepository &repo) { return repo.setCaption(id, caption); });
        !s)
        report(s.error());
}

namespace {
// The photo viewer: ← and → step through the photos wherever the focus is in it.
class PhotoViewerDialog : public QDialog
{
public:
    std::function<void(int)> step;
    using QDialog::QDialog;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            const int delta = key->key() == Qt::Key_Left ? -1 : key->key() == Qt::Key_Right ? 1 : 0;
            if (delta != 0 && key->modifiers() == Qt::NoModifier) {
                event->accept();
                if (event->type() == QEvent::KeyPress && step)
                    step(delta);
                return true;
            }
        }
        return QDialog::event(event);
    }
};
} // namespace

void PhotoGallery::viewSelected()
{
    if (!m_db || !m_list->currentItem())
        return;
    if (m_viewer)
        m_viewer->close();
    auto *dialog = new PhotoViewerDialog(this);
    dialog->step = [this](int delta) { showInViewer(m_viewerRow + delta); };
    dialog->setObjectName(QStringLiteral("photoViewer"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *picture = new QLabel(dialog);
    picture->setObjectName(QStringLiteral("viewerPicture"));
    picture->setAlignment(Qt::AlignCenter);
    auto *caption = new QLabel(dialog);
    caption->setObjectName(QStringLiteral("viewerCaption"));
    caption->setTextFormat(Qt::PlainText);
    caption->setAlignment(Qt::AlignCenter);
    auto *previous = new QPushButton(tr("‹ &Previous"), dialog);
    previous->setObjectName(QStringLiteral("viewerPrevious"));
    previous->setFocusPolicy(Qt::NoFocus); // the arrows step, they do not move the focus
    previous->setToolTip(tr("Previous photo (←)"));
    auto *next = new QPushButton(tr("&Next ›"), dialog);
    next->setObjectName(QStringLiteral("viewerNext"));
    next->setFocusPolicy(Qt::NoFocus);
    next->setToolTip(tr("Next photo (→)"));
    auto *position = new QLabel(dialog);
    position->setObjectName(QStringLiteral("viewerPosition"));
    auto *steps = new QHBoxLayout;
    steps->addWidget(previous);
    steps->addStretch();
    steps->addWidget(position);
    steps->addStretch();
    steps->addWidget(next);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(picture, 1);
    layout->addWidget(caption);
    layout->addLayout(steps);
    connect(previous, &QPushButton::clicked, this, [this] { showInViewer(m_viewerRow - 1); });
    connect(next, &QPushButton::clicked, this, [this] { showInViewer(m_viewerRow + 1); });
    m_viewer = dialog;
    m_viewerParts = { picture, caption, position, previous, next };
    if (!showInViewer(m_list->currentRow())) {
        dialog->deleteLater();
        return;
    }
    dialog->open();
}

bool PhotoGallery::showInViewer(int row)
{
    const int n = m_list->count();
    if (!m_viewer || !m_db || n == 0)
        return false;
    row = ((row % n) + n) % n; // past the last comes the first
    const QString id = m_list->item(row)->data(kIdRole).toString();
    auto photo = onOwnConnection<Core::Photo>(
        *m_db, [&id](Core::PhotoRepository &repo) { return repo.fetchPhoto(id); });
    if (!photo) {
        report(photo.error());
        return false;
    }
    m_viewerRow = row;
    m_list->setCurrentRow(row);
    QPixmap pix;
    pix.loadFromData(photo->data);
    // At most what the screen has room for, beside the caption and the buttons.
    QSize room(1000, 700);
    if (const QScreen *screen = this->screen())
        room = room.boundedTo(screen->availableSize() - QSize(120, 200));
    m_viewer->setWindowTitle(photo->caption.isEmpty() ? tr("Photo") : photo->caption);
    m_viewerParts.picture->setPixmap(
        pix.scaled(room.boundedTo(pix.size()), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_viewerParts.caption->setText(photo->caption);
    m_viewerParts.position->setText(tr("%1 of %2").arg(row + 1).arg(n));
    m_viewerParts.previous->setEnabled(n > 1);
    m_viewerParts.next->setEnabled(n > 1);
    return true;
}

void PhotoGallery::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_editable && !m_venueId.isEmpty() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PhotoGallery::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace VenueMap::Ui
