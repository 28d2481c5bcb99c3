// The venue editor (issue 19): facilities are ticked from the vocabulary, never typed; the form
// is tidy: the title at the top, each message directly under its field, and the dialog fits a
// 1024x700 window. The Spaces tab (issue 13) on both backends: rooms typed into the table are
// saved with the venue in one save, read and written off the GUI thread; what is typed wrong is
// refused with a sentence and stays for correction; a colleague's change to the rooms is told.
#include "domain/facilityterms.h"
#include "domain/language.h"
#include "repositories/spacerepository.h"
#include "repositories/venuerepository.h"
#include "services/venuesaver.h"
#include "testdatabase.h"
#include "venues/spacestable.h"
#include "venues/venueeditor.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

using namespace VenueMap;
using namespace VenueMap::Test;
using Core::SpaceLayout;
using Core::VenueField;

class tst_VenueEditor : public QObject
{
    Q_OBJECT
private slots:
    void facilitiesArePickedFromTheList();
    void messagesSitUnderTheirFields_data();
    void messagesSitUnderTheirFields();
    void messagesGoWhenTheFieldIsRight();
    void titleIsLikeTheOtherDialogs();
    void escapeNeverThrowsAwayTypedText();

    void spacesTypedInTheTabAreSavedWithTheVenue_data() { addBackendRows(); }
    void spacesTypedInTheTabAreSavedWithTheVenue();
    void editRemoveAndReorderSpaces_data() { addBackendRows(); }
    void editRemoveAndReorderSpaces();
    void badCapacityIsRefusedAndStays_data();
    void badCapacityIsRefusedAndStays();
    void duplicateNamesAndParentCyclesAreRefused_data() { addBackendRows(); }
    void duplicateNamesAndParentCyclesAreRefused();
    void boardroomLargerThanTheatreWarnsButSaves_data() { addBackendRows(); }
    void boardroomLargerThanTheatreWarnsButSaves();
    void colleaguesRoomChangeIsToldAndTheEditKept_data() { addBackendRows(); }
    void colleaguesRoomChangeIsToldAndTheEditKept();
    void escapeWithOnlyASpaceEditedAsks();
    void spacesTabAtLaptopSize_data() { addBackendRows(); }
    void spacesTabAtLaptopSize();
};

static Core::Venue sampleVenue()
{
    Core::Venue v;
    v.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    v.name = QStringLiteral("Alte Münze");
    v.city = QStringLiteral("Berlin");
    v.capacity = 250;
    v.facilities = { QStringLiteral("Wi-Fi"), QStringLiteral("Rooftop pool") };
    return v;
}

void tst_VenueEditor::facilitiesArePickedFromTheList()
{
    VenueMap::Ui::VenueEditor editor(sampleVenue());
    editor.setFacilityChoices(Core::FacilityVocabulary::seeded().labels());
    auto *list = qobject_cast<QListWidget *>(editor.editorFor(VenueField::Facilities));
    QVERIFY2(list, "facilities are a list to tick, not a text field");
    QVERIFY(editor.findChildren<QLineEdit *>().size() > 0);
    for (QLineEdit *e : editor.findChildren<QLineEdit *>())
        QVERIFY2(!e->objectName().contains(QLatin1String("facilit"), Qt::CaseInsensitive),
            qPrintable(e->objectName()));
    QStringList offered;
    for (int i = 0; i < list->count(); ++i)
        offered << list->item(i)->text();
    // The vocabulary's labels, then the venue's own facility that no term knows.
    QCOMPARE(
        offered, Core::FacilityVocabulary::seeded().labels() << QStringLiteral("Rooftop pool"));
    QCOMPARE(editor.checkedFacilities(),
        (QStringList { QStringLiteral("Wi-Fi"), QStringLiteral("Rooftop pool") }));
    list->findItems(QStringLiteral("Catering kitchen"), Qt::MatchExactly)
        .first()
        ->setCheckState(Qt::Checked);
    auto read = editor.readForm();
    QVERIFY(read);
    QCOMPARE(read->facilities,
        (QStringList { QStringLiteral("Catering kitchen"), QStringLiteral("Wi-Fi"),
            QStringLiteral("Rooftop pool") }));

    // Adding a term: for an admin only (the page hands the adder to an admin's editor).
    auto *add = editor.findChild<QPushButton *>(QStringLiteral("facilitiesAddButton"));
    QVERIFY(add);
    QVERIFY(add->isHidden());
    editor.setTermAdder([](const QString &label, QString *) { return label; });
    QVERIFY(!add->isHidden());

    // In Dutch the list speaks Dutch; what is ticked and saved stays the book's label.
    Core::installAppLanguage(QStringLiteral("nl"));
    const auto english = qScopeGuard([] { Core::installAppLanguage(QStringLiteral("en")); });
    VenueMap::Ui::VenueEditor dutch(sampleVenue());
    dutch.setFacilityChoices(Core::FacilityVocabulary::seeded().labels());
    auto *dutchList = qobject_cast<QListWidget *>(dutch.editorFor(VenueField::Facilities));
    QVERIFY(dutchList);
    QVERIFY(dutchList->findItems(QStringLiteral("Catering kitchen"), Qt::MatchExactly).isEmpty());
    const QString kitchen = QCoreApplication::translate("Facility", "Catering kitchen");
    QVERIFY2(kitchen != QLatin1String("Catering kitchen"), "a Dutch translation is installed");
    dutchList->findItems(kitchen, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    auto dutchRead = dutch.readForm();
    QVERIFY(dutchRead);
    QCOMPARE(dutchRead->facilities,
        (QStringList { QStringLiteral("Catering kitchen"), QStringLiteral("Wi-Fi"),
            QStringLiteral("Rooftop pool") }));
}

void tst_VenueEditor::messagesSitUnderTheirFields_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default") << QSize();
    QTest::newRow("1024x700 window") << QSize(1000, 660);
}

