// The Venues page on real widgets and a real database, both backends: search as you type, each
// filter, open/edit/save with messages beside fields, a conflict with a second connection,
// photos, delete with Undo, restore, new with the duplicate warning, remembered habits, the
// Rooms filter and the rooms in the detail pane.
#include "../core/venuetestdata.h"
#include "domain/venuefilter.h"
#include "itemmodels/venuelistmodel.h"
#include "messagebar.h"
#include "repositories/facilitytermrepository.h"
#include "repositories/photorepository.h"
#include "repositories/spacerepository.h"
#include "repositories/venuerepository.h"
#include "tableheader.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "undo/undohistory.h"
#include "venues/capacityfilterbutton.h"
#include "venues/photogallery.h"
#include "venues/spaceslist.h"
#include "venues/spacestable.h"
#include "venues/venueconflictdialog.h"
#include "venues/venueeditor.h"
#include "venues/venuespage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QUuid>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;
using VenueMap::Ui::SpacesList;
using VenueMap::Ui::VenuesPage;

namespace {

template <typename T> T *child(QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

bool settled(VenuesPage &page)
{
    return QTest::qWaitFor([&] { return page.model()->isCountFinal(); }, 10000)
        && (page.model()->rowCount() == 0
            || QTest::qWaitFor(
                [&] {
                    page.model()->prefetch(0);
                    return page.model()->isRowLoaded(0);
                },
                10000));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

VenueSpace makeSpace(const QString &id, const QString &name, QMap<SpaceLayout, int> capacities,
    const QString &parent = {})
{
    VenueSpace s;
    s.id = id;
    s.name = name;
    s.capacities = std::move(capacities);
    s.parentId = parent;
    return s;
}

// Rooms for the first `withRooms` venues of the book (by name), made to spread over the room
// filters: a main hall of 40–599 theatre; every third a ballroom dividing into three parts of
// 25–74 classroom; every second two to six breakout rooms of 20–59 classroom.
Status giveVenuesRooms(const Database &db, int withRooms)
{
    auto venues = VenueRepository(db).search(VenueFilter {}, withRooms);
    if (!venues)
        return venues.error();
    SpaceRepository spaces(db);
    for (int i = 0; i < venues->size(); ++i) {
        const int theatre = 40 + (i * 37) % 560;
        QList<VenueSpace> list { makeSpace(newId(), QStringLiteral("Main Hall"),
            { { SpaceLayout::Theatre, theatre }, { SpaceLayout::Banquet, theatre * 2 / 3 },
                { SpaceLayout::Reception, theatre * 4 / 3 } }) };
        if (i % 3 == 0) {
            const QString ballroom = newId();
            list << makeSpace(ballroom, QStringLiteral("Ballroom"),
                { { SpaceLayout::Theatre, 100 + (i * 11) % 300 },
                    { SpaceLayout::Classroom, 60 + (i * 5) % 90 } });
            for (int k = 0; k < 3; ++k)
                list << makeSpace(newId(), QStringLiteral("Ballroom %1").arg(QChar(u'A' + k)),
                    { { SpaceLayout::Classroom, 25 + (i * 13 + k * 7) % 50 } }, ballroom);
        }
        if (i % 2 == 0)
            for (int k = 0; k < 2 + i % 5; ++k)
                list << makeSpace(newId(), QStringLiteral("Room %1").arg(k + 1),
                    { { SpaceLayout::Classroom, 20 + (i * 7 + k * 11) % 40 },
                        { SpaceLayout::Boardroom, 12 } });
        for (int k = 0; k < list.size(); ++k)
            list[k].sortOrder = k;
        if (auto saved = spaces.saveSpaces(venues->at(i).id, {}, list); !saved)
            return saved.error();
    }
    return {};
}

// How many live venues answer the room choices, counted by a plain query over the spaces (not
// the repository's SQL): one space of `layout` >= `seats`, and `rooms` spaces without parts of
// `roomLayout` >= `roomSeats`.
int plainRoomCount(const Database &db, const QString &layout, int seats, int rooms,
    const QString &roomLayout, int roomSeats)
{
    QStringList where { QStringLiteral("NOT v.is_deleted") };
    if (!layout.isEmpty())
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id "
            "WHERE s.venue_id = v.id AND c.layout = '%1' AND c.capacity >= %2)")
                     .arg(layout)
                     .arg(seats);
    if (rooms > 0)
        where << QStringLiteral(
            "(SELECT count(*) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id "
            "WHERE s.venue_id = v.id AND c.layout = '%1' AND c.capacity >= %2 AND NOT EXISTS "
            "(SELECT 1 FROM venue_spaces p WHERE p.parent_space_id = s.id)) >= %3")
                     .arg(roomLayout)
                     .arg(roomSeats)
                     .arg(rooms);
    auto n = db.scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM venues v WHERE ")
            + where.join(QStringLiteral(" AND ")));
    return n ? n->toInt() : -1;
}

void setLineEdit(QWidget *w, const QString &text)
{
    auto *e = qobject_cast<QLineEdit *>(w);
    e->clear();
    QTest::keyClicks(e, text);
}

} // namespace

class TestVenuesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VenueMapTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_venuespage"));
        installEnglishPlurals();
    }
    void init() { QSettings().clear(); }

    void searchAndFilters_data() { addBackendRows(); }
    void searchAndFilters();
    void adminAddsAFacilityFromTheEditor_data() { addBackendRows(); }
    void adminAddsAFacilityFromTheEditor();
    void editWithMessagesAndSave_data() { addBackendRows(); }
    void editWithMessagesAndSave();
    void conflictShowsBothSides_data() { addBackendRows(); }
    void conflictShowsBothSides();
    void photos_data() { addBackendRows(); }
    void photos();
    void deleteUndoRestore_data() { addBackendRows(); }
    void deleteUndoRestore();
    void newVenueWarnsAboutDuplicates_data() { addBackendRows(); }
    void newVenueWarnsAboutDuplicates();
    void htmlIsShownAsText_data() { addBackendRows(); }
    void htmlIsShownAsText();
    void habitsAreRemembered_data() { addBackendRows(); }
    void habitsAreRemembered();
    void undoStripStaysInThePage_data() { addBackendRows(); }
    void undoStripStaysInThePage();
    void addedMessageIsOneLineAndGoes_data() { addBackendRows(); }
    void addedMessageIsOneLineAndGoes();
    void emptyStatesAndEscape_data() { addBackendRows(); }
    void emptyStatesAndEscape();
    void columnChooserIsRemembered_data() { addBackendRows(); }
    void columnChooserIsRemembered();
    void photoViewerSteps_data() { addBackendRows(); }
    void photoViewerSteps();
    void selectionSurvivesTheCount_data() { addBackendRows(); }
    void selectionSurvivesTheCount();
    void roomFilterMatchesTheBook_data() { addBackendRows(); }
    void roomFilterMatchesTheBook();
    void roomFilterIsRememberedAndCleared_data() { addBackendRows(); }
    void roomFilterIsRememberedAndCleared();
    void roomsTypedInTheEditorReachTheBook_data() { addBackendRows(); }
    void roomsTypedInTheEditorReachTheBook();
    void detailPaneListsTheRooms_data() { addBackendRows(); }
    void detailPaneListsTheRooms();
};

