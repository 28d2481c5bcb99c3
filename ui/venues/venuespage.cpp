#include "venuespage.h"
#include "db/backgroundreader.h"
#include "domain/language.h"
#include "growingview.h"
#include "plaintextlabels.h"

#include "attachmentslist.h"
#include "capacityfilterbutton.h"
#include "emptystate.h"
#include "filesaved.h"
#include "itemmodels/venuelistmodel.h"
#include "messagebar.h"
#include "readonlyedits.h"
#include "repositories/facilitytermrepository.h"
#include "repositories/spacerepository.h"
#include "repositories/venuerepository.h"
#include "services/venuesaver.h"
#include "spaceslist.h"
#include "tableheader.h"
#include "ui_venuespage.h"
#include "undo/undohistory.h"
#include "venueconflictdialog.h"
#include "venueeditor.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLayout>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMouseEvent>
#include <QPointer>
#include <QSettings>
#include <QShortcut>
#include <QTime>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace VenueMap::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VenuesPage)
};
// “Hangar 9” (Milan): how a message names a venue, since several may share a name.
QString namedWithCity(const Core::Venue &venue)
{
    return venue.city.trimmed().isEmpty()
        ? Tr::tr("“%1”", "a venue's name quoted in a sentence").arg(venue.name)
        : Tr::tr("“%1” (%2)", "a venue's name and city in a sentence")
              .arg(venue.name, venue.city.trimmed());
}
} // namespace

using Core::Venue;
using Core::VenueFilter;
using Core::VenueListModel;

namespace {
const char *kSettingsGroup = "venues";
constexpr int kSearchQuietMs = 120; // keystrokes closer together than this make one search
constexpr int kMostReread = 400; // loaded rows read again when anything may have changed
}

namespace {

// A checkable entry of a filter menu is ticked where it is, the menu staying open for the next
// one (a click or Space/Return); Esc or a click outside closes it as usual.
class KeepMenuOpenWhileTicking : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *menu = qobject_cast<QMenu *>(watched);
        if (!menu)
            return false;
        QAction *action = nullptr;
        if (event->type() == QEvent::MouseButtonRelease)
            action = menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter)
                action = menu->activeAction();
        }
        if (!action || !action->isCheckable() || !action->isEnabled())
            return false;
        action->trigger();
        return true;
    }
};

// The detail pane lays its wrapped texts out again when its width changes (its scroll bar comes
// or goes as rooms and photos arrive): its form otherwise kept the line count of the old width,
// and a contact's last line or a note's second line was cut off (a French or Dutch caption
// column makes the values narrower, so it showed there first).
class RelayoutOnResize : public QObject
{
public:
    RelayoutOnResize(QLayout *layout, QObject *parent)
        : QObject(parent)
        , m_layout(layout)
    { }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && m_layout)
            m_layout->invalidate();
        return false;
    }

private:
    QPointer<QLayout> m_layout;
};

} // namespace