void tst_VenueEditor::messagesSitUnderTheirFields()
{
    QFETCH(QSize, size);
    VenueMap::Ui::VenueEditor editor(sampleVenue());
    editor.setFacilityChoices(Core::FacilityVocabulary::seeded().labels());
    QVERIFY2(editor.minimumSizeHint().height() <= 660 && editor.minimumSizeHint().width() <= 1000,
        qPrintable(QStringLiteral("%1x%2")
                       .arg(editor.minimumSizeHint().width())
                       .arg(editor.minimumSizeHint().height())));
    if (size.isValid())
        editor.resize(size);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.height() <= 700);
    static_cast<QLineEdit *>(editor.editorFor(VenueField::Rating))->setText(QStringLiteral("7"));
    static_cast<QLineEdit *>(editor.editorFor(VenueField::ContactEmail))
        ->setText(QStringLiteral("not-an-email"));
    editor.save();
    QTest::qWait(50);

    for (VenueField f : { VenueField::Rating, VenueField::ContactEmail }) {
        QVERIFY2(!editor.messageFor(f).isEmpty(), qPrintable(Core::venueFieldLabel(f)));
        QWidget *field = editor.editorFor(f);
        QLabel *message = nullptr;
        for (QLabel *l : editor.findChildren<QLabel *>())
            if (!l->isHidden() && l->text() == editor.messageFor(f))
                message = l;
        QVERIFY(message);
        const QRect fr(field->mapTo(&editor, QPoint(0, 0)), field->size());
        const QRect mr(message->mapTo(&editor, QPoint(0, 0)), message->size());
        // Directly under its own field, left-aligned with it, no gap.
        QCOMPARE(mr.left(), fr.left());
        QVERIFY2(mr.top() > fr.bottom() && mr.top() - fr.bottom() <= 8,
            qPrintable(QStringLiteral("%1: field ends at %2, message starts at %3")
                           .arg(Core::venueFieldLabel(f))
                           .arg(fr.bottom())
                           .arg(mr.top())));
        // ... and its text fits its height (no message squeezed to a sliver or in a gap).
        QVERIFY(mr.height() <= message->sizeHint().height() + 8);
    }
    // The title sits at the top, not floating in space.
    auto *header = editor.findChild<QLabel *>(QStringLiteral("headerLabel"));
    QVERIFY(header);
    QVERIFY2(header->mapTo(&editor, QPoint(0, 0)).y() <= 24,
        qPrintable(QString::number(header->mapTo(&editor, QPoint(0, 0)).y())));

    const QString dir = qEnvironmentVariable("VENUEMAP_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        editor.grab().save(
            QStringLiteral("%1/venue-editor-%2.png")
                .arg(dir, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    }
}

// A refused field's sentence goes as soon as the value is right, not at the next Save; the
// email rule is the one caterers and people have ("x@kesselhaus" has no domain ending).
void tst_VenueEditor::messagesGoWhenTheFieldIsRight()
{
    VenueMap::Ui::VenueEditor editor(sampleVenue());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *rating = static_cast<QLineEdit *>(editor.editorFor(VenueField::Rating));
    auto *email = static_cast<QLineEdit *>(editor.editorFor(VenueField::ContactEmail));
    rating->setText(QStringLiteral("7"));
    email->setText(QStringLiteral("x@kesselhaus"));
    editor.save();
    QVERIFY(!editor.messageFor(VenueField::Rating).isEmpty());
    QCOMPARE(editor.messageFor(VenueField::ContactEmail),
        QStringLiteral("This does not look like an email address (name@example.com)."));
    // Typing over the rating: the sentence follows what is typed.
    rating->selectAll();
    QTest::keyClicks(rating, QStringLiteral("4.5"));
    QVERIFY(editor.messageFor(VenueField::Rating).isEmpty());
    QVERIFY(!editor.messageFor(VenueField::ContactEmail).isEmpty()); // not fixed yet
    email->setFocus();
    email->end(false);
    QTest::keyClicks(email, QStringLiteral(".de"));
    QVERIFY(editor.messageFor(VenueField::ContactEmail).isEmpty());
    // A field that was never refused says nothing while it is typed into.
    auto *capacity = static_cast<QLineEdit *>(editor.editorFor(VenueField::Capacity));
    capacity->selectAll();
    QTest::keyClicks(capacity, QStringLiteral("-"));
    QVERIFY(editor.messageFor(VenueField::Capacity).isEmpty());
}

