// The venue editor (issue 19): facilities are ticked from the vocabulary, never typed; the form
// is tidy: the title at the top, each message directly under its field, and the dialog fits a
// 1024x700 window.
#include "domain/facilityterms.h"
#include "venues/venueeditor.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace VenueMap;
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

QTEST_MAIN(tst_VenueEditor)
#include "tst_venueeditor.moc"