VenuesPage::VenuesPage(Core::Database db, QWidget *parent)
    : QWidget(parent)
    , m_ui(new ::Ui::VenuesPage)
    , m_db(db)
    , m_saver(new Core::BackgroundVenueSaver(db, this))
    , m_model(new VenueListModel(db, this))
    , m_searchDebounce(new QTimer(this))
    , m_settingsTimer(new QTimer(this))
    , m_undoAction(new QAction(tr("&Undo"), this))
    , m_feed(Core::ChangeFeed::of(db.url()))
    , m_liveReader(new Core::BackgroundReader(
          db, Core::uniqueConnectionName(db, QStringLiteral("venue-changes")), this))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    connect(m_feed.get(), &Core::ChangeFeed::changed, this, &VenuesPage::onColleaguesChanged);
    connect(m_feed.get(), &Core::ChangeFeed::everythingChanged, this,
        [this] { rereadVenues(m_model->loadedIds(kMostReread), {}); });
    m_ui->gallery->setDatabase(db);
    m_ui->attachments->setDatabase(db);
    m_ui->spacesList->setDatabase(db);
    m_ui->table->setModel(m_model);
    keepPlaceWhileGrowing(m_ui->table, m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->verticalHeader()->setDefaultSectionSize(26);
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true); // Facilities, last by default, takes a wide window's room
    header->moveSection(header->visualIndex(VenueListModel::FacilitiesColumn), header->count() - 1);
    // At least as wide as their titles in the language shown.
    for (const auto &[column, width] : { std::pair { VenueListModel::NameColumn, 200 },
             std::pair { VenueListModel::CityColumn, 100 },
             std::pair { VenueListModel::CapacityColumn, 80 },
             std::pair { VenueListModel::RatingColumn, 60 },
             std::pair { VenueListModel::FacilitiesColumn, 220 },
             std::pair { VenueListModel::UpdatedColumn, 150 } })
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
    // Beside the detail pane on a 1366-pixel laptop the facilities need the room more than the
    // date of the last change, which waits in the column chooser (right-click the header).
    header->setSectionHidden(VenueListModel::UpdatedColumn, true);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 770, 430 });

    m_ui->ratingCombo->addItem(tr("any", "rating"), -1.0);
    for (double r : { 2.0, 3.0, 3.5, 4.0, 4.5 })
        m_ui->ratingCombo->addItem(tr("%1+").arg(r, 0, 'f', 1), r);
    m_ui->cityCombo->addItem(tr("All cities"), QString());
    m_ui->facilitiesButton->setMenu(new QMenu(m_ui->facilitiesButton));
    m_ui->facilitiesButton->menu()->installEventFilter(
        new KeepMenuOpenWhileTicking(m_ui->facilitiesButton->menu()));

    m_ui->detailContact->setTextFormat(Qt::RichText); // built below from escaped values
    m_ui->detailPane->installEventFilter(new RelayoutOnResize(m_ui->detailForm, m_ui->detailPane));

    m_empty = new EmptyState(m_ui->table);
    connect(m_empty, &EmptyState::actionTriggered, this, &VenuesPage::clearFilters);
    // Esc in the search box empties it (and so shows every venue again).
    auto *escape = new QShortcut(
        QKeySequence(Qt::Key_Escape), m_ui->searchEdit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_ui->searchEdit, &QLineEdit::clear);

    m_settingsTimer->setSingleShot(true);
    m_settingsTimer->setInterval(1000);
    connect(m_settingsTimer, &QTimer::timeout, this, &VenuesPage::writeSettings);
    // Search as you type, throttled: a keystroke after a pause searches at once (the rows follow
    // within a frame or two); keystrokes typed faster than the quiet period are gathered into one
    // search at its end. Superseded results are dropped by the model.
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchQuietMs);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] {
        if (m_restoring)
            return;
        if (m_searchDebounce->isActive()) {
            m_searchPending = true;
            return;
        }
        applyFilter();
        m_searchDebounce->start();
    });
    connect(m_searchDebounce, &QTimer::timeout, this, [this] {
        if (!m_searchPending)
            return;
        applyFilter();
        m_searchDebounce->start();
    });
    connect(m_ui->cityCombo, &QComboBox::currentIndexChanged, this, &VenuesPage::applyFilter);
    connect(m_ui->ratingCombo, &QComboBox::currentIndexChanged, this, &VenuesPage::applyFilter);
    connect(m_ui->showDeletedCheck, &QCheckBox::toggled, this, &VenuesPage::applyFilter);
    connect(m_ui->capacityButton, &CapacityFilterButton::changed, this, &VenuesPage::applyFilter);
    connect(m_ui->clearFiltersButton, &QToolButton::clicked, this, &VenuesPage::clearFilters);
    connect(m_ui->newButton, &QPushButton::clicked, this, &VenuesPage::newVenue);
    connect(m_ui->editButton, &QPushButton::clicked, this, &VenuesPage::editSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &VenuesPage::deleteSelected);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &VenuesPage::restoreSelected);
    connect(m_undoAction, &QAction::triggered, this, &VenuesPage::undoDelete);
    connect(m_saver, &Core::BackgroundVenueSaver::finished, this, &VenuesPage::showSaveOutcome);
    connect(m_ui->table, &QTableView::doubleClicked, this, &VenuesPage::editSelected);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &VenuesPage::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) {
            const int row = m_ui->table->currentIndex().row();
            if (row >= from.row() && row <= to.row())
                onCurrentRowChanged();
        });
    // A new list shows no venue; the same list grown longer (its count arrived) keeps it.
    connect(m_model, &VenueListModel::aboutToGrowAtOnce, this, [this] { m_growing = true; });
    connect(m_model, &VenueListModel::grewAtOnce, this, [this] { m_growing = false; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_growing)
            showVenue(std::nullopt);
    });
    connect(m_model, &VenueListModel::countChanged, this, [this] {
        m_ui->countLabel->setText(countText());
        updateEmptyState();
    });
    connect(m_model, &VenueListModel::loadFailed, this, &VenuesPage::reportError);
    connect(m_model, &VenueListModel::choicesLoaded, this, &VenuesPage::onChoicesLoaded);
    connect(m_ui->gallery, &PhotoGallery::failed, this, &VenuesPage::reportError);
    connect(m_ui->attachments, &AttachmentsList::failed, this, &VenuesPage::reportError);
    connect(m_ui->attachments, &AttachmentsList::saved, this,
        [this](const QString &sentence, const QString &path) {
            showFileSaved(m_ui->messageBar, sentence, path);
        });
    connect(m_ui->spacesList, &SpacesList::spacesRead, this, &VenuesPage::showCapacity);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
        [this, header](int column, Qt::SortOrder) {
            if (!VenueListModel::sortForColumn(column)) {
                // Facilities and dates are not orders the book offers: keep the current one.
                const VenueFilter &f = m_model->filter();
                const int current = f.sort == Core::VenueSort::Name ? 0
                    : f.sort == Core::VenueSort::City               ? 1
                    : f.sort == Core::VenueSort::Capacity           ? 2
                                                                    : 3;
                QSignalBlocker block(header);
                header->setSortIndicator(
                    current, f.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            }
            saveSettings();
        });

    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    connect(newShortcut, &QShortcut::activated, this, &VenuesPage::newVenue);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, &VenuesPage::focusSearch);
    for (auto key : { Qt::Key_Return, Qt::Key_Enter }) {
        auto *open
            = new QShortcut(QKeySequence(key), m_ui->table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &VenuesPage::editSelected);
    }
    auto *del
        = new QShortcut(QKeySequence::Delete, m_ui->table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &VenuesPage::deleteSelected);

    restoreSettings();
    m_model->loadChoices();
    showVenue(std::nullopt);
}

VenuesPage::~VenuesPage()
{
    if (!m_restoring)
        writeSettings();
    delete m_ui;
}