// Dialog titles are in title case and name what they edit, as New Caterer and Edit <name> do.
void tst_VenueEditor::titleIsLikeTheOtherDialogs()
{
    Core::Venue fresh;
    VenueMap::Ui::VenueEditor newEditor(fresh);
    QCOMPARE(newEditor.windowTitle(), QStringLiteral("New Venue"));
    VenueMap::Ui::VenueEditor editEditor(sampleVenue());
    QCOMPARE(editEditor.windowTitle(), QStringLiteral("Edit Alte Münze"));
}

// Walkthrough finding: Esc in a new venue's editor closed it and what was typed was gone. With
// changes, Esc (or Cancel) asks; Keep Editing keeps every character; Discard closes. Without
// changes, and when only more facilities were offered, it closes at once.
void tst_VenueEditor::escapeNeverThrowsAwayTypedText()
{
    Core::Venue fresh;
    fresh.city = QStringLiteral("Berlin"); // the page fills in the filtered city
    VenueMap::Ui::VenueEditor untouched(fresh);
    untouched.setFacilityChoices(Core::FacilityVocabulary::seeded().labels());
    untouched.show();
    QVERIFY(QTest::qWaitForWindowExposed(&untouched));
    QVERIFY(!untouched.hasChanges());
    QTest::keyClick(&untouched, Qt::Key_Escape);
    QTRY_VERIFY(!untouched.isVisible());

    VenueMap::Ui::VenueEditor editor(fresh);
    editor.setFacilityChoices(Core::FacilityVocabulary::seeded().labels());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *name = qobject_cast<QLineEdit *>(editor.editorFor(VenueField::Name));
    QTest::keyClicks(name, QStringLiteral("Kesselhaus"));
    QVERIFY(editor.hasChanges());
    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_VERIFY(editor.discardQuestion() && editor.discardQuestion()->isVisible());
    QVERIFY(editor.isVisible());
    QTest::keyClick(editor.discardQuestion(), Qt::Key_Escape); // Esc again: keep editing
    QTRY_VERIFY(!editor.discardQuestion());
    QVERIFY(editor.isVisible());
    QCOMPARE(name->text(), QStringLiteral("Kesselhaus"));
    editor.reject();
    QTRY_VERIFY(editor.discardQuestion() && editor.discardQuestion()->isVisible());
    QPushButton *discard = nullptr;
    for (QPushButton *b : editor.discardQuestion()->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("&Discard"))
            discard = b;
    QVERIFY(discard);
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_VERIFY(!editor.isVisible());
    QCOMPARE(editor.result(), int(QDialog::Rejected));
}

namespace {

// What the Venues page does with an editor: Save goes to the saver with the spaces, the outcome
// comes back to the editor (closing it, or a sentence in it).
struct SaveWiring
{
    SaveWiring(VenueMap::Ui::VenueEditor &editor, const Core::Database &db)
        : saver(db)
    {
        saver.begin(editor.original());
        QObject::connect(&editor, &VenueMap::Ui::VenueEditor::saveRequested, &saver,
            [this, &editor](const Core::Venue &v) {
                editor.setSaving(true);
                saver.save(v, editor.duplicatesAcknowledged(), editor.spacesEdit());
            });
        QObject::connect(&saver, &Core::BackgroundVenueSaver::finished, &editor,
            [this, &editor](const Core::VenueSaveOutcome &o) {
                editor.setSaving(false);
                outcomes << o;
                if (o.kind == Core::VenueSaveOutcome::Kind::Saved)
                    editor.accept();
                else if (o.kind == Core::VenueSaveOutcome::Kind::Failed)
                    editor.showFormMessage(o.error.sentence());
            });
    }
    Core::BackgroundVenueSaver saver;
    QList<Core::VenueSaveOutcome> outcomes;
};

void type(VenueMap::Ui::SpacesTable *t, int row, int column, const QString &text)
{
    t->table()->item(row, column)->setText(text);
}

void typeCapacity(VenueMap::Ui::SpacesTable *t, int row, SpaceLayout layout, const QString &text)
{
    type(t, row, t->columnOf(layout), text);
}

// Adds a row through the Add button and types its name.
int addRow(VenueMap::Ui::SpacesTable *t, const QString &name)
{
    QPushButton *add = nullptr;
    for (QPushButton *b : t->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("&Add Space"))
            add = b;
    Q_ASSERT(add);
    t->table()->setCurrentCell(t->table()->rowCount() - 1, 0);
    QTest::mouseClick(add, Qt::LeftButton);
    const int row = t->table()->currentRow();
    // The new name cell is open for typing.
    QWidget *editor = t->table()->viewport()->focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(editor ? editor : QApplication::focusWidget())) {
        QTest::keyClicks(line, name);
        QTest::keyClick(line, Qt::Key_Tab);
    }
    if (t->table()->item(row, 0)->text() != name)
        type(t, row, 0, name);
    return row;
}

