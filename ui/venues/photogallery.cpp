#include "photogallery.h"

#include "db/backgroundreader.h"
#include "readonlyedits.h"
#include "repositories/photorepository.h"

#include <QDialog>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPixmap>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

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

void PhotoGallery::addFiles(const QStringList &paths)
{
    if (!m_db || m_venueId.isEmpty() || !m_editable)
        return;
    Core::PhotoRepository repo(*m_db);
    QString last;
    m_lastMessage.clear();
    for (const QString &path : paths) {
        auto added = repo.addPhotoFile(m_venueId, path);
        if (!added)
            report(added.error());
        else
            last = added->id;
    }
    reload(last);
    if (!last.isEmpty())
        Q_EMIT photosChanged(m_venueId);
}

void PhotoGallery::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!m_db || !item)
        return;
    if (auto s = Core::PhotoRepository(*m_db).removePhoto(item->data(kIdRole).toString()); !s)
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
    if (auto s = Core::PhotoRepository(*m_db).reorder(m_venueId, ids); !s)
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
    if (auto s
        = Core::PhotoRepository(*m_db).setCaption(item->data(kIdRole).toString(), item->text());
        !s)
        report(s.error());
}

void PhotoGallery::viewSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!m_db || !item)
        return;
    auto photo = Core::PhotoRepository(*m_db).fetchPhoto(item->data(kIdRole).toString());
    if (!photo) {
        report(photo.error());
        return;
    }
    QPixmap pix;
    pix.loadFromData(photo->data);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(photo->caption.isEmpty() ? tr("Photo") : photo->caption);
    auto *label = new QLabel(dialog);
    label->setAlignment(Qt::AlignCenter);
    label->setPixmap(pix.scaled(
        QSize(1000, 700).boundedTo(pix.size()), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    auto *caption = new QLabel(photo->caption, dialog);
    caption->setTextFormat(Qt::PlainText);
    caption->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(caption);
    dialog->open();
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