QString VenuesPage::countText() const
{
    const Core::VenueCount &c = m_model->count();
    if (c.kind == Core::VenueCount::Kind::AtLeast && c.value == 0)
        return tr("Counting…");
    QString text = c.text(m_model->filter().deleted);
    // The room choice hides in a button: the count says it ("12 venues with a room for 200+
    // Theatre").
    if (const QString rooms = CapacityFilterButton::roomsPhrase(m_model->filter());
        !rooms.isEmpty())
        text = tr("%1 with %2").arg(text, rooms);
    return text;
}

void VenuesPage::clearFilters()
{
    VenueFilter cleared;
    cleared.sort = m_model->filter().sort;
    cleared.descending = m_model->filter().descending;
    setFilter(cleared);
}

QString VenuesPage::emptyText() const
{
    return m_empty->text();
}

void VenuesPage::updateEmptyState()
{
    const bool empty = m_model->isCountFinal() && m_model->count().value == 0;
    if (!empty) {
        m_empty->hide();
        return;
    }
    VenueFilter unfiltered;
    unfiltered.sort = m_model->filter().sort;
    unfiltered.descending = m_model->filter().descending;
    const bool filtered = !(m_model->filter() == unfiltered);
    const QString rooms = CapacityFilterButton::roomsPhrase(m_model->filter());
    if (filtered && !rooms.isEmpty())
        m_empty->showText(m_model->filter().deleted
                ? tr("No deleted venue with %1 matches these filters.").arg(rooms)
                : tr("No venue with %1 matches these filters.").arg(rooms),
            tr("Clear filters"));
    else if (filtered)
        m_empty->showText(m_model->filter().deleted ? tr("No deleted venue matches these filters.")
                                                    : tr("No venue matches these filters."),
            tr("Clear filters"));
    else
        m_empty->showText(tr("No venues yet. Add one with “New venue…” (Ctrl+N), or import a "
                             "list with Data ▸ Import Venues from CSV…"));
}

VenueEditor *VenuesPage::editor() const
{
    return m_editor;
}

VenueConflictDialog *VenuesPage::conflictDialog() const
{
    return m_conflict;
}

QString VenuesPage::undoText() const
{
    return m_ui->messageBar->actionText() == m_undoAction->text() ? m_ui->messageBar->text()
                                                                  : QString();
}

void VenuesPage::setUndoHistory(UndoHistory *history)
{
    m_undo = history;
}

MessageBar *VenuesPage::messageBar() const
{
    return m_ui->messageBar;
}

CapacityFilterButton *VenuesPage::capacityFilterButton() const
{
    return m_ui->capacityButton;
}

SpacesList *VenuesPage::spacesList() const
{
    return m_ui->spacesList;
}

bool VenuesPage::isReadingRooms() const
{
    return m_ui->spacesList->isReading();
}

UndoHistory *VenuesPage::undoHistory()
{
    if (!m_undo)
        m_undo = new UndoHistory(m_db, this);
    return m_undo;
}

VenueFilter VenuesPage::filterFromWidgets() const
{
    VenueFilter f;
    f.text = m_ui->searchEdit->text().trimmed();
    f.city = m_ui->cityCombo->currentData().toString();
    for (QAction *a : m_ui->facilitiesButton->menu()->actions())
        if (a->isChecked())
            f.facilities << a->data().toString();
    const double rating = m_ui->ratingCombo->currentData().toDouble();
    if (rating >= 0)
        f.minRating = rating;
    m_ui->capacityButton->applyTo(f);
    f.deleted = m_ui->showDeletedCheck->isChecked();
    f.sort = m_model->filter().sort;
    f.descending = m_model->filter().descending;
    return f;
}