void chooseParent(VenueMap::Ui::SpacesTable *t, int row, const QString &parentName)
{
    QComboBox *box = t->parentChooser(row);
    box->setCurrentIndex(box->findText(parentName));
}

Core::Venue storedVenue(const Core::Database &db, const QString &name)
{
    auto added = Core::VenueRepository(db).addVenue([&] {
        Core::Venue v;
        v.name = name;
        v.city = QStringLiteral("Brussels");
        v.country = QStringLiteral("Belgium");
        v.capacity = 100;
        return v;
    }());
    if (!added)
        qFatal("could not add the venue");
    return *added;
}

QStringList namesOf(const QList<Core::VenueSpace> &spaces)
{
    QStringList out;
    for (const Core::VenueSpace &s : spaces)
        out << s.name;
    return out;
}

} // namespace

void tst_VenueEditor::spacesTypedInTheTabAreSavedWithTheVenue()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    const Core::Venue venue = storedVenue(*db, QStringLiteral("Square Brussels"));
    const qint64 onGuiThread = Core::Database::statementsOnMainThread();

    VenueMap::Ui::VenueEditor editor(venue);
    SaveWiring wiring(editor, *db);
    editor.loadSpaces(*db);
    QVERIFY(editor.showsSpaces());
    QVERIFY(!editor.hasChanges());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.showSpacesTab();
    VenueMap::Ui::SpacesTable *t = editor.spacesTable();
    QCOMPARE(t->table()->rowCount(), 0);

    const int hall = addRow(t, QStringLiteral("Grand Hall"));
    typeCapacity(t, hall, SpaceLayout::Theatre, QStringLiteral("1200"));
    typeCapacity(t, hall, SpaceLayout::Banquet, QStringLiteral("700"));
    type(t, hall, VenueMap::Ui::SpacesTable::Floor, QStringLiteral("0"));
    type(t, hall, VenueMap::Ui::SpacesTable::Area, QStringLiteral("1450"));
    type(t, hall, VenueMap::Ui::SpacesTable::Ceiling, QStringLiteral("9.5"));
    t->daylightChooser(hall)->setCurrentIndex(2); // No
    const int partA = addRow(t, QStringLiteral("Hall A"));
    typeCapacity(t, partA, SpaceLayout::Theatre, QStringLiteral("400"));
    chooseParent(t, partA, QStringLiteral("Grand Hall"));
    const int terrace = addRow(t, QStringLiteral("Terrace"));
    typeCapacity(t, terrace, SpaceLayout::Reception, QStringLiteral("300"));
    t->table()->setCurrentCell(terrace, 0);
    t->notesEdit()->setPlainText(QStringLiteral("Heaters from October; no amplified music."));
    QVERIFY(editor.hasChanges());
    // Capacity follows the rooms, and says so; it cannot be typed over.
    auto *capacity = static_cast<QLineEdit *>(editor.editorFor(VenueField::Capacity));
    QCOMPARE(capacity->text(), QStringLiteral("1200"));
    QVERIFY(capacity->isReadOnly());
    QCOMPARE(editor.capacityNote(),
        QStringLiteral("Set by the spaces: the largest is Grand Hall, 1,200 guests for Theatre."));

    editor.save();
    QTRY_COMPARE(wiring.outcomes.size(), 1);
    QCOMPARE(wiring.outcomes.first().kind, Core::VenueSaveOutcome::Kind::Saved);
    QVERIFY(!editor.isVisible());
    QCOMPARE(Core::Database::statementsOnMainThread(), onGuiThread);

    auto spaces = Core::SpaceRepository(*db).fetchSpaces(venue.id);
    VM_VERIFY_OK(spaces);
    QCOMPARE(namesOf(*spaces),
        (QStringList {
            QStringLiteral("Grand Hall"), QStringLiteral("Hall A"), QStringLiteral("Terrace") }));
    QCOMPARE(spaces->at(0).capacity(SpaceLayout::Theatre), std::optional<int>(1200));
    QCOMPARE(spaces->at(0).capacity(SpaceLayout::Banquet), std::optional<int>(700));
    QCOMPARE(spaces->at(0).areaM2, std::optional<double>(1450));
    QCOMPARE(spaces->at(0).ceilingHeightM, std::optional<double>(9.5));
    QCOMPARE(spaces->at(0).hasDaylight, std::optional<bool>(false));
    QCOMPARE(spaces->at(0).floor, QStringLiteral("0"));
    QCOMPARE(spaces->at(1).parentId, spaces->at(0).id);
    QCOMPARE(spaces->at(2).notes, QStringLiteral("Heaters from October; no amplified music."));
    auto stored = Core::VenueRepository(*db).fetchVenue(venue.id);
    VM_VERIFY_OK(stored);
    QCOMPARE(stored->capacity, std::optional<int>(1200));

    // Opened again: the rooms are there, and nothing is an edit yet.
    VenueMap::Ui::VenueEditor again(*stored);
    again.loadSpaces(*db);
    QCOMPARE(again.spacesTable()->table()->rowCount(), 3);
    QCOMPARE(again.spacesTable()->parentChooser(1)->currentText(), QStringLiteral("Grand Hall"));
    QVERIFY(!again.hasChanges());
    QVERIFY(!again.spacesEdit());
}