void TestVenuesPage::searchAndFilters()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 600));
    VenueRepository repo(*db);
    VenuesPage page(*db);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(settled(page));
    QCOMPARE(page.countText(), QStringLiteral("600 venues"));

    auto check = [&](const QString &what) {
        if (!settled(page))
            return QStringLiteral("%1: the list did not settle").arg(what);
        auto want = repo.search(page.model()->filter(), 10000);
        if (!want)
            return want.error().sentence();
        if (page.model()->rowCount() != want->size())
            return QStringLiteral("%1: %2 rows, expected %3")
                .arg(what)
                .arg(page.model()->rowCount())
                .arg(want->size());
        if (!want->isEmpty() && page.model()->venueAt(0)->id != want->first().id)
            return QStringLiteral("%1: first row differs").arg(what);
        return QString();
    };

    // Ctrl+F focuses the search; the first keystroke searches at once, a fast burst after it
    // becomes one search at the end of the quiet period.
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(page, "searchEdit");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("City 1"));
    QCOMPARE(page.model()->filter().text, QStringLiteral("C"));
    QTRY_COMPARE(page.model()->filter().text, QStringLiteral("City 1"));
    QCOMPARE(check(QStringLiteral("search")), QString());
    const int searched = page.model()->rowCount();
    QVERIFY(searched > 0 && searched < 600);

    // City, with counts in the combo.
    auto *city = child<QComboBox>(page, "cityCombo");
    QTRY_VERIFY(city->count() > 30);
    const int cityIndex = city->findData(QStringLiteral("City 12"));
    QVERIFY(cityIndex > 0);
    QVERIFY(city->itemText(cityIndex).startsWith(QLatin1String("City 12 (")));
    city->setCurrentIndex(cityIndex);
    QCOMPARE(page.model()->filter().city, QStringLiteral("City 12"));
    QCOMPARE(check(QStringLiteral("city")), QString());

    child<QSpinBox>(page, "minCapacitySpin")->setValue(200);
    child<QSpinBox>(page, "maxCapacitySpin")->setValue(1800);
    QCOMPARE(page.model()->filter().minCapacity, std::optional<int>(200));
    QCOMPARE(page.model()->filter().maxCapacity, std::optional<int>(1800));
    QCOMPARE(check(QStringLiteral("capacity")), QString());

    auto *facilities = child<QToolButton>(page, "facilitiesButton");
    QTRY_VERIFY(facilities->menu()->actions().size() >= 4);
    // The menu offers the vocabulary's labels (the book stores "wifi": offered as "Wi-Fi"), and
    // stays open while ticking.
    QStringList offered;
    for (QAction *a : facilities->menu()->actions())
        offered << a->text();
    QVERIFY2(offered.contains(QLatin1String("Wi-Fi")), qPrintable(offered.join(u',')));
    QVERIFY2(!offered.contains(QLatin1String("wifi")), qPrintable(offered.join(u',')));
    QMenu *menu = facilities->menu();
    menu->popup(facilities->mapToGlobal(QPoint(0, facilities->height())));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    for (QAction *a : menu->actions())
        if (a->data().toString() == QLatin1String("Wi-Fi"))
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
    QCOMPARE(page.model()->filter().facilities, QStringList { QStringLiteral("Wi-Fi") });
    QVERIFY(menu->isVisible());
    menu->close();
    QVERIFY(facilities->text().contains(QLatin1String("Wi-Fi")));
    QCOMPARE(check(QStringLiteral("facilities")), QString());

    auto *rating = child<QComboBox>(page, "ratingCombo");
    rating->setCurrentIndex(rating->findData(2.0));
    QCOMPARE(page.model()->filter().minRating, std::optional<double>(2.0));
    QCOMPARE(check(QStringLiteral("rating")), QString());

    // Sorting by a header the book offers.
    child<QTableView>(page, "table")
        ->sortByColumn(VenueListModel::CapacityColumn, Qt::DescendingOrder);
    QCOMPARE(page.model()->filter().sort, VenueSort::Capacity);
    QCOMPARE(check(QStringLiteral("sorted")), QString());

    child<QToolButton>(page, "clearFiltersButton")->click();
    QCOMPARE(page.model()->filter().text, QString());
    QVERIFY(page.model()->filter().city.isEmpty());
    QCOMPARE(check(QStringLiteral("cleared")), QString());
    QCOMPARE(page.model()->rowCount(), 600);

    // The screenshot of the "looks finished" check.
    page.selectRow(3);
    QTRY_VERIFY(page.shownVenue().has_value());
    QTest::qWait(200);
    page.grab().save(QStringLiteral("/tmp/venues-page-%1.png")
                         .arg(temp.isPostgres() ? QStringLiteral("pg") : QStringLiteral("sqlite")));
}

void TestVenuesPage::adminAddsAFacilityFromTheEditor()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 50));
    for (const bool admin : { false, true }) {
        VenuesPage page(*db);
        page.setCanAddFacilityTerms(admin);
        page.resize(1280, 800);
        page.show();
        QVERIFY(settled(page));
        page.selectRow(0);
        QTRY_VERIFY(page.shownVenue().has_value());
        child<QTableView>(page, "table")->setFocus();
        QTest::keyClick(child<QTableView>(page, "table"), Qt::Key_Return);
        QTRY_VERIFY(page.editor() && page.editor()->isVisible());
        VenueMap::Ui::VenueEditor *editor = page.editor();
        auto *add = editor->findChild<QPushButton *>(QStringLiteral("facilitiesAddButton"));
        QVERIFY(add);
        QCOMPARE(add->isHidden(), !admin);
        if (!admin) {
            QVERIFY(!editor->addTerm(QStringLiteral("Rooftop terrace")));
            editor->reject();
            continue;
        }
        // An alias of a known term is refused with its sentence, under the facilities.
        QVERIFY(!editor->addTerm(QStringLiteral("WLAN")));
        QCOMPARE(editor->messageFor(VenueField::Facilities),
            QStringLiteral("\"WLAN\" is already a facility: Wi-Fi."));
        QVERIFY(editor->addTerm(QStringLiteral("Rooftop terrace")));
        QVERIFY(editor->checkedFacilities().contains(QLatin1String("Rooftop terrace")));
        QVERIFY(editor->messageFor(VenueField::Facilities).isEmpty());
        bool offered = false;
        for (QAction *a : child<QToolButton>(page, "facilitiesButton")->menu()->actions())
            offered = offered || a->data().toString() == QLatin1String("Rooftop terrace");
        QVERIFY(offered);
        auto terms = FacilityTermRepository(*db).load();
        VM_VERIFY_OK(terms);
        QCOMPARE(terms->find(QStringLiteral("rooftop_terrace")),
            std::optional<QString>(QStringLiteral("Rooftop terrace")));
        editor->discard(); // the new term was ticked: closing without saving it
    }
}

