// The one text -> venue field reading the editor and the importer share: numbers whatever the
// desktop's locale, the range rules and their sentences, facility terms, and the one facility
// label.
#include "domain/venue.h"
#include "domain/venuefieldparser.h"

#include <QTest>

using namespace VenueMap::Core;

Q_DECLARE_METATYPE(VenueMap::Core::VenueField)

class TestVenueFieldParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbers_data();
    void numbers();
    void facilities_data();
    void facilities();
    void problemLeavesTheFieldAsItWas();
    void validateUsesTheSameRangeSentences();
    void facilityLabel_data();
    void facilityLabel();
    void ratingStarsAreOneRule_data();
    void ratingStarsAreOneRule();
};

void TestVenueFieldParser::numbers_data()
{
    QTest::addColumn<VenueField>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value"); // venueFieldText() after reading; "" when refused or empty
    QTest::addColumn<QString>("problem"); // the sentence, "" when none

    const auto cap = VenueField::Capacity;
    QTest::newRow("capacity plain") << cap << "250"
                                    << "250"
                                    << "";
    QTest::newRow("capacity 1,200 (English grouping)") << cap << "1,200"
                                                       << "1200"
                                                       << "";
    QTest::newRow("capacity 1.200 (continental grouping)") << cap << "1.200"
                                                           << "1200"
                                                           << "";
    QTest::newRow("capacity 1 200") << cap << " 1 200 "
                                    << "1200"
                                    << "";
    QTest::newRow("capacity 12'000") << cap << "12'000"
                                     << "12000"
                                     << "";
    QTest::newRow("capacity 1,5 is not whole")
        << cap << "1,5"
        << ""
        << "The capacity must be a whole number, not \"1,5\".";
    QTest::newRow("capacity 12,50 is not grouped in threes")
        << cap << "12,50"
        << ""
        << "The capacity must be a whole number, not \"12,50\".";
    QTest::newRow("capacity words") << cap << "lots"
                                    << ""
                                    << "The capacity must be a whole number, not \"lots\".";
    QTest::newRow("capacity negative") << cap << "-5"
                                       << ""
                                       << "The capacity cannot be negative (-5).";
    QTest::newRow("capacity empty") << cap << "  "
                                    << ""
                                    << "";

    const auto rating = VenueField::Rating;
    QTest::newRow("rating 4.5") << rating << "4.5"
                                << "4.5"
                                << "";
    QTest::newRow("rating 4,5 (decimal comma)") << rating << "4,5"
                                                << "4.5"
                                                << "";
    QTest::newRow("rating 4.50") << rating << "4.50"
                                 << "4.5"
                                 << "";
    QTest::newRow("rating 4.25") << rating << "4.25"
                                 << ""
                                 << "The rating has one decimal at most, not 4.25.";
    QTest::newRow("rating 7") << rating << "7"
                              << ""
                              << "The rating must be from 0 to 5, not 7.";
    QTest::newRow("rating 5,5") << rating << "5,5"
                                << ""
                                << "The rating must be from 0 to 5, not 5,5.";
    QTest::newRow("rating 1.200,5") << rating << "1.200,5"
                                    << ""
                                    << "The rating must be a number from 0 to 5, not \"1.200,5\".";

    const auto lat = VenueField::Latitude;
    QTest::newRow("latitude 52.52") << lat << "52.52"
                                    << "52.520000"
                                    << "";
    QTest::newRow("latitude 52,52") << lat << "52,52"
                                    << "52.520000"
                                    << "";
    QTest::newRow("latitude 91") << lat << "91"
                                 << ""
                                 << "The latitude must be from -90 to 90, not 91.";
    QTest::newRow("latitude north") << lat << "north"
                                    << ""
                                    << "The latitude must be a number, not \"north\".";
    QTest::newRow("longitude 200") << VenueField::Longitude << "200"
                                   << ""
                                   << "The longitude must be from -180 to 180, not 200.";
}

void TestVenueFieldParser::numbers()
{
    QFETCH(VenueField, field);
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    Venue v;
    const auto got = VenueFieldParser::parse(field, text, v);
    QCOMPARE(got.value_or(QString()), problem);
    QCOMPARE(venueFieldText(v, field), value);
}

void TestVenueFieldParser::facilities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("typed with commas") << " wifi, stage ,wifi" << QStringList { "wifi", "stage" };
    QTest::newRow("exported with semicolons")
        << "wifi; breakout rooms, large" << QStringList { "wifi", "breakout rooms, large" };
    QTest::newRow("spreadsheet bars") << "wifi|parking" << QStringList { "wifi", "parking" };
    QTest::newRow("empty") << "  " << QStringList();
}

void TestVenueFieldParser::facilities()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    Venue v;
    QVERIFY(!VenueFieldParser::parse(VenueField::Facilities, text, v));
    QCOMPARE(v.facilities, terms);
}

void TestVenueFieldParser::problemLeavesTheFieldAsItWas()
{
    Venue v;
    v.capacity = 80;
    QVERIFY(VenueFieldParser::parse(VenueField::Capacity, QStringLiteral("many"), v));
    QCOMPARE(v.capacity, std::optional<int>(80));
    QVERIFY(!VenueFieldParser::parse(VenueField::Capacity, QString(), v));
    QVERIFY(!v.capacity);
}

// A venue that did not come from text (the repository's own check) gets the same sentences.
void TestVenueFieldParser::validateUsesTheSameRangeSentences()
{
    Venue v;
    v.name = QStringLiteral("Hall");
    v.capacity = -5;
    v.rating = 9;
    v.latitude = 91;
    QStringList messages;
    for (const VenueFieldProblem &p : validateVenue(v))
        messages << p.message;
    QCOMPARE(messages,
        (QStringList { QStringLiteral("The capacity cannot be negative (-5)."),
            QStringLiteral("The rating must be from 0 to 5, not 9."),
            QStringLiteral("The latitude must be from -90 to 90, not 91.") }));
}

void TestVenueFieldParser::facilityLabel_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("wifi") << "wifi"
                          << "Wi-Fi";
    QTest::newRow("underscores") << "breakout_rooms"
                                 << "Breakout rooms";
    QTest::newRow("AV") << "av_equipment"
                        << "AV equipment";
    QTest::newRow("PA") << "pa system"
                        << "PA system";
    QTest::newRow("typed label") << "Wheelchair access"
                                 << "Wheelchair access";
    QTest::newRow("markup stays text") << "<b>x</b>"
                                       << "<b>x</b>";
}

void TestVenueFieldParser::facilityLabel()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(VenueMap::Core::facilityLabel(key), label);
}

// The list's details and the proposal PDF draw the same stars for a rating (3.6 showed four in
// the app and three in the PDF).
void TestVenueFieldParser::ratingStarsAreOneRule_data()
{
    QTest::addColumn<double>("rating");
    QTest::addColumn<QString>("stars");
    QTest::newRow("3.6") << 3.6 << QStringLiteral("★★★★☆");
    QTest::newRow("3.4") << 3.4 << QStringLiteral("★★★☆☆");
    QTest::newRow("4.5") << 4.5 << QStringLiteral("★★★★★");
    QTest::newRow("0") << 0.0 << QStringLiteral("☆☆☆☆☆");
    QTest::newRow("5") << 5.0 << QStringLiteral("★★★★★");
}

void TestVenueFieldParser::ratingStarsAreOneRule()
{
    QFETCH(double, rating);
    QFETCH(QString, stars);
    QCOMPARE(VenueMap::Core::ratingStars(rating), stars);
}

QTEST_APPLESS_MAIN(TestVenueFieldParser)
#include "tst_venuefieldparser.moc"