void tst_VenueEditor::editRemoveAndReorderSpaces()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    const Core::Venue venue = storedVenue(*db, QStringLiteral("Square Brussels"));
    auto make = [](const QString &name, int theatre) {
        Core::VenueSpace s;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.name = name;
        s.capacities.insert(SpaceLayout::Theatre, theatre);
        return s;
    };
    VM_VERIFY_OK(Core::SpaceRepository(*db).saveSpaces(venue.id, {},
        { make(QStringLiteral("Hall A"), 400), make(QStringLiteral("Hall B"), 350),
            make(QStringLiteral("Hall C"), 300) }));
    auto current = Core::VenueRepository(*db).fetchVenue(venue.id);
    VM_VERIFY_OK(current);
    const qint64 onGuiThread = Core::Database::statementsOnMainThread();

    VenueMap::Ui::VenueEditor editor(*current);
    SaveWiring wiring(editor, *db);
    editor.loadSpaces(*db);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    VenueMap::Ui::SpacesTable *t = editor.spacesTable();
    QCOMPARE(t->table()->rowCount(), 3);
    // Hall A removed, Hall C moved above Hall B, Hall B bigger.
    t->table()->setCurrentCell(0, 0);
    t->removeCurrent();
    t->table()->setCurrentCell(1, 0);
    t->moveCurrent(-1);
    QCOMPARE(t->table()->item(0, 0)->text(), QStringLiteral("Hall C"));
    QCOMPARE(t->table()->currentRow(), 0);
    typeCapacity(t, 1, SpaceLayout::Theatre, QStringLiteral("380"));
    QCOMPARE(editor.capacityNote(),
        QStringLiteral("Set by the spaces: the largest is Hall B, 380 guests for Theatre."));
    editor.save();
    QTRY_COMPARE(wiring.outcomes.size(), 1);
    QCOMPARE(wiring.outcomes.first().kind, Core::VenueSaveOutcome::Kind::Saved);
    QCOMPARE(Core::Database::statementsOnMainThread(), onGuiThread);
    auto spaces = Core::SpaceRepository(*db).fetchSpaces(venue.id);
    VM_VERIFY_OK(spaces);
    QCOMPARE(
        namesOf(*spaces), (QStringList { QStringLiteral("Hall C"), QStringLiteral("Hall B") }));
    QCOMPARE(spaces->at(1).capacity(SpaceLayout::Theatre), std::optional<int>(380));
    auto stored = Core::VenueRepository(*db).fetchVenue(venue.id);
    VM_VERIFY_OK(stored);
    QCOMPARE(stored->capacity, std::optional<int>(380));
}

void tst_VenueEditor::badCapacityIsRefusedAndStays_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sentence");
    for (const QString &backend : { QStringLiteral("sqlite"), QStringLiteral("postgresql") }) {
        QTest::addRow("%s: abc", qPrintable(backend))
            << backend << QStringLiteral("abc")
            << QStringLiteral("The classroom capacity of space \"Hall A\" is not a whole number "
                              "(\"abc\"); a capacity is a whole number from 0 to 100,000.");
        QTest::addRow("%s: -5", qPrintable(backend))
            << backend << QStringLiteral("-5")
            << QStringLiteral("The classroom capacity of space \"Hall A\" is negative (-5); a "
                              "capacity is a whole number from 0 to 100,000.");
        QTest::addRow("%s: 100001", qPrintable(backend))
            << backend << QStringLiteral("100001")
            << QStringLiteral("The classroom capacity of space \"Hall A\" is above 100,000 "
                              "(100001); a capacity is a whole number from 0 to 100,000.");
    }
}