void TestVenuesPage::editWithMessagesAndSave()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 50));
    VenuesPage page(*db);
    page.resize(1280, 800);
    page.show();
    QVERIFY(settled(page));
    auto *table = child<QTableView>(page, "table");
    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue().has_value());
    const Venue before = *page.shownVenue();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(page.editor() && page.editor()->isVisible());
    VenueMap::Ui::VenueEditor *editor = page.editor();

    setLineEdit(editor->editorFor(VenueField::Name), QStringLiteral("   "));
    setLineEdit(editor->editorFor(VenueField::Capacity), QStringLiteral("-5"));
    setLineEdit(editor->editorFor(VenueField::Rating), QStringLiteral("7"));
    setLineEdit(editor->editorFor(VenueField::ContactEmail), QStringLiteral("events(at)example"));
    setLineEdit(editor->editorFor(VenueField::Website), QStringLiteral("not a website"));
    editor->save();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->messageFor(VenueField::Name), QStringLiteral("A venue needs a name."));
    QCOMPARE(editor->messageFor(VenueField::Capacity),
        QStringLiteral("The capacity cannot be negative (-5)."));
    QCOMPARE(editor->messageFor(VenueField::Rating),
        QStringLiteral("The rating must be from 0 to 5, not 7."));
    QVERIFY(editor->messageFor(VenueField::ContactEmail).contains(QLatin1String("email")));
    QVERIFY(editor->messageFor(VenueField::Website).contains(QLatin1String("website")));
    QVERIFY(editor->messageFor(VenueField::City).isEmpty());
    setLineEdit(editor->editorFor(VenueField::Capacity), QStringLiteral("lots"));
    editor->save();
    QVERIFY(editor->messageFor(VenueField::Capacity).contains(QLatin1String("whole number")));
    // A name longer than the book holds: the importer's sentence.
    qobject_cast<QLineEdit *>(editor->editorFor(VenueField::Name))
        ->setText(QString(201, QLatin1Char('N')));
    editor->save();
    QCOMPARE(editor->messageFor(VenueField::Name),
        QStringLiteral("Name holds at most 200 characters, not 201."));

    setLineEdit(editor->editorFor(VenueField::Name), QStringLiteral("Harbour Lights"));
    setLineEdit(editor->editorFor(VenueField::Capacity), QStringLiteral("1,250"));
    setLineEdit(editor->editorFor(VenueField::Rating), QStringLiteral("4,5"));
    setLineEdit(
        editor->editorFor(VenueField::ContactEmail), QStringLiteral("events@harbour.example"));
    setLineEdit(editor->editorFor(VenueField::Website), QStringLiteral("www.harbour.example"));
    QTest::mouseClick(
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!page.editor());
    auto saved = VenueRepository(*db).fetchVenue(before.id);
    VM_VERIFY_OK(saved);
    QCOMPARE(saved->name, QStringLiteral("Harbour Lights"));
    QCOMPARE(saved->capacity, std::optional<int>(1250));
    QCOMPARE(saved->rating, std::optional<double>(4.5));
    QCOMPARE(saved->version, before.version + 1);
    QCOMPARE(page.shownVenue()->name, QStringLiteral("Harbour Lights"));
    QCOMPARE(page.model()->index(0, VenueListModel::NameColumn).data().toString(),
        QStringLiteral("Harbour Lights"));
}

void TestVenuesPage::conflictShowsBothSides()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 20));
    auto colleagueDb = temp.open();
    VM_VERIFY_OK(colleagueDb);
    VenuesPage page(*db);
    page.show();
    QVERIFY(settled(page));
    page.selectRow(2);
    QTRY_VERIFY(page.shownVenue().has_value());
    page.editSelected();
    QVERIFY(page.editor());
    const QString id = page.shownVenue()->id;

    // The colleague saves capacity and notes while the form is open.
    VenueRepository theirs(*colleagueDb);
    auto v = theirs.fetchVenue(id);
    VM_VERIFY_OK(v);
    v->capacity = 777;
    v->notes = QStringLiteral("their notes");
    VM_VERIFY_OK(theirs.updateVenue(*v));

    setLineEdit(page.editor()->editorFor(VenueField::Capacity), QStringLiteral("555"));
    setLineEdit(page.editor()->editorFor(VenueField::ContactName), QStringLiteral("My Contact"));
    page.editor()->save();
    QTRY_VERIFY(page.conflictDialog());
    VenueMap::Ui::VenueConflictDialog *dialog = page.conflictDialog();
    const auto fields = dialog->differingFields();
    QVERIFY(fields.contains(VenueField::Capacity));
    QVERIFY(fields.contains(VenueField::Notes));
    QVERIFY(fields.contains(VenueField::ContactName));
    // Mix: their notes, my capacity and contact.
    dialog->choose(VenueField::Notes, VenueMap::Ui::VenueConflictDialog::Side::Theirs);
    auto *saveChoice = [&]() -> QPushButton * {
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Save Choice"))
                return b;
        return nullptr;
    }();
    QVERIFY(saveChoice);
    saveChoice->click();
    QTRY_VERIFY(!page.editor());
    auto stored = theirs.fetchVenue(id);
    VM_VERIFY_OK(stored);
    QCOMPARE(stored->capacity, std::optional<int>(555));
    QCOMPARE(stored->notes, QStringLiteral("their notes"));
    QCOMPARE(stored->contactName, QStringLiteral("My Contact"));
    QCOMPARE(stored->version, v->version + 2);
}

void TestVenuesPage::photos()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 10));
    QTemporaryDir dir;
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 140));
    const QString png = dir.filePath(QStringLiteral("hall.png"));
    QVERIFY(image.save(png));
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a picture");
    f.close();

    VenuesPage page(*db);
    page.show();
    QVERIFY(settled(page));
    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue().has_value());
    auto *gallery = child<VenueMap::Ui::PhotoGallery>(page, "gallery");
    // Photos load on the gallery's own thread and connection; the list follows when they are in.
    QTRY_VERIFY(!gallery->isLoading());
    QCOMPARE(gallery->count(), 0);
    gallery->addFiles({ png, text });
    QTRY_VERIFY(!gallery->isLoading());
    QCOMPARE(gallery->count(), 1);
    QVERIFY2(gallery->lastMessage().contains(QLatin1String("not an image")),
        qPrintable(gallery->lastMessage()));
    gallery->addFiles({ png });
    QTRY_VERIFY(!gallery->isLoading());
    QCOMPARE(gallery->count(), 2);
    gallery->list()->setCurrentRow(1);
    gallery->moveSelected(-1);
    QTRY_VERIFY(!gallery->isLoading());
    QCOMPARE(gallery->list()->currentRow(), 0);
    gallery->removeSelected();
    QTRY_VERIFY(!gallery->isLoading());
    QCOMPARE(gallery->count(), 1);
    const QString withPhoto = page.shownVenue()->id;

    // Clicking through venues: the next venue's gallery never shows the last one's photos, and
    // only the venue shown last is filled in.
    page.selectRow(1);
    QTRY_VERIFY(page.shownVenue() && page.shownVenue()->id != withPhoto);
    QCOMPARE(gallery->count(), 0);
    page.selectRow(0);
    QTRY_COMPARE(page.shownVenue()->id, withPhoto);
    QTRY_VERIFY(!gallery->isLoading());
    QCOMPARE(gallery->venueId(), withPhoto);
    QCOMPARE(gallery->count(), 1);
    auto stored = PhotoRepository(*db).fetchPhotos(page.shownVenue()->id);
    VM_VERIFY_OK(stored);
    QCOMPARE(stored->size(), 1);
}

void TestVenuesPage::deleteUndoRestore()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 30));
    VenuesPage page(*db);
    page.show();
    QVERIFY(settled(page));
    auto *table = child<QTableView>(page, "table");
    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue().has_value());
    const Venue gone = *page.shownVenue();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(page.undoText().contains(gone.name));
    QTRY_COMPARE(page.model()->rowCount(), 29);
    page.undoDelete();
    QTRY_COMPARE(page.model()->rowCount(), 30);
    QVERIFY(page.undoText().isEmpty());

    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue().has_value());
    page.deleteSelected();
    QTRY_COMPARE(page.model()->rowCount(), 29);
    child<QCheckBox>(page, "showDeletedCheck")->setChecked(true);
    QVERIFY(settled(page));
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.countText().contains(QLatin1String("deleted")));
    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue().has_value());
    QVERIFY(page.shownVenue()->isDeleted);
    QVERIFY(child<QPushButton>(page, "restoreButton")->isVisible());
    child<QPushButton>(page, "restoreButton")->click();
    QTRY_COMPARE(page.model()->rowCount(), 0);
    child<QCheckBox>(page, "showDeletedCheck")->setChecked(false);
    QVERIFY(settled(page));
    QCOMPARE(page.model()->rowCount(), 30);
}