void VenuesPage::setFilter(const VenueFilter &f)
{
    m_restoring = true;
    m_ui->searchEdit->setText(f.text);
    int cityIndex = m_ui->cityCombo->findData(f.city);
    if (cityIndex < 0 && !f.city.isEmpty()) {
        m_ui->cityCombo->addItem(f.city, f.city);
        cityIndex = m_ui->cityCombo->count() - 1;
    }
    m_ui->cityCombo->setCurrentIndex(std::max(0, cityIndex));
    int ratingIndex = m_ui->ratingCombo->findData(f.minRating.value_or(-1.0));
    m_ui->ratingCombo->setCurrentIndex(std::max(0, ratingIndex));
    m_ui->showDeletedCheck->setChecked(f.deleted);
    m_ui->capacityButton->setFilter(f);
    m_ui->spacesList->setFilter(f);
    QStringList known;
    for (QAction *a : m_ui->facilitiesButton->menu()->actions())
        known << a->data().toString();
    for (const QString &name : f.facilities)
        if (!known.contains(name))
            known << name;
    fillFacilitiesMenu(known, f.facilities);
    m_restoring = false;
    m_searchDebounce->stop();
    m_searchPending = false;
    m_model->setFilter(f);
    QHeaderView *header = m_ui->table->horizontalHeader();
    const int column = f.sort == Core::VenueSort::Name ? 0
        : f.sort == Core::VenueSort::City              ? 1
        : f.sort == Core::VenueSort::Capacity          ? 2
                                                       : 3;
    header->setSortIndicator(column, f.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_ui->countLabel->setText(countText());
    updateButtons();
    saveSettings();
}

void VenuesPage::applyFilter()
{
    if (m_restoring)
        return;
    m_searchPending = false; // this applies the search text as it is now
    m_model->setFilter(filterFromWidgets());
    m_ui->countLabel->setText(countText());
    m_ui->spacesList->setFilter(m_model->filter());
    updateFacilitiesButton();
    updateButtons();
    saveSettings();
}

void VenuesPage::fillFacilitiesMenu(const QStringList &names, const QStringList &checked)
{
    QMenu *menu = m_ui->facilitiesButton->menu();
    menu->clear();
    for (const QString &name : names) {
        // The book's facilities come as the vocabulary's labels (VenueRepository::facilityNames).
        QAction *a = menu->addAction(Core::facilityLabel(name));
        a->setData(name);
        a->setCheckable(true);
        a->setChecked(checked.contains(name));
        connect(a, &QAction::toggled, this, &VenuesPage::applyFilter);
    }
    if (names.isEmpty())
        menu->addAction(tr("No facilities recorded yet"))->setEnabled(false);
    updateFacilitiesButton();
}

void VenuesPage::updateFacilitiesButton()
{
    QStringList on;
    for (QAction *a : m_ui->facilitiesButton->menu()->actions())
        if (a->isChecked())
            on << a->text();
    // The button keeps one width whatever is ticked, so the filter row never shifts under the
    // mouse and fits 1024 wide: it names the first ticked facility and counts the others; the
    // whole choice is in its tooltip.
    QToolButton *button = m_ui->facilitiesButton;
    // As wide as "Facilities: any" in the app's language, and never narrower than the form asks.
    const int natural = button->fontMetrics().horizontalAdvance(tr("Facilities: any")) + 32;
    button->setFixedWidth(std::max(button->minimumWidth(), natural));
    const QString shown = on.isEmpty() ? tr("Facilities: any")
        : on.size() == 1               ? on.first()
                                       : tr("%1 +%2").arg(on.first()).arg(on.size() - 1);
    button->setText(button->fontMetrics().elidedText(shown, Qt::ElideRight, button->width() - 24));
    button->setToolTip(
        on.isEmpty() ? QString() : tr("Facilities: %1").arg(on.join(QStringLiteral(", "))));
}

void VenuesPage::onChoicesLoaded(
    const QList<QPair<QString, qint64>> &cities, const QStringList &facilities)
{
    m_restoring = true;
    const QString current = m_ui->cityCombo->currentData().toString();
    m_ui->cityCombo->clear();
    m_ui->cityCombo->addItem(tr("All cities"), QString());
    QStringList sorted;
    QHash<QString, qint64> counts;
    for (const auto &[city, n] : cities) {
        sorted << city;
        counts.insert(city, n);
    }
    sorted.sort(Qt::CaseInsensitive);
    const QLocale locale;
    for (const QString &city : sorted)
        m_ui->cityCombo->addItem(
            tr("%1 (%2)").arg(city, locale.toString(counts.value(city))), city);
    int index = m_ui->cityCombo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_ui->cityCombo->addItem(current, current);
        index = m_ui->cityCombo->count() - 1;
    }
    m_ui->cityCombo->setCurrentIndex(std::max(0, index));
    const VenueFilter f = m_model->filter();
    QStringList names = facilities;
    for (const QString &name : f.facilities)
        if (!names.contains(name))
            names << name;
    fillFacilitiesMenu(names, f.facilities);
    m_restoring = false;
}

void VenuesPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void VenuesPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_ui->table->setCurrentIndex(m_model->index(row, VenueListModel::NameColumn));
    m_ui->table->selectRow(row);
}

void VenuesPage::onCurrentRowChanged()
{
    const int row = m_ui->table->currentIndex().row();
    if (row < 0)
        return;
    if (auto v = m_model->venueAt(row))
        showVenue(v);
    else
        m_model->prefetch(row);
}

void VenuesPage::showVenue(const std::optional<Venue> &venue)
{
    const bool changedVenue = !venue || !m_shown || m_shown->id != venue->id;
    m_shown = venue;
    const bool has = venue.has_value();
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->capacityCaption,
             m_ui->detailCapacity, m_ui->ratingCaption, m_ui->detailRating, m_ui->facilitiesCaption,
             m_ui->detailFacilities, m_ui->addressCaption, m_ui->detailAddress,
             m_ui->contactCaption, m_ui->detailContact, m_ui->notesCaption, m_ui->detailNotes,
             m_ui->updatedCaption, m_ui->detailUpdated, m_ui->roomsCaption, m_ui->spacesList,
             m_ui->photosCaption, m_ui->gallery, m_ui->filesCaption, m_ui->attachments })
        w->setVisible(has);
    m_ui->detailDeleted->setVisible(has && venue->isDeleted);
    if (!has) {
        m_ui->detailTitle->setText(tr("No venue selected"));
        m_ui->detailSubtitle->setText(
            tr("Choose a venue in the list to see its details and photos."));
        m_ui->gallery->setVenue(QString());
        m_ui->attachments->setOwner({});
        m_ui->spacesList->setVenue(std::nullopt, m_model->filter());
        updateButtons();
        return;
    }
    const Venue &v = *venue;
    const QLocale locale;
    m_ui->detailTitle->setText(v.name);
    QStringList place;
    for (const QString &p : { v.city, v.country })
        if (!p.isEmpty())
            place << p;
    m_ui->detailSubtitle->setText(place.join(QStringLiteral(", ")));
    m_ui->spacesList->setVenue(v, m_model->filter());
    showCapacity();
    if (v.rating) {
        m_ui->detailRating->setText(QStringLiteral("%1  %2").arg(
            locale.toString(*v.rating, 'f', 1), Core::ratingStars(*v.rating)));
    } else {
        m_ui->detailRating->setText(tr("not rated"));
    }
    m_ui->detailFacilities->setText(
        v.facilities.isEmpty() ? tr("none recorded") : Core::facilitiesLabel(v.facilities));
    m_ui->detailAddress->setText(v.address.isEmpty() ? tr("—") : v.address);
    QStringList contact;
    if (!v.contactName.isEmpty())
        contact << v.contactName.toHtmlEscaped();
    if (!v.contactEmail.isEmpty())
        contact
            << QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(v.contactEmail.toHtmlEscaped());
    if (!v.contactPhone.isEmpty())
        contact << v.contactPhone.toHtmlEscaped();
    if (!v.website.isEmpty()) {
        // Only a web address becomes a link: a stored "file:" or "javascript:" address is shown,
        // never opened with a click.
        const QUrl url(v.website.contains(QLatin1String("://"))
                ? v.website
                : QStringLiteral("https://") + v.website,
            QUrl::StrictMode);
        const bool web = url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
        contact << (web ? QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                  v.website.toHtmlEscaped())
                        : v.website.toHtmlEscaped());
    }
    m_ui->detailContact->setText(
        contact.isEmpty() ? tr("—") : contact.join(QStringLiteral("<br>")));
    m_ui->detailNotes->setText(v.notes.isEmpty() ? tr("—") : v.notes);
    m_ui->detailUpdated->setText(Core::displayDateTime(v.updatedAt));
    if (changedVenue || m_ui->gallery->venueId() != v.id)
        m_ui->gallery->setVenue(v.id, !v.isDeleted);
    if (changedVenue || m_ui->attachments->owner().venueId != v.id)
        m_ui->attachments->setOwner(Core::AttachmentOwner::venue(v.id), !v.isDeleted);
    updateButtons();
}