void tst_VenueEditor::badCapacityIsRefusedAndStays()
{
    QFETCH(QString, typed);
    QFETCH(QString, sentence);
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    const Core::Venue venue = storedVenue(*db, QStringLiteral("Square Brussels"));
    VenueMap::Ui::VenueEditor editor(venue);
    SaveWiring wiring(editor, *db);
    QSignalSpy asked(&editor, &VenueMap::Ui::VenueEditor::saveRequested);
    editor.loadSpaces(*db);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    VenueMap::Ui::SpacesTable *t = editor.spacesTable();
    const int row = addRow(t, QStringLiteral("Hall A"));
    typeCapacity(t, row, SpaceLayout::Classroom, typed);
    // Told at once, beside nothing else; the cell keeps what was typed.
    QCOMPARE(t->problemText(), sentence);
    QCOMPARE(t->table()->item(row, t->columnOf(SpaceLayout::Classroom))->toolTip(), sentence);
    editor.save();
    QCOMPARE(asked.size(), 0);
    QVERIFY(editor.isVisible());
    QCOMPARE(t->problemText(), sentence);
    QCOMPARE(t->table()->item(row, t->columnOf(SpaceLayout::Classroom))->text(), typed);
    QTest::qWait(50);
    QVERIFY(wiring.outcomes.isEmpty());
    auto spaces = Core::SpaceRepository(*db).fetchSpaces(venue.id);
    VM_VERIFY_OK(spaces);
    QVERIFY(spaces->isEmpty());
    if (const QString dir = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        editor.resize(1240, 640);
        typeCapacity(t, row, SpaceLayout::Theatre, QStringLiteral("20"));
        typeCapacity(t, row, SpaceLayout::Boardroom, QStringLiteral("30"));
        QTest::qWait(20);
        editor.grab().save(QStringLiteral("%1/venue-editor-spaces-refused-%2.png")
                               .arg(dir,
                                   QString::fromLatin1(QTest::currentDataTag())
                                       .replace(QLatin1Char(' '), QLatin1Char('-'))
                                       .remove(QLatin1Char(':'))));
    }

    // Corrected: the sentence goes, and the save goes through.
    typeCapacity(t, row, SpaceLayout::Classroom, QStringLiteral("180"));
    QVERIFY(t->problemText().isEmpty());
    editor.save();
    QTRY_COMPARE(wiring.outcomes.size(), 1);
    spaces = Core::SpaceRepository(*db).fetchSpaces(venue.id);
    VM_VERIFY_OK(spaces);
    QCOMPARE(spaces->size(), 1);
    QCOMPARE(spaces->at(0).capacity(SpaceLayout::Classroom), std::optional<int>(180));
}

void tst_VenueEditor::duplicateNamesAndParentCyclesAreRefused()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    const Core::Venue venue = storedVenue(*db, QStringLiteral("Square Brussels"));
    VenueMap::Ui::VenueEditor editor(venue);
    SaveWiring wiring(editor, *db);
    QSignalSpy asked(&editor, &VenueMap::Ui::VenueEditor::saveRequested);
    editor.loadSpaces(*db);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    VenueMap::Ui::SpacesTable *t = editor.spacesTable();
    addRow(t, QStringLiteral("Hall A"));
    addRow(t, QStringLiteral("hall a"));
    editor.save();
    QCOMPARE(asked.size(), 0);
    QCOMPARE(t->problemText(),
        QStringLiteral("Two spaces of this venue are named \"hall a\"; a space name is used once "
                       "per venue."));
    QVERIFY(editor.messageFor(VenueField::Name).isEmpty());
    QCOMPARE(t->table()->item(1, 0)->text(), QStringLiteral("hall a")); // kept as typed

    type(t, 1, 0, QStringLiteral("Hall B"));
    QVERIFY(t->problemText().isEmpty()); // fixed: the sentence goes
    chooseParent(t, 0, QStringLiteral("Hall B"));
    chooseParent(t, 1, QStringLiteral("Hall A"));
    editor.save();
    QCOMPARE(asked.size(), 0);
    QVERIFY2(t->problemText().contains(QStringLiteral("(a parent cycle)")),
        qPrintable(t->problemText()));
    QVERIFY(editor.isVisible());
    QTest::qWait(50);
    QVERIFY(wiring.outcomes.isEmpty());
    auto spaces = Core::SpaceRepository(*db).fetchSpaces(venue.id);
    VM_VERIFY_OK(spaces);
    QVERIFY(spaces->isEmpty());
}

void tst_VenueEditor::boardroomLargerThanTheatreWarnsButSaves()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    const Core::Venue venue = storedVenue(*db, QStringLiteral("Square Brussels"));
    VenueMap::Ui::VenueEditor editor(venue);
    SaveWiring wiring(editor, *db);
    editor.loadSpaces(*db);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    VenueMap::Ui::SpacesTable *t = editor.spacesTable();
    const int row = addRow(t, QStringLiteral("Studio 1"));
    typeCapacity(t, row, SpaceLayout::Theatre, QStringLiteral("20"));
    typeCapacity(t, row, SpaceLayout::Boardroom, QStringLiteral("30"));
    QCOMPARE(t->warningText(),
        QStringLiteral("Studio 1 seats 30 as a boardroom but only 20 as a theatre; a boardroom "
                       "usually seats fewer. It is saved as typed."));
    QVERIFY(t->problemText().isEmpty());
    editor.save();
    QTRY_COMPARE(wiring.outcomes.size(), 1);
    QCOMPARE(wiring.outcomes.first().kind, Core::VenueSaveOutcome::Kind::Saved);
    auto spaces = Core::SpaceRepository(*db).fetchSpaces(venue.id);
    VM_VERIFY_OK(spaces);
    QCOMPARE(spaces->size(), 1);
    QCOMPARE(spaces->at(0).capacity(SpaceLayout::Boardroom), std::optional<int>(30));
}