void TestVenuesPage::newVenueWarnsAboutDuplicates()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueRepository repo(*db);
    VM_VERIFY_OK(
        repo.addVenue(makeVenue(QStringLiteral("The Loft"), QStringLiteral("Berlin"), 120, 4.0)));
    VenuesPage page(*db);
    page.show();
    QVERIFY(settled(page));
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(page.editor() && page.editor()->isVisible());
    VenueMap::Ui::VenueEditor *editor = page.editor();
    setLineEdit(editor->editorFor(VenueField::Name), QStringLiteral(" the loft"));
    setLineEdit(editor->editorFor(VenueField::City), QStringLiteral("BERLIN"));
    editor->save();
    QTRY_VERIFY(editor->duplicatesAcknowledged()); // the save's answer comes from its worker thread
    QVERIFY(editor->isVisible());
    QCOMPARE(repo.search(VenueFilter(), 10)->size(), 1);
    editor->save(); // Save Anyway
    QTRY_VERIFY(!page.editor());
    QCOMPARE(repo.search(VenueFilter(), 10)->size(), 2);
    QTRY_COMPARE(page.model()->rowCount(), 2);
}

// Issue 12 finding 3: venue text is never interpreted as HTML. "<img src=/dev/zero>" made the
// detail pane allocate until the app aborted; "file:///" showed a local image.
void TestVenuesPage::htmlIsShownAsText()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    Venue v;
    v.name = QStringLiteral("<b>Bold</b> Hall <img src=\"/dev/zero\">");
    v.city = QStringLiteral("<i>Lisbon</i>");
    v.country = QStringLiteral("<u>PT</u>");
    v.address = QStringLiteral(
        "<img src=\"file:///usr/share/icons/hicolor/48x48/apps/venuemap.png\"> Rua 1");
    v.notes = QStringLiteral("<h1>Loud</h1>\n<img src=\"/dev/zero\"> &lt;tag&gt;");
    v.contactName = QStringLiteral("<a href=\"http://evil.example\">Ana</a>");
    v.contactPhone = QStringLiteral("<br><br>+351");
    v.facilities = { QStringLiteral("<img src=\"/dev/zero\">"), QStringLiteral("stage") };
    VM_VERIFY_OK(VenueRepository(*db).addVenue(v));
    VenuesPage page(*db);
    page.resize(1280, 800);
    page.show();
    QVERIFY(settled(page));
    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue().has_value());
    QCoreApplication::processEvents();

    auto *title = child<QLabel>(page, "detailTitle");
    QCOMPARE(title->text(), v.name);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    auto *notes = child<QLabel>(page, "detailNotes");
    QCOMPARE(notes->text(), v.notes);
    QCOMPARE(notes->textFormat(), Qt::PlainText);
    QCOMPARE(child<QLabel>(page, "detailAddress")->textFormat(), Qt::PlainText);
    QCOMPARE(
        child<QLabel>(page, "detailSubtitle")->text(), QStringLiteral("<i>Lisbon</i>, <u>PT</u>"));
    // Every label: plain text, or markup the page built in which the data is escaped.
    const auto labels = page.findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->textFormat() == Qt::PlainText)
            continue;
        QVERIFY2(l->textFormat() == Qt::RichText || !Qt::mightBeRichText(l->text()),
            qPrintable(l->objectName()));
        QVERIFY2(!l->text().contains(QLatin1String("<img"))
                && !l->text().contains(QLatin1String("<a href=\"http://evil")),
            qPrintable(l->objectName() + QLatin1String(": ") + l->text()));
    }
    auto *contact = child<QLabel>(page, "detailContact");
    QTextDocument shown;
    shown.setHtml(contact->text());
    QVERIFY2(shown.toPlainText().contains(v.contactName), qPrintable(shown.toPlainText()));
    QVERIFY(shown.toPlainText().contains(v.contactPhone));
    // The list's tooltip (rich text when it looks like it) shows the facilities literally.
    const QString tip
        = page.model()->index(0, VenueListModel::FacilitiesColumn).data(Qt::ToolTipRole).toString();
    QTextDocument tipDoc;
    tipDoc.setHtml(tip);
    QVERIFY2(Qt::mightBeRichText(tip)
            && tipDoc.toPlainText().contains(QStringLiteral("<img src=\"/dev/zero\">")),
        qPrintable(tip));
    page.grab().save(QStringLiteral("/work/notes/html-venue.png"));

    // The editor's heading names the venue as text too.
    page.editSelected();
    QVERIFY(page.editor());
    for (QLabel *l : page.editor()->findChildren<QLabel *>())
        QVERIFY2(l->textFormat() == Qt::PlainText || !l->text().contains(QLatin1String("<img")),
            qPrintable(l->objectName()));
    page.editor()->reject();
}

void TestVenuesPage::habitsAreRemembered()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 40));
    {
        VenuesPage page(*db);
        page.show();
        QVERIFY(settled(page));
        child<QSpinBox>(page, "minCapacitySpin")->setValue(300);
        child<QTableView>(page, "table")
            ->sortByColumn(VenueListModel::RatingColumn, Qt::DescendingOrder);
        child<QTableView>(page, "table")
            ->horizontalHeader()
            ->resizeSection(VenueListModel::CityColumn, 211);
        QTest::keyClicks(child<QLineEdit>(page, "searchEdit"), QStringLiteral("Venue"));
        QTRY_COMPARE(page.model()->filter().text, QStringLiteral("Venue"));
    }
    VenuesPage again(*db);
    const VenueFilter f = again.model()->filter();
    QCOMPARE(f.text, QStringLiteral("Venue"));
    QCOMPARE(f.minCapacity, std::optional<int>(300));
    QCOMPARE(f.sort, VenueSort::Rating);
    QVERIFY(f.descending);
    QCOMPARE(child<QTableView>(again, "table")
                 ->horizontalHeader()
                 ->sectionSize(VenueListModel::CityColumn),
        211);
}

// The page offers Undo in its own message bar, also inside a main window with a status bar
// (it used to move itself into the window's status bar).
void TestVenuesPage::undoStripStaysInThePage()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 30));
    QMainWindow window;
    auto *page = new VenuesPage(*db);
    window.setCentralWidget(page);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(settled(*page));
    page->selectRow(0);
    QTRY_VERIFY(page->shownVenue().has_value());
    const Venue gone = *page->shownVenue();
    page->deleteSelected();
    QVERIFY(page->undoText().contains(gone.name));
    // Undo is offered in the page's message bar (the same pattern on every page).
    QToolButton *undo = nullptr;
    for (QToolButton *b : page->messageBar()->findChildren<QToolButton *>())
        if (b->defaultAction() && b->defaultAction()->text() == QLatin1String("&Undo"))
            undo = b;
    QVERIFY(undo && undo->isVisible());
    for (QAbstractButton *b : window.statusBar()->findChildren<QAbstractButton *>())
        QVERIFY(!b->text().contains(QLatin1String("Undo")));
    QTRY_COMPARE(page->model()->rowCount(), 29);
    window.grab().save(
        QStringLiteral("/tmp/mapping-venues-window-%1.png")
            .arg(temp.isPostgres() ? QStringLiteral("pg") : QStringLiteral("sqlite")));
    undo->click();
    QTRY_COMPARE(page->model()->rowCount(), 30);
    QVERIFY(page->undoText().isEmpty());

    page->selectRow(1);
    QTRY_VERIFY(page->shownVenue().has_value());
    page->editSelected();
    QVERIFY(page->editor());
    QVERIFY(QTest::qWaitForWindowExposed(page->editor()));
    page->editor()->grab().save(
        QStringLiteral("/tmp/mapping-venue-editor-%1.png")
            .arg(temp.isPostgres() ? QStringLiteral("pg") : QStringLiteral("sqlite")));
    page->editor()->reject();
}