void VenuesPage::showCapacity()
{
    if (!m_shown)
        return;
    const std::optional<int> capacity = m_shown->capacity;
    if (!capacity) {
        m_ui->detailCapacity->setText(tr("not known"));
        return;
    }
    QString text = tr("%Ln guest(s)", nullptr, *capacity);
    // With rooms, the database keeps the venue's number at its largest room's largest layout.
    if (const auto largest = SpacesList::largest(m_ui->spacesList->spaces());
        largest && largest->capacity == *capacity)
        text = tr("%1 (largest room: %2, %3)")
                   .arg(text, largest->spaceName, Core::spaceLayoutLabel(largest->layout));
    m_ui->detailCapacity->setText(text);
}

void VenuesPage::updateButtons()
{
    const bool has = m_shown.has_value();
    m_ui->editButton->setEnabled(has && !m_shown->isDeleted);
    m_ui->deleteButton->setVisible(!has || !m_shown->isDeleted);
    m_ui->deleteButton->setEnabled(has && !m_shown->isDeleted);
    m_ui->restoreButton->setVisible(has && m_shown->isDeleted);
    ReadOnlyEdits::apply(
        m_db, { m_ui->newButton, m_ui->editButton, m_ui->deleteButton, m_ui->restoreButton });
}

void VenuesPage::reportError(const Core::DbError &error)
{
    m_ui->messageBar->showError(error);
}

void VenuesPage::newVenue()
{
    if (m_db.isReadOnly())
        return; // the shortcut too
    Venue v;
    v.city = m_ui->cityCombo->currentData().toString();
    openEditor(v);
}

void VenuesPage::editSelected()
{
    if (!m_shown || m_shown->isDeleted || m_db.isReadOnly())
        return;
    // Edit what the database holds now, not what the list fetched a while ago.
    // Read on a connection of its own while the window keeps painting.
    const Core::Result<Core::Venue> fresh = Core::runOnOwnConnection<Core::Venue>(
        m_db, QStringLiteral("venue-edit"), [id = m_shown->id](const Core::Database &db) {
            return Core::VenueRepository(db).fetchVenue(id);
        });
    if (!fresh) {
        reportError(fresh.error());
        return;
    }
    openEditor(*fresh);
}