void tst_VenueEditor::colleaguesRoomChangeIsToldAndTheEditKept()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    const Core::Venue venue = storedVenue(*db, QStringLiteral("Square Brussels"));
    Core::VenueSpace hall;
    hall.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    hall.name = QStringLiteral("Hall A");
    hall.capacities.insert(SpaceLayout::Theatre, 400);
    auto fetched = Core::SpaceRepository(*db).saveSpaces(venue.id, {}, { hall });
    VM_VERIFY_OK(fetched);
    auto current = Core::VenueRepository(*db).fetchVenue(venue.id);
    VM_VERIFY_OK(current);

    VenueMap::Ui::VenueEditor editor(*current);
    SaveWiring wiring(editor, *db);
    editor.loadSpaces(*db);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    VenueMap::Ui::SpacesTable *t = editor.spacesTable();
    typeCapacity(t, 0, SpaceLayout::Theatre, QStringLiteral("380"));
    addRow(t, QStringLiteral("Board Room"));

    // A colleague changes the rooms meanwhile.
    QList<Core::VenueSpace> theirs = *fetched;
    theirs[0].capacities[SpaceLayout::Theatre] = 420;
    VM_VERIFY_OK(Core::SpaceRepository(*db).saveSpaces(venue.id, *fetched, theirs));

    editor.save();
    QTRY_COMPARE(wiring.outcomes.size(), 1);
    QCOMPARE(wiring.outcomes.first().kind, Core::VenueSaveOutcome::Kind::Failed);
    QVERIFY(editor.isVisible());
    auto *message = editor.findChild<QLabel *>(QStringLiteral("formMessage"));
    QVERIFY(message && !message->isHidden());
    QVERIFY2(message->text().startsWith(
                 QStringLiteral("Somebody changed this venue's spaces since you opened it")),
        qPrintable(message->text()));
    QCOMPARE(t->table()->rowCount(), 2);
    QCOMPARE(t->table()->item(0, t->columnOf(SpaceLayout::Theatre))->text(), QStringLiteral("380"));
    QCOMPARE(t->table()->item(1, 0)->text(), QStringLiteral("Board Room"));
    QVERIFY(editor.hasChanges());
    auto spaces = Core::SpaceRepository(*db).fetchSpaces(venue.id);
    VM_VERIFY_OK(spaces);
    QCOMPARE(spaces->size(), 1);
    QCOMPARE(spaces->at(0).capacity(SpaceLayout::Theatre), std::optional<int>(420));

    // Saving again, as the sentence says, puts the person's rooms in.
    editor.save();
    QTRY_COMPARE(wiring.outcomes.size(), 2);
    QCOMPARE(wiring.outcomes.last().kind, Core::VenueSaveOutcome::Kind::Saved);
    spaces = Core::SpaceRepository(*db).fetchSpaces(venue.id);
    VM_VERIFY_OK(spaces);
    QCOMPARE(
        namesOf(*spaces), (QStringList { QStringLiteral("Hall A"), QStringLiteral("Board Room") }));
    QCOMPARE(spaces->at(0).capacity(SpaceLayout::Theatre), std::optional<int>(380));
}

void tst_VenueEditor::escapeWithOnlyASpaceEditedAsks()
{
    VenueMap::Ui::VenueEditor editor(sampleVenue());
    Core::VenueSpace hall;
    hall.id = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
    hall.name = QStringLiteral("Münzsaal");
    hall.version = 1;
    hall.capacities.insert(SpaceLayout::Theatre, 250);
    editor.setSpaces({ hall });
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.hasChanges());
    VenueMap::Ui::SpacesTable *t = editor.spacesTable();
    t->daylightChooser(0)->setCurrentIndex(1);
    QVERIFY(editor.hasChanges());
    QTest::keyClick(&editor, Qt::Key_Escape);
    QTRY_VERIFY(editor.discardQuestion() && editor.discardQuestion()->isVisible());
    QTest::keyClick(editor.discardQuestion(), Qt::Key_Escape); // keep editing
    QTRY_VERIFY(!editor.discardQuestion());
    QVERIFY(editor.isVisible());
    QCOMPARE(t->daylightChooser(0)->currentIndex(), 1);
    // Set back as it was: nothing to ask about.
    t->daylightChooser(0)->setCurrentIndex(0);
    QVERIFY(!editor.hasChanges());
    QTest::keyClick(&editor, Qt::Key_Escape);
    QTRY_VERIFY(!editor.isVisible());
}