// Issue 19: after Save the "Added …" message grew to ~370 px and never went away. A message is
// one line high whatever its length, and news goes by itself; one that needs an action stays.
void TestVenuesPage::addedMessageIsOneLineAndGoes()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 5));
    VenuesPage page(*db);
    page.resize(800, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(settled(page));
    auto *bar = child<VenueMap::Ui::MessageBar>(page, "messageBar");
    const int oneLine = bar->maximumHeight();
    QVERIFY(oneLine <= 2 * bar->fontMetrics().height() + 4);
    const int minimumWidth = page.minimumSizeHint().width();
    auto *table = child<QTableView>(page, "table");
    const QRect tableBefore(table->mapTo(&page, QPoint(0, 0)), table->size());
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(page.editor() && page.editor()->isVisible());
    const QString name = QStringLiteral("The Grand Old Riverside Exhibition and Conference Hall "
                                        "of the Northern Quarter, East Wing, Upper Floors");
    setLineEdit(page.editor()->editorFor(VenueField::Name), name);
    setLineEdit(page.editor()->editorFor(VenueField::City), QStringLiteral("Berlin"));
    page.editor()->save();
    QTRY_VERIFY(!page.editor());
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(name), qPrintable(bar->text()));
    QTest::qWait(50);
    QCOMPARE(bar->height(), oneLine);
    QVERIFY(bar->width() <= page.width());
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty())
        page.grab().save(QDir(shots).filePath(QStringLiteral("venues-added-message.png")));
    QCOMPARE(page.minimumSizeHint().width(), minimumWidth); // a long sentence does not widen it
    // It floats over the bottom of the table: the rows under the mouse stay where they were.
    QTest::qWait(20); // a layout pass
    const QRect tableRect(table->mapTo(&page, QPoint(0, 0)), table->size());
    QCOMPARE(tableRect, tableBefore);
    const QRect barRect(bar->mapTo(&page, QPoint(0, 0)), bar->size());
    QVERIFY2(barRect.top() > tableRect.top() && barRect.bottom() <= tableRect.bottom(),
        qPrintable(QStringLiteral("bar at y %1..%2, table at y %3..%4")
                       .arg(barRect.top())
                       .arg(barRect.bottom())
                       .arg(tableRect.top())
                       .arg(tableRect.bottom())));
    QVERIFY(barRect.bottom() >= tableRect.bottom() - 3 * oneLine);
    QCOMPARE(bar->actionText(), QStringLiteral("&Undo")); // an added venue can be taken back
    QVERIFY(bar->isAutoHiding());
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 20000);
    QCOMPARE(QRect(table->mapTo(&page, QPoint(0, 0)), table->size()), tableRect);

    // A message that needs an action stays until it is dismissed.
    bar->showMessage(QStringLiteral("Deleted one venue."), VenueMap::Ui::MessageBar::Kind::Info,
        VenueMap::Ui::MessageBar::Lifetime::Stay);
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->isAutoHiding());
    QCOMPARE(bar->height(), oneLine);
}

// Issue 19: a filter that matches nothing says so and offers to clear the filters; an empty book
// says how to add venues; Esc empties the search box; "Deleted only" says what it does.
void TestVenuesPage::emptyStatesAndEscape()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    {
        VenuesPage empty(*db);
        empty.resize(1024, 600);
        empty.show();
        QVERIFY(settled(empty));
        QTRY_VERIFY(empty.emptyText().contains(QStringLiteral("New venue")));
    }
    VM_VERIFY_OK(insertVenueBook(*db, 30));
    VenuesPage page(*db);
    page.resize(1024, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(settled(page));
    QVERIFY(page.emptyText().isEmpty());
    QCOMPARE(child<QCheckBox>(page, "showDeletedCheck")->text(), QStringLiteral("&Deleted only"));
    auto *search = child<QLineEdit>(page, "searchEdit");
    QTest::keyClicks(search, QStringLiteral("zzqx no such venue"));
    QTRY_COMPARE(page.model()->filter().text, QStringLiteral("zzqx no such venue"));
    QVERIFY(settled(page));
    QCOMPARE(page.model()->rowCount(), 0);
    QTRY_COMPARE(page.emptyText(), QStringLiteral("No venue matches these filters."));
    auto *clear = child<QPushButton>(page, "emptyAction");
    QVERIFY(clear->isVisible());
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty())
        page.grab().save(QDir(shots).filePath(QStringLiteral("venues-no-match.png")));
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QVERIFY(settled(page));
    QCOMPARE(page.model()->rowCount(), 30);
    QTRY_VERIFY(page.emptyText().isEmpty());

    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Venue"));
    QTRY_COMPARE(page.model()->filter().text, QStringLiteral("Venue"));
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_VERIFY(page.model()->filter().text.isEmpty());
}

// Issue 19: column widths, order and hidden columns are remembered; the header's context menu
// is a column chooser (the same helper on every table).
void TestVenuesPage::columnChooserIsRemembered()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 10));
    {
        VenuesPage page(*db);
        page.resize(1920, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settled(page));
        QHeaderView *header = child<QTableView>(page, "table")->horizontalHeader();
        // A wide window gives its room to Facilities, not to "Updated".
        QVERIFY2(header->sectionSize(VenueListModel::FacilitiesColumn)
                > header->sectionSize(VenueListModel::UpdatedColumn),
            qPrintable(QString::number(header->sectionSize(VenueListModel::FacilitiesColumn))));
        auto *chooser = header->findChild<VenueMap::Ui::TableHeader *>();
        QVERIFY(chooser);
        std::unique_ptr<QMenu> menu(chooser->createMenu(&page));
        QAction *rating = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == QLatin1String("Rating"))
                rating = a;
        QVERIFY(rating && rating->isChecked());
        rating->trigger(); // unticked: the column goes
        QVERIFY(header->isSectionHidden(VenueListModel::RatingColumn));
        header->moveSection(header->visualIndex(VenueListModel::CityColumn), 0);
    }
    VenuesPage again(*db);
    QHeaderView *header = child<QTableView>(again, "table")->horizontalHeader();
    QVERIFY(header->isSectionHidden(VenueListModel::RatingColumn));
    QCOMPARE(header->visualIndex(VenueListModel::CityColumn), 0);
    auto *chooser = header->findChild<VenueMap::Ui::TableHeader *>();
    QVERIFY(chooser->restored());
    chooser->resetColumns();
    QVERIFY(!header->isSectionHidden(VenueListModel::RatingColumn));
    QCOMPARE(header->visualIndex(VenueListModel::NameColumn), 0);
}

// Issue 19: the photo viewer steps through a venue's photos (buttons and ←/→), wrapping round.
void TestVenuesPage::photoViewerSteps()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 3));
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(40 + 60 * i, 90, 140));
        files << dir.filePath(QStringLiteral("hall%1.png").arg(i));
        QVERIFY(image.save(files.last()));
    }
    VenuesPage page(*db);
    page.show();
    QVERIFY(settled(page));
    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue().has_value());
    auto *gallery = child<VenueMap::Ui::PhotoGallery>(page, "gallery");
    QTRY_VERIFY(!gallery->isLoading());
    gallery->addFiles(files);
    QTRY_VERIFY(!gallery->isLoading());
    QCOMPARE(gallery->count(), 3);
    gallery->list()->setCurrentRow(0);
    gallery->viewSelected();
    QDialog *viewer = gallery->viewer();
    QVERIFY(viewer);
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    auto *position = viewer->findChild<QLabel *>(QStringLiteral("viewerPosition"));
    QCOMPARE(position->text(), QStringLiteral("1 of 3"));
    QTest::mouseClick(
        viewer->findChild<QPushButton *>(QStringLiteral("viewerNext")), Qt::LeftButton);
    QCOMPARE(gallery->viewerRow(), 1);
    QCOMPARE(position->text(), QStringLiteral("2 of 3"));
    viewer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(viewer));
    QTest::keyClick(viewer, Qt::Key_Right);
    QCOMPARE(gallery->viewerRow(), 2);
    QTest::keyClick(viewer, Qt::Key_Right); // past the last: the first
    QCOMPARE(gallery->viewerRow(), 0);
    QTest::mouseClick(
        viewer->findChild<QPushButton *>(QStringLiteral("viewerPrevious")), Qt::LeftButton);
    QCOMPARE(gallery->viewerRow(), 2);
    QCOMPARE(gallery->list()->currentRow(), 2);
    viewer->close();
}