void VenuesPage::openEditor(const Venue &venue)
{
    if (m_editor)
        m_editor->discard();
    m_saver->begin(venue);
    m_editBase = venue;
    m_editor = new VenueEditor(venue, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    QStringList facilities; // the vocabulary's labels, as the filter menu offers them
    for (const QAction *a : m_ui->facilitiesButton->menu()->actions())
        if (a->isCheckable())
            facilities << a->data().toString();
    m_editor->setFacilityChoices(facilities);
    m_editor->loadSpaces(m_db); // the Spaces tab; read off the GUI thread, none for a new venue
    if (m_canAddFacilityTerms && !m_db.isReadOnly())
        m_editor->setTermAdder([this](const QString &label, QString *error) {
            // One small insert; the database refuses it for anybody but an admin (PostgreSQL).
            const auto added = Core::runOnOwnConnection<Core::FacilityTerm>(
                m_db, QStringLiteral("facility-terms"), [&label](const Core::Database &db) {
                    return Core::FacilityTermRepository(db).add(label, {});
                });
            if (!added) {
                // Under the facilities the name's problem alone says it; anything else in full.
                *error = added.error().kind == Core::DbError::Kind::Validation
                    ? added.error().message
                    : added.error().sentence();
                return std::optional<QString>();
            }
            // The filter menu offers the new term at once.
            QStringList names;
            QStringList ticked;
            for (const QAction *a : m_ui->facilitiesButton->menu()->actions())
                if (a->isCheckable()) {
                    names << a->data().toString();
                    if (a->isChecked())
                        ticked << a->data().toString();
                }
            if (!names.contains(added->label)) {
                names << added->label;
                names.sort(Qt::CaseInsensitive);
                fillFacilitiesMenu(names, ticked);
            }
            return std::optional<QString>(added->label);
        });
    connect(m_editor, &VenueEditor::saveRequested, this, &VenuesPage::onSaveRequested);
    m_colleagueVersion.reset();
    connect(m_editor, &VenueEditor::reviewChangeRequested, this, [this] {
        if (!m_editor || !m_colleagueVersion)
            return;
        if (auto mine = m_editor->readForm()) // a field to fix first is marked where it is
            showConflict(*mine, *m_colleagueVersion);
    });
    m_editor->open();
}

void VenuesPage::onSaveRequested(const Venue &venue)
{
    if (!m_editor || m_saver->isBusy())
        return;
    m_editor->setSaving(true);
    m_editSpaces = m_editor->spacesEdit(); // Edit > Undo puts the rooms back with the venue
    m_saver->save(venue, m_editor->duplicatesAcknowledged(), m_editSpaces);
}

void VenuesPage::showSaveOutcome(const Core::VenueSaveOutcome &outcome)
{
    if (!m_editor)
        return;
    m_editor->setSaving(false);
    using Kind = Core::VenueSaveOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Saved:
        if (outcome.unchanged) {
            // The person took the colleague's version entirely: nothing was written.
            m_editor->accept();
            m_model->updateVenue(outcome.venue);
            showVenue(outcome.venue);
        } else {
            finishSave(outcome.venue, outcome.added);
        }
        break;
    case Kind::Duplicate:
        m_editor->showDuplicates(outcome.matches);
        break;
    case Kind::Conflict:
        showConflict(outcome.venue, outcome.theirs);
        break;
    case Kind::Failed:
        m_editor->showFormMessage(outcome.error.sentence());
        break;
    }
}

void VenuesPage::finishSave(const Venue &saved, bool added)
{
    if (m_editor)
        m_editor->accept();
    if (added) {
        // The new venue is shown; the row that was current must not take the pane back when
        // the refreshed rows arrive (now that the answer comes later, they can come first).
        m_ui->table->selectionModel()->clear();
        m_model->refresh();
    } else {
        m_model->updateVenue(saved);
    }
    showVenue(saved);
    const QString said
        = added ? tr("Added “%1”.").arg(saved.name) : tr("Saved “%1”.").arg(saved.name);
    // Undo is offered as for a delete (and Edit ▸ Undo names the save).
    const bool undoable = recordSave(m_editBase, saved, added);
    m_ui->messageBar->showMessage(
        said, MessageBar::Kind::Success, undoable ? m_undoAction : nullptr);
    Q_EMIT statusMessage(said);
}

bool VenuesPage::recordSave(const Venue &before, const Venue &saved, bool added)
{
    // What the row holds now, as the last step wrote it: the next step writes over that version
    // (a colleague's edit in between is a conflict the step reports, not something it undoes).
    auto current = std::make_shared<Venue>(saved);
    const QString id = saved.id;
    UndoableChange::Step redo, undo;
    if (added) {
        redo
            = [id](const Core::Database &db) { return Core::VenueRepository(db).restoreVenue(id); };
        undo = [id](const Core::Database &db) { return Core::VenueRepository(db).removeVenue(id); };
    } else {
        // The rooms the save changed go back (and forth) with the venue: first the rooms, as
        // they are stored now, then the venue, whose capacity the database takes from them.
        using Rooms = std::optional<QList<Core::VenueSpace>>;
        auto writeBack = [current](const Venue &content, const Rooms &rooms) {
            return [current, content, rooms](const Core::Database &db) -> Core::Status {
                if (rooms) {
                    Core::SpaceRepository spaces(db);
                    auto now = spaces.fetchSpaces(content.id);
                    if (!now)
                        return now.error();
                    QHash<QString, int> versions;
                    for (const Core::VenueSpace &s : *now)
                        versions.insert(s.id, s.version);
                    QList<Core::VenueSpace> wanted = *rooms;
                    for (Core::VenueSpace &s : wanted)
                        s.version = versions.value(s.id, 0); // gone since: written anew, same id
                    if (auto written = spaces.saveSpaces(content.id, *now, wanted); !written)
                        return written.error();
                }
                Venue v = content;
                v.version = current->version;
                auto written = Core::VenueRepository(db).updateVenue(v);
                if (!written)
                    return written.error();
                *current = *written;
                return {};
            };
        };
        const Rooms roomsBefore = m_editSpaces ? Rooms(m_editSpaces->fetched) : std::nullopt;
        const Rooms roomsAfter = m_editSpaces ? Rooms(m_editSpaces->edited) : std::nullopt;
        redo = writeBack(saved, roomsAfter);
        undo = writeBack(before, roomsBefore);
    }
    auto *change = new UndoableChange(
        added ? tr("Add “%1”").arg(saved.name) : tr("Edit “%1”").arg(saved.name), redo, undo);
    change->markDone();
    QPointer<VenuesPage> page(this);
    change->done = [page, current, added](bool undone) {
        if (!page)
            return;
        const Venue &now = *current;
        if (added) {
            page->m_model->refresh();
            if (undone)
                page->showVenue(std::nullopt);
        } else {
            page->m_model->updateVenue(now);
            if (page->m_shown && page->m_shown->id == now.id)
                page->showVenue(now);
        }
        const QString said = undone
            ? (added ? tr("Took back adding “%1”.") : tr("Took back the changes to “%1”."))
                  .arg(now.name)
            : (added ? tr("Added “%1” again.") : tr("Saved “%1” again.")).arg(now.name);
        page->m_ui->messageBar->showMessage(said, MessageBar::Kind::Info);
        Q_EMIT page->statusMessage(said);
    };
    change->failed = [page](bool, const Core::DbError &error) {
        if (page)
            page->reportError(error);
    };
    if (!undoHistory()->push(change))
        return false;
    m_undo->offer(m_undoAction, change);
    return true;
}