// A Brussels congress centre at 1366x768: the Grand Hall dividing into Halls A to C, a boardroom,
// a terrace. Every column readable, nothing cut; the screenshot is for a person to look at.
void tst_VenueEditor::spacesTabAtLaptopSize()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    const Core::Venue venue = storedVenue(*db, QStringLiteral("Square – Brussels Meeting Centre"));
    QList<Core::VenueSpace> spaces;
    auto add
        = [&](const QString &name, const QString &floor, double area, std::optional<double> ceiling,
              std::optional<bool> daylight, const QString &parent,
              QMap<SpaceLayout, int> capacities, const QString &notes = {}) {
              Core::VenueSpace s;
              s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
              s.name = name;
              s.floor = floor;
              s.areaM2 = area;
              s.ceilingHeightM = ceiling;
              s.hasDaylight = daylight;
              for (const Core::VenueSpace &p : spaces)
                  if (p.name == parent)
                      s.parentId = p.id;
              s.capacities = capacities;
              s.notes = notes;
              spaces << s;
          };
    using L = SpaceLayout;
    add(QStringLiteral("Grand Hall"), QStringLiteral("-1"), 1450, 9.5, false, {},
        { { L::Theatre, 1200 }, { L::Classroom, 650 }, { L::Banquet, 800 }, { L::Cabaret, 560 },
            { L::Reception, 1500 } },
        QStringLiteral("Divides into Halls A, B and C with soundproof walls."));
    add(QStringLiteral("Hall A"), QStringLiteral("-1"), 480, 9.5, false,
        QStringLiteral("Grand Hall"),
        { { L::Theatre, 400 }, { L::Classroom, 220 }, { L::Banquet, 260 }, { L::Cabaret, 180 },
            { L::Reception, 500 } });
    add(QStringLiteral("Hall B"), QStringLiteral("-1"), 480, 9.5, false,
        QStringLiteral("Grand Hall"),
        { { L::Theatre, 400 }, { L::Classroom, 220 }, { L::Banquet, 260 }, { L::Cabaret, 180 },
            { L::Reception, 500 } });
    add(QStringLiteral("Hall C"), QStringLiteral("-1"), 490, 9.5, false,
        QStringLiteral("Grand Hall"),
        { { L::Theatre, 400 }, { L::Classroom, 210 }, { L::Banquet, 280 }, { L::Cabaret, 200 },
            { L::Reception, 500 } });
    add(QStringLiteral("Bozar Boardroom"), QStringLiteral("2"), 85, 3.2, true, {},
        { { L::Boardroom, 24 }, { L::UShape, 20 }, { L::HollowSquare, 28 } });
    add(QStringLiteral("Mont des Arts Terrace"), QStringLiteral("3"), 620, std::nullopt, true, {},
        { { L::Reception, 450 }, { L::Banquet, 240 } },
        QStringLiteral("Heaters from October; no amplified music after 22:00."));
    auto stored = Core::SpaceRepository(*db).saveSpaces(venue.id, {}, spaces);
    VM_VERIFY_OK(stored);
    auto current = Core::VenueRepository(*db).fetchVenue(venue.id);
    VM_VERIFY_OK(current);

    VenueMap::Ui::VenueEditor editor(*current);
    editor.loadSpaces(*db);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.showSpacesTab();
    // The tab widens the dialog to what a laptop's screen offers (1240 wide on 1366x768); the
    // offscreen screen is smaller, so the test gives it that size.
    if (editor.screen()->availableGeometry().width() >= 1366)
        QTRY_COMPARE(editor.width(), 1240);
    else
        editor.resize(1240, std::max(editor.height(), 640));
    QVERIFY2(editor.width() <= 1366 && editor.height() <= 728,
        qPrintable(QStringLiteral("%1x%2").arg(editor.width()).arg(editor.height())));
    VenueMap::Ui::SpacesTable *t = editor.spacesTable();
    t->table()->setCurrentCell(0, 0);
    QTest::qWait(50);
    // Every column is in view without scrolling sideways.
    QTableWidget *table = t->table();
    const int last = table->columnCount() - 1;
    QVERIFY2(table->columnViewportPosition(last) + table->columnWidth(last)
            <= table->viewport()->width(),
        qPrintable(QStringLiteral("last column ends at %1, view is %2 wide")
                       .arg(table->columnViewportPosition(last) + table->columnWidth(last))
                       .arg(table->viewport()->width())));
    // The layout headers can be read whole.
    for (int c = VenueMap::Ui::SpacesTable::FirstLayout; c <= last; ++c) {
        const QString header = table->horizontalHeaderItem(c)->text();
        int widest = 0;
        for (const QString &line : header.split(QLatin1Char('\n')))
            widest = std::max(
                widest, table->horizontalHeader()->fontMetrics().horizontalAdvance(line));
        QVERIFY2(widest + 6 <= table->columnWidth(c), qPrintable(header));
    }
    QCOMPARE(editor.capacityNote(),
        QStringLiteral("Set by the spaces: the largest is Grand Hall, 1,500 guests for Reception "
                       "(standing)."));

    const QString dir = qEnvironmentVariable("VENUEMAP_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        editor.grab().save(QStringLiteral("%1/venue-editor-spaces-%2.png").arg(dir, tag));
        editor.showSpacesTab();
        static_cast<QTabWidget *>(editor.findChild<QTabWidget *>(QStringLiteral("tabs")))
            ->setCurrentIndex(0);
        QTest::qWait(20);
        editor.grab().save(QStringLiteral("%1/venue-editor-details-%2.png").arg(dir, tag));
    }
}

QTEST_MAIN(tst_VenueEditor)
#include "tst_venueeditor.moc"