// Issue 19: when the count arrives for a big book the list grows by a reset (one pass of the
// header instead of inserting its sections one by one); the venue a person already picked stays
// selected and shown, the list stays where it was scrolled, and no selection change is signalled.
void TestVenuesPage::selectionSurvivesTheCount()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    const int books = VenueListModel::kGrowByReset + 2500;
    VM_VERIFY_OK(insertVenueBook(*db, books));
    VenuesPage page(*db);
    page.resize(1366, 740);
    QTableView *table = child<QTableView>(page, "table");
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // As soon as the first window is in and before the count, the person picks the fourth venue.
    // On a loaded machine the count may come first; then the list is read again and the person
    // tries again (the growth must happen after the pick for this test to say anything).
    bool pickedBeforeGrowth = false;
    QString picked;
    int selectionChanges = 0;
    for (int attempt = 0; attempt < 20 && !pickedBeforeGrowth; ++attempt) {
        QTRY_VERIFY(page.model()->isCountFinal());
        picked.clear();
        bool grewAfterPick = false;
        QMetaObject::Connection pick;
        pick = connect(page.model(), &QAbstractItemModel::dataChanged, &page, [&] {
            if (!picked.isEmpty() || !page.model()->isRowLoaded(3))
                return;
            if (page.model()->rowCount() >= VenueListModel::kGrowByReset) {
                disconnect(pick); // the count won the race this time
                return;
            }
            table->selectRow(3);
            picked = page.model()->venueAt(3)->id;
            selectionChanges = 0;
        });
        const auto grew = connect(page.model(), &VenueListModel::grewAtOnce, &page,
            [&] { grewAfterPick = grewAfterPick || !picked.isEmpty(); });
        const auto changes = connect(table->selectionModel(),
            &QItemSelectionModel::selectionChanged, &page, [&] { ++selectionChanges; });
        page.model()->reload(); // a new list from its first window
        QTRY_VERIFY(page.model()->isCountFinal());
        disconnect(pick);
        disconnect(grew);
        disconnect(changes);
        pickedBeforeGrowth = grewAfterPick;
    }
    QVERIFY2(pickedBeforeGrowth, "the count always arrived before the first window");
    QCOMPARE(page.model()->rowCount(), books);
    QCOMPARE(table->currentIndex().row(), 3);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 3);
    QCOMPARE(selectionChanges, 0); // after the pick, the growth said nothing
    QTRY_VERIFY(page.shownVenue() && page.shownVenue()->id == picked);
}

void TestVenuesPage::roomFilterMatchesTheBook()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 400));
    VM_VERIFY_OK(giveVenuesRooms(*db, 300));
    VenueRepository repo(*db);
    VenuesPage page(*db);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(settled(page));
    auto *button = page.capacityFilterButton();
    QCOMPARE(button->text(), QStringLiteral("Capacity: any"));

    // The list equals the repository's search for the filter, and its length the plain count;
    // its last row is reached through the model's keyset windows.
    auto check = [&](const QString &what, int plain) {
        if (!settled(page))
            return QStringLiteral("%1: the list did not settle").arg(what);
        auto want = repo.search(page.model()->filter(), 10000);
        if (!want)
            return want.error().sentence();
        if (page.model()->rowCount() != want->size() || want->size() != plain)
            return QStringLiteral("%1: %2 rows, the repository %3, plain SQL %4")
                .arg(what)
                .arg(page.model()->rowCount())
                .arg(want->size())
                .arg(plain);
        if (want->isEmpty())
            return QString();
        const int last = int(want->size()) - 1;
        if (!QTest::qWaitFor(
                [&] {
                    page.model()->prefetch(last);
                    return page.model()->isRowLoaded(last);
                },
                10000))
            return QStringLiteral("%1: the last row never came").arg(what);
        if (page.model()->venueAt(0)->id != want->first().id
            || page.model()->venueAt(last)->id != want->last().id)
            return QStringLiteral("%1: the first or last row differs").arg(what);
        if (!page.countText().startsWith(QLocale().toString(plain) + QLatin1String(" venue")))
            return QStringLiteral("%1: the count says %2").arg(what, page.countText());
        return QString();
    };

    button->showPopup();
    QVERIFY(QTest::qWaitForWindowExposed(button->popup()));
    QVERIFY(!button->seatsSpin()->isEnabled()); // a number needs its layout
    QComboBox *layout = button->layoutCombo();
    layout->setCurrentIndex(layout->findText(QStringLiteral("Theatre")));
    QCOMPARE(page.model()->filter().layout, std::optional(SpaceLayout::Theatre));
    QCOMPARE(page.model()->filter().layoutCapacity, 0);
    QCOMPARE(button->text(), QStringLiteral("Any Theatre"));
    const int withTheatre = plainRoomCount(*db, QStringLiteral("theatre"), 0, 0, {}, 0);
    QCOMPARE(withTheatre, 300);
    QVERIFY(withTheatre > VenueListModel::kPageSize); // the list pages
    QCOMPARE(check(QStringLiteral("any theatre"), withTheatre), QString());

    // Typed as a person types it.
    QVERIFY(button->seatsSpin()->isEnabled());
    button->seatsSpin()->setFocus();
    button->seatsSpin()->selectAll();
    QTest::keyClicks(button->seatsSpin(), QStringLiteral("200"));
    QTRY_COMPARE(page.model()->filter().layoutCapacity, 200);
    QCOMPARE(button->text(), QStringLiteral("200+ Theatre"));
    const int theatre200 = plainRoomCount(*db, QStringLiteral("theatre"), 200, 0, {}, 0);
    QVERIFY(theatre200 > 0 && theatre200 < withTheatre);
    QCOMPARE(check(QStringLiteral("200 theatre"), theatre200), QString());
    QCOMPARE(
        page.countText(), QStringLiteral("%1 venues with a room for 200+ Theatre").arg(theatre200));

    // Breakouts: four rooms of at least 30 classroom (a divided ballroom counts as its parts).
    button->roomsSpin()->setValue(4);
    button->roomSeatsSpin()->setValue(30);
    QCOMPARE(button->roomLayoutCombo()->currentText(), QStringLiteral("Classroom"));
    QCOMPARE(page.model()->filter().rooms, 4);
    QCOMPARE(page.model()->filter().roomLayout, std::optional(SpaceLayout::Classroom));
    QCOMPARE(page.model()->filter().roomCapacity, 30);
    const int both
        = plainRoomCount(*db, QStringLiteral("theatre"), 200, 4, QStringLiteral("classroom"), 30);
    QVERIFY(both > 0 && both < theatre200);
    QCOMPARE(check(QStringLiteral("200 theatre, 4 x 30 classroom"), both), QString());
    QCOMPARE(button->toolTip(),
        QStringLiteral("Capacity: a room for 200+ Theatre and 4 × 30 Classroom breakout rooms"));
    QVERIFY2(page.countText().endsWith(QStringLiteral(
                 "with a room for 200+ Theatre and 4 × 30 Classroom breakout rooms")),
        qPrintable(page.countText()));
    QTest::qWait(100);
    Test::screenshot(&page, QStringLiteral("venues-room-filter-%1").arg(QTest::currentDataTag()));
    Test::screenshot(
        button->popup(), QStringLiteral("venues-room-popup-%1").arg(QTest::currentDataTag()));

    // Breakouts alone, in another layout.
    layout->setCurrentIndex(0);
    QVERIFY(!button->seatsSpin()->isEnabled());
    button->roomLayoutCombo()->setCurrentIndex(
        button->roomLayoutCombo()->findText(QStringLiteral("Boardroom")));
    button->roomSeatsSpin()->setValue(12);
    QCOMPARE(page.model()->filter().layout, std::nullopt);
    QCOMPARE(button->text(), QStringLiteral("4 × 12 Boardroom"));
    const int boardrooms = plainRoomCount(*db, {}, 0, 4, QStringLiteral("boardroom"), 12);
    QVERIFY(boardrooms > 0);
    QCOMPARE(check(QStringLiteral("4 x 12 boardroom"), boardrooms), QString());

    // Nothing that large: the empty list says which rooms were asked for.
    layout->setCurrentIndex(layout->findText(QStringLiteral("Theatre")));
    button->seatsSpin()->setValue(90000);
    QVERIFY(settled(page));
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.emptyText(),
        QStringLiteral("No venue with a room for 90,000+ Theatre and 4 × 12 Boardroom breakout "
                       "rooms matches these filters."));

    // Return closes the popup, keeping the choice.
    QTest::keyClick(button->seatsSpin(), Qt::Key_Return);
    QVERIFY(!button->popup()->isVisible());
    QCOMPARE(page.model()->filter().layoutCapacity, 90000);

    // With the other filters, the room choice narrows the same list.
    button->seatsSpin()->setValue(300);
    button->roomsSpin()->setValue(0);
    auto *city = child<QComboBox>(page, "cityCombo");
    QTRY_VERIFY(city->count() > 30);
    city->setCurrentIndex(city->findData(QStringLiteral("City 12")));
    QCOMPARE(page.model()->filter().rooms, 0);
    QCOMPARE(page.model()->filter().roomLayout, std::nullopt);
    QVERIFY(settled(page));
    auto want = repo.search(page.model()->filter(), 10000);
    VM_VERIFY_OK(want);
    QCOMPARE(page.model()->rowCount(), want->size());
    for (const Venue &v : *want)
        QCOMPARE(v.city, QStringLiteral("City 12"));

    child<QToolButton>(page, "clearFiltersButton")->click();
    QCOMPARE(page.model()->filter().layout, std::nullopt);
    QCOMPARE(page.model()->filter().rooms, 0);
    QCOMPARE(button->text(), QStringLiteral("Capacity: any"));
    QCOMPARE(button->layoutCombo()->currentIndex(), 0);
    QCOMPARE(button->seatsSpin()->value(), 0);
    QCOMPARE(button->roomsSpin()->value(), 0);
    QVERIFY(settled(page));
    QCOMPARE(page.model()->rowCount(), 400);
    QCOMPARE(page.countText(), QStringLiteral("400 venues"));
}