void VenuesPage::showConflict(const Venue &mine, const Venue &theirs)
{
    if (m_conflict)
        m_conflict->close();
    m_conflict = new VenueConflictDialog(mine, theirs, m_editor);
    m_conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflict, &VenueConflictDialog::resolved, this, [this, theirs](const Venue &merged) {
        if (!m_editor)
            return;
        // The form continues from the colleague's version with the chosen values; Undo of
        // this save goes back to theirs, not past it.
        m_editBase = theirs;
        m_editor->setBaseVersion(theirs.version);
        m_editor->setFields(merged);
        m_editor->setSaving(true);
        m_saver->resolve(merged, theirs, m_editor->spacesEdit());
    });
    m_conflict->open();
}

void VenuesPage::deleteSelected()
{
    if (!m_shown || m_shown->isDeleted || m_db.isReadOnly())
        return;
    changeDeleted(*m_shown, true);
}

void VenuesPage::restoreSelected()
{
    if (!m_shown || !m_shown->isDeleted || m_db.isReadOnly())
        return;
    changeDeleted(*m_shown, false);
}

void VenuesPage::changeDeleted(const Venue &venue, bool deleted)
{
    const QString id = venue.id;
    const UndoableChange::Step remove
        = [id](const Core::Database &db) { return Core::VenueRepository(db).removeVenue(id); };
    const UndoableChange::Step restore
        = [id](const Core::Database &db) { return Core::VenueRepository(db).restoreVenue(id); };
    auto *change = new UndoableChange(deleted ? tr("Delete %1").arg(namedWithCity(venue))
                                              : tr("Restore %1").arg(namedWithCity(venue)),
        deleted ? remove : restore, deleted ? restore : remove);
    QPointer<VenuesPage> page(this);
    change->done = [page, venue, deleted](bool undone) {
        if (!page)
            return;
        const bool nowDeleted = deleted != undone;
        page->m_model->refresh();
        if (nowDeleted) {
            page->showVenue(std::nullopt);
            // Deleting offers Undo; so does restoring through the Restore button.
            // With its city: several venues may share the name (walkthrough: "Hangar 9").
            page->m_ui->messageBar->showMessage(tr("Deleted %1.").arg(namedWithCity(venue)),
                MessageBar::Kind::Info, undone ? nullptr : page->m_undoAction);
        } else {
            page->m_ui->messageBar->showMessage(tr("Restored %1.").arg(namedWithCity(venue)),
                MessageBar::Kind::Success, undone ? nullptr : page->m_undoAction);
            if (undone) { // back where it was: show it again
                Venue back = venue;
                back.isDeleted = false;
                page->showVenue(back);
            } else {
                page->showVenue(std::nullopt);
            }
        }
        Q_EMIT page->statusMessage(page->m_ui->messageBar->text());
    };
    change->failed = [page](bool, const Core::DbError &error) {
        if (page)
            page->reportError(error);
    };
    if (undoHistory()->push(change))
        m_undo->offer(m_undoAction, change);
}

void VenuesPage::undoDelete()
{
    undoHistory()->undo();
}

void VenuesPage::saveSettings() const
{
    // Written a moment later, not at every keystroke: QSettings flushes its file to disk
    // (fdatasync) when it is written, which can hold the GUI thread for tens of milliseconds.
    if (m_restoring)
        return;
    m_settingsTimer->start();
}

void VenuesPage::writeSettings() const
{
    m_settingsTimer->stop();
    QSettings s;
    s.beginGroup(QLatin1String(kSettingsGroup));
    s.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
    const VenueFilter f = m_model->filter();
    s.setValue(QStringLiteral("text"), f.text);
    s.setValue(QStringLiteral("city"), f.city);
    s.setValue(
        QStringLiteral("minCapacity"), f.minCapacity ? QVariant(*f.minCapacity) : QVariant());
    s.setValue(
        QStringLiteral("maxCapacity"), f.maxCapacity ? QVariant(*f.maxCapacity) : QVariant());
    s.setValue(QStringLiteral("facilities"), f.facilities);
    s.setValue(QStringLiteral("minRating"), f.minRating ? QVariant(*f.minRating) : QVariant());
    s.setValue(QStringLiteral("layout"), f.layout ? Core::spaceLayoutKey(*f.layout) : QString());
    s.setValue(QStringLiteral("layoutCapacity"), f.layoutCapacity);
    s.setValue(QStringLiteral("rooms"), f.rooms);
    s.setValue(QStringLiteral("roomLayout"),
        f.roomLayout ? Core::spaceLayoutKey(*f.roomLayout) : QString());
    s.setValue(QStringLiteral("roomCapacity"), f.roomCapacity);
    // "Deleted only" is not remembered: a start shows the book, never only its bin.
    s.remove(QStringLiteral("deleted"));
    s.setValue(QStringLiteral("sort"), VenueListModel::sortColumnName(f.sort));
    s.setValue(QStringLiteral("descending"), f.descending);
}

void VenuesPage::restoreSettings()
{
    QSettings s;
    s.beginGroup(QLatin1String(kSettingsGroup));
    VenueFilter f;
    f.text = s.value(QStringLiteral("text")).toString();
    f.city = s.value(QStringLiteral("city")).toString();
    if (const QVariant v = s.value(QStringLiteral("minCapacity"));
        v.isValid() && !v.toString().isEmpty())
        f.minCapacity = v.toInt();
    if (const QVariant v = s.value(QStringLiteral("maxCapacity"));
        v.isValid() && !v.toString().isEmpty())
        f.maxCapacity = v.toInt();
    f.facilities = s.value(QStringLiteral("facilities")).toStringList();
    if (const QVariant v = s.value(QStringLiteral("minRating"));
        v.isValid() && !v.toString().isEmpty())
        f.minRating = v.toDouble();
    // Room choices as the button would make them: no number without its layout.
    f.layout = Core::spaceLayoutFromText(s.value(QStringLiteral("layout")).toString());
    if (f.layout)
        f.layoutCapacity = std::clamp(
            s.value(QStringLiteral("layoutCapacity")).toInt(), 0, Core::kMaxLayoutCapacity);
    f.roomLayout = Core::spaceLayoutFromText(s.value(QStringLiteral("roomLayout")).toString());
    f.rooms = f.roomLayout ? std::clamp(s.value(QStringLiteral("rooms")).toInt(), 0, 99) : 0;
    if (f.rooms == 0)
        f.roomLayout.reset();
    else
        f.roomCapacity = std::clamp(
            s.value(QStringLiteral("roomCapacity")).toInt(), 0, Core::kMaxLayoutCapacity);
    const QString sort = s.value(QStringLiteral("sort")).toString();
    for (Core::VenueSort candidate : { Core::VenueSort::Name, Core::VenueSort::City,
             Core::VenueSort::Capacity, Core::VenueSort::Rating })
        if (VenueListModel::sortColumnName(candidate) == sort)
            f.sort = candidate;
    f.descending = s.value(QStringLiteral("descending")).toBool();
    const QByteArray splitter = s.value(QStringLiteral("splitter")).toByteArray();
    m_restoring = true;
    TableHeader::install(m_ui->table->horizontalHeader(), QStringLiteral("venues"));
    if (!splitter.isEmpty())
        m_ui->splitter->restoreState(splitter);
    m_restoring = false;
    setFilter(f);
}

} // namespace VenueMap::Ui

namespace VenueMap::Ui {

void VenuesPage::onColleaguesChanged(const QList<Core::DataChange> &changes)
{
    QStringList ids;
    QHash<QString, QString> by;
    for (const Core::DataChange &c : changes) {
        if (c.table != QLatin1String("venues"))
            continue;
        const auto loaded = m_model->loadedVersion(c.id);
        const bool shown = m_shown && m_shown->id == c.id;
        const bool editing = m_editor && m_editBase.id == c.id;
        if (!loaded && !shown && !editing)
            continue; // not on screen: the list reads it when it scrolls there
        if (c.version > 0 && loaded && *loaded >= c.version && !editing)
            continue; // this window already shows that version (its own save)
        ids << c.id;
        by.insert(c.id, c.by);
    }
    if (!ids.isEmpty())
        rereadVenues(ids, by);
}

void VenuesPage::rereadVenues(const QStringList &ids, const QHash<QString, QString> &changedBy)
{
    if (ids.isEmpty())
        return;
    struct Reread
    {
        QList<Core::Venue> venues;
        QHash<QString, QString> names; // login -> the person's name, where the book knows it
    };
    const QStringList logins = changedBy.values();
    m_liveReader->read<Reread>(
        [ids, logins](const Core::Database &db) -> Core::Result<Reread> {
            Reread r;
            Core::VenueRepository repo(db);
            for (const QString &id : ids) {
                auto v = repo.fetchVenue(id);
                if (v)
                    r.venues << *v;
                else if (v.error().kind != Core::DbError::Kind::NotFound)
                    return v.error();
            }
            for (const QString &login : logins) {
                if (login.isEmpty() || r.names.contains(login))
                    continue;
                auto name = db.scalar({ QStringLiteral("VenuesPage::rereadVenues"), {} },
                    QStringLiteral("SELECT name FROM users WHERE db_role = :role"),
                    { { QStringLiteral(":role"), login } });
                r.names.insert(login, name && !name->isNull() ? name->toString() : login);
            }
            return r;
        },
        [this, changedBy](const Core::Result<Reread> &r) {
            if (!r)
                return; // the next change or scroll reads it again; nothing was lost
            for (const Core::Venue &v : r->venues) {
                const auto loaded = m_model->loadedVersion(v.id);
                if (loaded && *loaded != v.version)
                    m_model->updateVenue(v);
                if (m_shown && m_shown->id == v.id && m_shown->version != v.version)
                    showVenue(v);
                if (m_editor && m_editBase.id == v.id && v.version > m_editBase.version) {
                    const QString login = changedBy.value(v.id);
                    const QString who
                        = login.isEmpty() ? tr("A colleague") : r->names.value(login, login);
                    m_colleagueVersion = v;
                    m_editor->showColleagueChange(
                        tr("%1 changed this venue at %2 while you were editing. Your changes "
                           "are still here: review theirs, or Save to compare both versions.")
                            .arg(who,
                                QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
                }
            }
        });
}

} // namespace VenueMap::Ui