void TestVenuesPage::roomFilterIsRememberedAndCleared()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 60));
    VM_VERIFY_OK(giveVenuesRooms(*db, 60));
    {
        VenuesPage page(*db);
        page.show();
        QVERIFY(settled(page));
        auto *button = page.capacityFilterButton();
        button->minCapacitySpin()->setValue(100);
        button->layoutCombo()->setCurrentIndex(
            button->layoutCombo()->findText(QStringLiteral("Banquet (rounds)")));
        button->seatsSpin()->setValue(120);
        button->roomsSpin()->setValue(3);
        button->roomSeatsSpin()->setValue(20);
        button->roomLayoutCombo()->setCurrentIndex(
            button->roomLayoutCombo()->findText(QStringLiteral("U-shape")));
    }
    VenueFilter expected;
    expected.minCapacity = 100;
    expected.layout = SpaceLayout::Banquet;
    expected.layoutCapacity = 120;
    expected.rooms = 3;
    expected.roomLayout = SpaceLayout::UShape;
    expected.roomCapacity = 20;
    {
        VenuesPage again(*db);
        again.show();
        QCOMPARE(again.model()->filter(), expected);
        QCOMPARE(again.filterFromWidgets(), expected);
        QCOMPARE(again.capacityFilterButton()->text(),
            again.capacityFilterButton()->fontMetrics().elidedText(
                QStringLiteral("100+ guests, 120+ Banquet (rounds), 3 × 20 U-shape"),
                Qt::ElideRight, again.capacityFilterButton()->width() - 24));
        QCOMPARE(again.capacityFilterButton()->toolTip(),
            QStringLiteral("Capacity: 100+ guests; a room for 120+ Banquet (rounds) and 3 × 20 "
                           "U-shape breakout rooms"));
        QVERIFY(settled(again));
        again.clearFilters();
        QCOMPARE(again.filterFromWidgets(), VenueFilter {});
    }
    VenuesPage cleared(*db);
    QCOMPARE(cleared.model()->filter(), VenueFilter {});
    QCOMPARE(cleared.capacityFilterButton()->text(), QStringLiteral("Capacity: any"));

    // setFilter() shows a filter made elsewhere (the command line's flags, say) in the popup.
    VenueFilter f;
    f.layout = SpaceLayout::Reception;
    f.layoutCapacity = 500;
    cleared.setFilter(f);
    QCOMPARE(cleared.capacityFilterButton()->layoutCombo()->currentText(),
        QStringLiteral("Reception (standing)"));
    QCOMPARE(cleared.capacityFilterButton()->seatsSpin()->value(), 500);
    QCOMPARE(cleared.filterFromWidgets(), f);
}

void TestVenuesPage::detailPaneListsTheRooms()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueRepository repo(*db);
    Venue palais = makeVenue(QStringLiteral("Palais des Congrès"), QStringLiteral("Brussels"),
        std::nullopt, 4.5, { QStringLiteral("wifi"), QStringLiteral("stage") });
    palais.country = QStringLiteral("Belgium");
    palais.address = QStringLiteral("Coudenberg 3, 1000 Brussels");
    auto added = repo.addVenue(palais);
    VM_VERIFY_OK(added);
    auto loft = repo.addVenue(
        makeVenue(QStringLiteral("Studio Loft"), QStringLiteral("Brussels"), 80, 4.0));
    VM_VERIFY_OK(loft);
    auto bare = repo.addVenue(
        makeVenue(QStringLiteral("Zinneke Hall"), QStringLiteral("Brussels"), 150, 3.5));
    VM_VERIFY_OK(bare);

    const QString grand = newId();
    VenueSpace hall = makeSpace(grand, QStringLiteral("Grand Hall"),
        { { SpaceLayout::Theatre, 450 }, { SpaceLayout::Banquet, 300 },
            { SpaceLayout::Reception, 600 }, { SpaceLayout::Classroom, 240 } });
    hall.floor = QStringLiteral("Ground floor");
    hall.areaM2 = 1200;
    hall.ceilingHeightM = 9.5;
    hall.hasDaylight = false;
    VenueSpace hallA = makeSpace(newId(), QStringLiteral("Hall A"),
        { { SpaceLayout::Theatre, 150 }, { SpaceLayout::Classroom, 80 } }, grand);
    VenueSpace hallB = makeSpace(newId(), QStringLiteral("Hall B"),
        { { SpaceLayout::Theatre, 150 }, { SpaceLayout::Classroom, 80 } }, grand);
    VenueSpace terrace = makeSpace(
        newId(), QStringLiteral("Rooftop Terrace"), { { SpaceLayout::Reception, 250 } });
    terrace.floor = QStringLiteral("6");
    terrace.areaM2 = 320;
    terrace.hasDaylight = true;
    terrace.notes = QStringLiteral("Heaters on request.");
    VenueSpace board = makeSpace(newId(), QStringLiteral("Salon <b>Bleu</b> & <i>Co</i>"),
        { { SpaceLayout::Boardroom, 18 }, { SpaceLayout::UShape, 16 } });
    board.floor = QStringLiteral("1");
    board.areaM2 = 55.5;
    // Saved in an order where a part comes before its hall: the pane puts it under the hall.
    QList<VenueSpace> spaces { hallA, hall, terrace, hallB, board };
    for (int k = 0; k < spaces.size(); ++k)
        spaces[k].sortOrder = k;
    VM_VERIFY_OK(SpaceRepository(*db).saveSpaces(added->id, {}, spaces));
    VM_VERIFY_OK(SpaceRepository(*db).saveSpaces(loft->id, {},
        { makeSpace(newId(), QStringLiteral("<img src=\"/dev/zero\"> Loft"),
            { { SpaceLayout::Reception, 80 } }) }));

    VenuesPage page(*db);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(settled(page));
    QCOMPARE(page.model()->rowCount(), 3);
    const qint64 onGuiThread = Database::statementsOnMainThread();

    auto select = [&](const QString &name) {
        for (int row = 0; row < page.model()->rowCount(); ++row)
            if (page.model()->venueAt(row) && page.model()->venueAt(row)->name == name) {
                page.selectRow(row);
                return QTest::qWaitFor(
                    [&] {
                        return page.shownVenue() && page.shownVenue()->name == name
                            && !page.isReadingRooms();
                    },
                    10000);
            }
        return false;
    };
    SpacesList *list = page.spacesList();
    QVERIFY(select(QStringLiteral("Palais des Congrès")));
    QCOMPARE(list->lines(),
        (QStringList {
            QStringLiteral("Grand Hall — Theatre 450 · Classroom 240 · Banquet (rounds) 300 · "
                           "Reception (standing) 600"),
            QStringLiteral("  Hall A (part of Grand Hall) — Theatre 150 · Classroom 80"),
            QStringLiteral("  Hall B (part of Grand Hall) — Theatre 150 · Classroom 80"),
            QStringLiteral("Rooftop Terrace — Reception (standing) 250"),
            QStringLiteral("Salon <b>Bleu</b> & <i>Co</i> — Boardroom 18 · U-shape 16"),
        }));
    QCOMPARE(list->details(),
        (QStringList {
            QStringLiteral("Ground floor · 1,200 m² · 9.5 m ceiling · no daylight"),
            QString(),
            QString(),
            QStringLiteral("Floor 6 · 320 m² · daylight\nHeaters on request."),
            QStringLiteral("Floor 1 · 55.5 m²"),
        }));
    for (QLabel *l : list->findChildren<QLabel *>())
        QCOMPARE(l->textFormat(), Qt::PlainText);
    QVERIFY(list->highlighted().isEmpty()); // no room filter
    QCOMPARE(child<QLabel>(page, "detailCapacity")->text(),
        QStringLiteral("600 guests (largest room: Grand Hall, Reception (standing))"));
    QVERIFY(child<QLabel>(page, "roomsCaption")->isVisible());

    // A room filter bolds the rooms that answer it; breakouts count a divided hall's parts.
    VenueFilter f = page.model()->filter();
    f.layout = SpaceLayout::Theatre;
    f.layoutCapacity = 200;
    f.rooms = 2;
    f.roomLayout = SpaceLayout::Classroom;
    f.roomCapacity = 50;
    page.setFilter(f);
    QVERIFY(settled(page));
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(select(QStringLiteral("Palais des Congrès")));
    QCOMPARE(list->highlighted(),
        (QStringList {
            QStringLiteral("Grand Hall"), QStringLiteral("Hall A"), QStringLiteral("Hall B") }));
    QTest::qWait(300); // the photos and the rooms' labels show
    Test::screenshot(&page, QStringLiteral("venues-rooms-detail-%1").arg(QTest::currentDataTag()));
    page.clearFilters();
    QVERIFY(settled(page));

    QVERIFY(select(QStringLiteral("Studio Loft")));
    QCOMPARE(list->lines(),
        QStringList { QStringLiteral("<img src=\"/dev/zero\"> Loft — Reception (standing) 80") });
    QCOMPARE(child<QLabel>(page, "detailCapacity")->text(),
        QStringLiteral("80 guests (largest room: <img src=\"/dev/zero\"> Loft, Reception "
                       "(standing))"));
    QCOMPARE(child<QLabel>(page, "detailCapacity")->textFormat(), Qt::PlainText);

    QVERIFY(select(QStringLiteral("Zinneke Hall")));
    QVERIFY(list->lines().isEmpty());
    QCOMPARE(list->findChild<QLabel *>(QStringLiteral("spacesMessage"))->text(),
        QStringLiteral("No rooms recorded."));
    QCOMPARE(child<QLabel>(page, "detailCapacity")->text(), QStringLiteral("150 guests"));

    // Every read of the rooms ran on the page's reader thread.
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);

    // Rooms added meanwhile (by a colleague) show the next time the venue is chosen.
    VM_VERIFY_OK(SpaceRepository(*db).saveSpaces(bare->id, {},
        { makeSpace(newId(), QStringLiteral("Cellar"), { { SpaceLayout::Cabaret, 90 } }) }));
    QVERIFY(select(QStringLiteral("Studio Loft")));
    QVERIFY(select(QStringLiteral("Zinneke Hall")));
    QCOMPARE(list->lines(), QStringList { QStringLiteral("Cellar — Cabaret 90") });
}

QTEST_MAIN(TestVenuesPage)
// The page's editor (Enter on a venue) reads the venue's rooms, and a room typed in its Spaces
// tab is saved with the venue through the page's own saver: stored, venues.capacity follows it.
void TestVenuesPage::roomsTypedInTheEditorReachTheBook()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 20));
    VenuesPage page(*db);
    page.resize(1366, 768);
    page.show();
    QVERIFY(settled(page));
    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue().has_value());
    const Venue before = *page.shownVenue();
    auto *table = child<QTableView>(page, "table");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(page.editor() && page.editor()->isVisible());
    VenueMap::Ui::VenueEditor *editor = page.editor();
    QTRY_VERIFY(editor->showsSpaces()); // the rooms were read (none yet)
    VenueMap::Ui::SpacesTable *rooms = editor->spacesTable();
    rooms->addSpace();
    const int row = rooms->table()->rowCount() - 1;
    rooms->table()->item(row, VenueMap::Ui::SpacesTable::Name)->setText(QStringLiteral("Ballroom"));
    rooms->table()
        ->item(row, rooms->columnOf(SpaceLayout::Theatre))
        ->setText(QStringLiteral("4321"));
    QTest::mouseClick(
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!page.editor());
    auto spaces = SpaceRepository(*db).fetchSpaces(before.id);
    VM_VERIFY_OK(spaces);
    QCOMPARE(spaces->size(), 1);
    QCOMPARE(spaces->first().name, QStringLiteral("Ballroom"));
    QCOMPARE(spaces->first().capacity(SpaceLayout::Theatre), std::optional<int>(4321));
    auto saved = VenueRepository(*db).fetchVenue(before.id);
    VM_VERIFY_OK(saved);
    QCOMPARE(saved->capacity, std::optional<int>(4321));

    // Edit > Undo takes the room back with the venue's fields, and Redo brings it again.
    VenueMap::Ui::UndoHistory *history = page.undoHistory();
    QVERIFY(history->canUndo());
    history->undo();
    QTRY_VERIFY(!history->isBusy());
    QTRY_COMPARE(SpaceRepository(*db).fetchSpaces(before.id)->size(), 0);
    QCOMPARE(VenueRepository(*db).fetchVenue(before.id)->capacity, before.capacity);
    history->redo();
    QTRY_VERIFY(!history->isBusy());
    QTRY_COMPARE(SpaceRepository(*db).fetchSpaces(before.id)->size(), 1);
    QCOMPARE(SpaceRepository(*db).fetchSpaces(before.id)->first().name, QStringLiteral("Ballroom"));
    QCOMPARE(VenueRepository(*db).fetchVenue(before.id)->capacity, std::optional<int>(4321));
}

#include "tst_venuespage.moc"
