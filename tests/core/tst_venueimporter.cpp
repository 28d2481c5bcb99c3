// VenueImporter on both backends: the precise report for each kind of bad file, nothing written
// unless confirmed, duplicates in the file and against the book, one batch per import, undo of
// exactly that batch, and venuemapctl import with its exit codes.
#include "testdatabase.h"

#include "auth/session.h"
#include "export/spaceimporter.h"
#include "export/venuecsvrecord.h"
#include "export/venueimporter.h"
#include "repositories/cateringrepository.h"
#include "repositories/holdrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/spacerepository.h"
#include "repositories/userrepository.h"
#include "repositories/venuerepository.h"
#include "services/signinservice.h"
#include "workflowfixtures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>

#include <QTemporaryDir>
#include <QUuid>
#include <sys/stat.h>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_VenueImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundedInput();
    void fieldLimits_data() { addBackendRows(); }
    void fieldLimits();
    void headerAliases_data();
    void headerAliases();
    void missingHeader_data() { addBackendRows(); }
    void missingHeader();
    void wrongTypes_data() { addBackendRows(); }
    void wrongTypes();
    void unterminatedQuote_data() { addBackendRows(); }
    void unterminatedQuote();
    void invalidUtf8_data() { addBackendRows(); }
    void invalidUtf8();
    void tenThousandRowsThreeBad_data() { addBackendRows(); }
    void tenThousandRowsThreeBad();
    void duplicates_data() { addBackendRows(); }
    void duplicates();
    void remapFixesTheHeader_data() { addBackendRows(); }
    void remapFixesTheHeader();
    void importIsOneLoggedBatch_data() { addBackendRows(); }
    void importIsOneLoggedBatch();
    void undoRemovesExactlyItsVenues_data() { addBackendRows(); }
    void undoRemovesExactlyItsVenues();
    void commandLine_data() { addBackendRows(); }
    void commandLine();
    void badSpaceRows_data();
    void badSpaceRows();
    void spacesHeader_data() { addBackendRows(); }
    void spacesHeader();
    void spacesOfSkippedVenueRows_data() { addBackendRows(); }
    void spacesOfSkippedVenueRows();
    void undoRemovesTheSpacesItAdded_data() { addBackendRows(); }
    void undoRemovesTheSpacesItAdded();
    void spacesOnlyReplaceTheRooms_data() { addBackendRows(); }
    void spacesOnlyReplaceTheRooms();
    void heldRoomIsNotDropped_data() { addBackendRows(); }
    void heldRoomIsNotDropped();
    void eventManagerImportsAndUndoes();

private:
    static qint64 liveVenues(const Database &db);
    static QStringList liveSpaces(const Database &db);
    static QStringList liveNames(const Database &db);
};

qint64 tst_VenueImporter::liveVenues(const Database &db)
{
    auto n = db.scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM venues WHERE is_deleted = false"));
    return n ? n->toLongLong() : -1;
}

QStringList tst_VenueImporter::liveNames(const Database &db)
{
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("SELECT name FROM venues WHERE is_deleted = false ORDER BY name"));
    QStringList out;
    if (q) {
        while (q->next())
            out << q->value(0).toString();
    }
    return out;
}

// "venue / space < parent: theatre" for every space of a live venue, in venue and space order.
QStringList tst_VenueImporter::liveSpaces(const Database &db)
{
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("SELECT v.name, s.name, p.name, "
                       "(SELECT c.capacity FROM space_capacities c WHERE c.space_id = s.id "
                       "AND CAST(c.layout AS TEXT) = 'theatre') "
                       "FROM venue_spaces s JOIN venues v ON v.id = s.venue_id "
                       "LEFT JOIN venue_spaces p ON p.id = s.parent_space_id "
                       "WHERE v.is_deleted = false ORDER BY v.name, s.sort_order"));
    QStringList out;
    if (!q)
        return { q.error().sentence() };
    while (q->next())
        out << QStringLiteral("%1 / %2%3%4")
                   .arg(q->value(0).toString(), q->value(1).toString(),
                       q->value(2).isNull() ? QString()
                                            : QStringLiteral(" < ") + q->value(2).toString(),
                       q->value(3).isNull() ? QString()
                                            : QStringLiteral(": ") + q->value(3).toString());
    return out;
}

static Venue venue(const QString &name, const QString &city)
{
    Venue v;
    v.name = name;
    v.city = city;
    return v;
}

void tst_VenueImporter::headerAliases_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field"); // -1: none
    QTest::newRow("name") << "name" << int(VenueField::Name);
    QTest::newRow("Venue Name") << "Venue Name" << int(VenueField::Name);
    QTest::newRow("E-Mail") << "E-Mail" << int(VenueField::ContactEmail);
    QTest::newRow("contact_email") << "contact_email" << int(VenueField::ContactEmail);
    QTest::newRow("Seats") << "Seats" << int(VenueField::Capacity);
    QTest::newRow(" CITY ") << " CITY " << int(VenueField::City);
    QTest::newRow("Amenities") << "Amenities" << int(VenueField::Facilities);
    QTest::newRow("lng") << "lng" << int(VenueField::Longitude);
    QTest::newRow("Telephone") << "Telephone" << int(VenueField::ContactPhone);
    QTest::newRow("id ignored") << "id" << -1;
    QTest::newRow("unknown") << "Colour" << -1;
}

void tst_VenueImporter::headerAliases()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    const auto got = VenueCsvRecord::fieldForHeader(header);
    QCOMPARE(got ? int(*got) : -1, field);
}

void tst_VenueImporter::missingHeader()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueImporter importer(*db);
    // The first row is data, not a header: there is no name column.
    auto p = importer.preview(
        "Grand Hall,Berlin,200\nLoft,Hamburg,50\n", QStringLiteral("noheader.csv"));
    VM_VERIFY_OK(p);
    QVERIFY(p->isBlocked());
    QCOMPARE(p->headerIssues.size(), 1);
    QCOMPARE(p->headerIssues.first().text(),
        QStringLiteral(
            "No column holds the venue name: the first row must name the columns, one of them "
            "\"name\" (found \"Grand Hall\", \"Berlin\", \"200\")."));
    auto outcome = importer.commit(*p, { true, true, {} });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, DbError::Kind::Validation);
    QCOMPARE(liveVenues(*db), 0);

    auto empty = importer.preview("", QStringLiteral("empty.csv"));
    VM_VERIFY_OK(empty);
    QVERIFY(empty->isBlocked());
    auto onlyHeader = importer.preview("name,city\n", QStringLiteral("header.csv"));
    VM_VERIFY_OK(onlyHeader);
    QCOMPARE(onlyHeader->summary(), QStringLiteral("The file has a header row but no venues."));
    auto twice = importer.preview("name,town,city\nA,B,C\n", QStringLiteral("twice.csv"),
        ImportMapping { VenueField::Name, VenueField::City, VenueField::City });
    VM_VERIFY_OK(twice);
    QCOMPARE(twice->headerIssues.first().text(),
        QStringLiteral("Row 1, column 3 (city): columns 2 and 3 both hold the city; choose one."));
}

void tst_VenueImporter::wrongTypes()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueImporter importer(*db);
    const QByteArray csv
        = "name,city,capacity,rating,latitude,longitude,contact_email,website\n"
          "Grand Hall,Berlin,\"1,200\",4.5,52.52,13.40,events@grandhall.de,www.grandhall.de\n"
          "Loft,Hamburg,fifty,4.5,,,,\n"
          "Barn,Munich,-5,9,,,,\n"
          ",Cologne,10,4.25,91,200,nobody,not a site\n"
          "Cellar,Bonn,10,3\n";
    auto p = importer.preview(csv, QStringLiteral("types.csv"));
    VM_VERIFY_OK(p);
    QVERIFY(!p->isBlocked());
    QStringList got;
    for (const ImportIssue &i : std::as_const(p->issues))
        got << i.text();
    const QStringList expected {
        QStringLiteral(
            "Row 3, column 3 (capacity): the capacity must be a whole number, not \"fifty\"."),
        QStringLiteral("Row 4, column 3 (capacity): the capacity cannot be negative (-5)."),
        QStringLiteral("Row 4, column 4 (rating): the rating must be from 0 to 5, not 9."),
        QStringLiteral("Row 5, column 1 (name): the venue name is empty."),
        QStringLiteral("Row 5, column 4 (rating): the rating has one decimal at most, not 4.25."),
        QStringLiteral("Row 5, column 5 (latitude): the latitude must be from -90 to 90, not 91."),
        QStringLiteral(
            "Row 5, column 6 (longitude): the longitude must be from -180 to 180, not 200."),
        QStringLiteral("Row 5, column 7 (contact_email): this does not look like an email address "
                       "(name@example.com): \"nobody\"."),
        QStringLiteral(
            "Row 5, column 8 (website): this does not look like a website (www.example.com): "
            "\"not a site\"."),
        QStringLiteral("Row 6: the row has 4 fields but the header has 8; a value may hold an "
                       "unquoted \",\"."),
    };
    QCOMPARE(got, expected);
    QCOMPARE(p->validCount(), 1);
    QCOMPARE(p->invalidCount(), 4);
    QCOMPARE(p->rows.first().venue.capacity, std::optional<int>(1200));

    auto refused = importer.commit(*p);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
        QStringLiteral(
            "4 rows of the file are invalid: nothing was imported. Fix them or choose to skip "
            "invalid rows."));
    QCOMPARE(liveVenues(*db), 0);

    ImportOptions skip;
    skip.skipInvalid = true;
    auto done = importer.commit(*p, skip);
    VM_VERIFY_OK(done);
    QCOMPARE(done->imported, 1);
    QCOMPARE(done->skippedInvalid, 4);
    auto stored = VenueRepository(*db).search(VenueFilter(), 10);
    VM_VERIFY_OK(stored);
    QCOMPARE(stored->size(), 1);
    const Venue &v = stored->first();
    QCOMPARE(v.name, QStringLiteral("Grand Hall"));
    QCOMPARE(v.capacity, std::optional<int>(1200));
    QCOMPARE(v.rating, std::optional<double>(4.5));
    QCOMPARE(v.latitude, std::optional<double>(52.52));
    QCOMPARE(v.website, QStringLiteral("www.grandhall.de"));
}

void tst_VenueImporter::unterminatedQuote()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueImporter importer(*db);
    auto p = importer.preview(
        "name,notes\nHall,\"fine\"\nLoft,\"never closed\nBarn,x\n", QStringLiteral("q.csv"));
    VM_VERIFY_OK(p);
    QVERIFY(p->isBlocked());
    QCOMPARE(p->fileError,
        QStringLiteral("Row 3 (line 3), column 2: a quoted field opens here and is never closed; "
                       "add the missing closing quote."));
    QVERIFY(!importer.commit(*p, { true, true, {} }).ok());
    QCOMPARE(liveVenues(*db), 0);
}

void tst_VenueImporter::invalidUtf8()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueImporter importer(*db);
    // "Köln" saved as Latin-1 on row 3.
    auto p = importer.preview(
        "\xEF\xBB\xBFname;city\nHall;Berlin\nDom;K\xF6ln\n", QStringLiteral("latin1.csv"));
    VM_VERIFY_OK(p);
    QVERIFY(p->isBlocked());
    QCOMPARE(p->fileError,
        QStringLiteral("Row 3 (line 3), column 2 has characters this file does not spell as "
                       "text: it is not a CSV file saved as text, or it was saved in another "
                       "encoding. Save it as \"CSV UTF-8\" and try again."));
    QVERIFY(!importer.commit(*p, { true, true, {} }).ok());
    QCOMPARE(liveVenues(*db), 0);
}

void tst_VenueImporter::tenThousandRowsThreeBad()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    QByteArray csv("name;city;capacity;rating;facilities\n");
    const QList<int> badRows { 17, 5003, 10001 }; // spreadsheet rows (header = 1)
    for (int i = 0; i < 10000; ++i) {
        const int row = i + 2;
        QByteArray capacity = QByteArray::number(50 + i % 900);
        QByteArray rating = "4,5";
        if (row == badRows[0])
            capacity = "many";
        if (row == badRows[1])
            rating = "5,5";
        QByteArray name = "Venue " + QByteArray::number(i);
        if (row == badRows[2])
            name = "  ";
        csv += name + ";City " + QByteArray::number(i % 40) + ";" + capacity + ";" + rating
            + ";wifi|stage\n";
    }
    VenueImporter importer(*db);
    auto p = importer.preview(csv, QStringLiteral("big.csv"));
    VM_VERIFY_OK(p);
    QCOMPARE(p->rows.size(), 10000);
    QCOMPARE(p->issues.size(), 3);
    QCOMPARE(p->issues.at(0).text(),
        QStringLiteral(
            "Row 17, column 3 (capacity): the capacity must be a whole number, not \"many\"."));
    QCOMPARE(p->issues.at(1).text(),
        QStringLiteral("Row 5003, column 4 (rating): the rating must be from 0 to 5, not 5,5."));
    QCOMPARE(p->issues.at(2).text(),
        QStringLiteral("Row 10001, column 1 (name): the venue name is empty."));
    QCOMPARE(p->duplicates.size(), 0);
    QCOMPARE(p->summary(), QStringLiteral("9,997 venues to import; 3 rows invalid."));

    QVERIFY(!importer.commit(*p).ok());
    QCOMPARE(liveVenues(*db), 0);

    ImportOptions skip;
    skip.skipInvalid = true;
    int lastProgress = 0;
    skip.progress = [&lastProgress](int done, int total) {
        QVERIFY(done <= total);
        lastProgress = done;
    };
    auto done = importer.commit(*p, skip);
    VM_VERIFY_OK(done);
    QCOMPARE(done->imported, 9997);
    QCOMPARE(lastProgress, 9997);
    QCOMPARE(liveVenues(*db), 9997);
    auto one
        = VenueRepository(*db).findDuplicates(QStringLiteral("venue 42"), QStringLiteral("city 2"));
    VM_VERIFY_OK(one);
    QCOMPARE(one->size(), 1);
    // Stored as the vocabulary's labels.
    QCOMPARE(one->first().facilities,
        (QStringList { QStringLiteral("Wi-Fi"), QStringLiteral("Stage") }));
    QCOMPARE(one->first().rating, std::optional<double>(4.5));
}

void tst_VenueImporter::duplicates()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueRepository repo(*db);
    VM_VERIFY_OK(repo.addVenue(venue(QStringLiteral("Harbour Loft"), QStringLiteral("Hamburg"))));
    auto deleted = repo.addVenue(venue(QStringLiteral("Old Mill"), QStringLiteral("Bremen")));
    VM_VERIFY_OK(deleted);
    VM_VERIFY_OK(repo.removeVenue(deleted->id));

    VenueImporter importer(*db);
    const QByteArray csv = "name,city\n"
                           "Grand Hall,Berlin\n"
                           "  harbour LOFT ,hamburg\n" // the book has it
                           "GRAND HALL,berlin \n" // repeats row 2
                           "Grand Hall,Potsdam\n" // another city: not a duplicate
                           "Old Mill,Bremen\n"; // only a deleted venue has it
    auto p = importer.preview(csv, QStringLiteral("dups.csv"));
    VM_VERIFY_OK(p);
    QStringList got;
    for (const ImportDuplicate &d : std::as_const(p->duplicates))
        got << d.text();
    QCOMPARE(got,
        (QStringList {
            QStringLiteral("Row 3: \"harbour LOFT\" in hamburg is already in the venue book."),
            QStringLiteral("Row 4: \"GRAND HALL\" in berlin repeats row 2 of the file.") }));
    QCOMPARE(p->summary(), QStringLiteral("3 venues to import; 2 duplicates skipped."));
    QCOMPARE(p->duplicates.first().of, ImportDuplicate::Of::Book);
    QCOMPARE(liveVenues(*db), 1);

    auto done = importer.commit(*p);
    VM_VERIFY_OK(done);
    QCOMPARE(done->imported, 3);
    QCOMPARE(done->skippedDuplicates, 2);
    QCOMPARE(liveNames(*db),
        (QStringList { QStringLiteral("Grand Hall"), QStringLiteral("Grand Hall"),
            QStringLiteral("Harbour Loft"), QStringLiteral("Old Mill") }));

    // The person may choose to import duplicates too.
    auto again = importer.preview("name,city\nHarbour Loft,Hamburg\n", QStringLiteral("again.csv"));
    VM_VERIFY_OK(again);
    QCOMPARE(again->duplicateCount(), 1);
    QVERIFY(!importer.commit(*again).ok());
    ImportOptions include;
    include.includeDuplicates = true;
    VM_VERIFY_OK(importer.commit(*again, include));
    QCOMPARE(liveVenues(*db), 5);
}

void tst_VenueImporter::remapFixesTheHeader()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueImporter importer(*db);
    auto p = importer.preview(
        "Bezeichnung;Ort;Plätze\nStadthalle;Bonn;800\n", QStringLiteral("de.csv"));
    VM_VERIFY_OK(p);
    QVERIFY(p->isBlocked());
    QCOMPARE(p->ignoredColumns,
        (QStringList {
            QStringLiteral("Bezeichnung"), QStringLiteral("Ort"), QString::fromUtf8("Plätze") }));
    auto fixed = importer.remap(*p, { VenueField::Name, VenueField::City, VenueField::Capacity });
    VM_VERIFY_OK(fixed);
    QVERIFY(!fixed->isBlocked());
    QCOMPARE(fixed->rows.size(), 1);
    QCOMPARE(fixed->rows.first().venue.city, QStringLiteral("Bonn"));
    QCOMPARE(fixed->rows.first().venue.capacity, std::optional<int>(800));
    VM_VERIFY_OK(importer.commit(*fixed));
    QCOMPARE(liveNames(*db), QStringList { QStringLiteral("Stadthalle") });
}

void tst_VenueImporter::importIsOneLoggedBatch()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueImporter importer(*db);
    auto p = importer.preview("name,city\nA,X\nB,Y\nC,Z\n", QStringLiteral("three.csv"));
    VM_VERIFY_OK(p);
    auto done = importer.commit(*p);
    VM_VERIFY_OK(done);
    QCOMPARE(done->batch.fileName, QStringLiteral("three.csv"));
    QCOMPARE(done->batch.venueCount, 3);
    QCOMPARE(done->batch.liveCount, 3);
    auto tagged = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM venues WHERE import_batch_id = :b"),
        { { QStringLiteral(":b"), done->batch.id } });
    VM_VERIFY_OK(tagged);
    QCOMPARE(tagged->toInt(), 3);
    auto logged = db->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM activity_logs WHERE action = 'venues_imported'"));
    VM_VERIFY_OK(logged);
    QCOMPARE(logged->toInt(), 1);
    auto batches = importer.batches();
    VM_VERIFY_OK(batches);
    QCOMPARE(batches->size(), 1);
    QCOMPARE(batches->first().id, done->batch.id);
}

void tst_VenueImporter::undoRemovesExactlyItsVenues()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueRepository repo(*db);
    VM_VERIFY_OK(repo.addVenue(venue(QStringLiteral("By hand"), QStringLiteral("Berlin"))));
    VenueImporter importer(*db);
    auto first = importer.preview("name,city\nFirst A,X\nFirst B,Y\n", QStringLiteral("first.csv"));
    VM_VERIFY_OK(first);
    auto a = importer.commit(*first);
    VM_VERIFY_OK(a);
    auto second = importer.preview(
        "name,city\nSecond A,X\nSecond B,Y\nSecond C,Z\n", QStringLiteral("second.csv"));
    VM_VERIFY_OK(second);
    auto b = importer.commit(*second);
    VM_VERIFY_OK(b);
    QCOMPARE(liveVenues(*db), 6);

    auto removed = importer.undo(a->batch.id);
    VM_VERIFY_OK(removed);
    QCOMPARE(*removed, 2);
    QCOMPARE(liveNames(*db),
        (QStringList { QStringLiteral("By hand"), QStringLiteral("Second A"),
            QStringLiteral("Second B"), QStringLiteral("Second C") }));
    auto again = importer.undo(a->batch.id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, DbError::Kind::Validation);
    QCOMPARE(liveVenues(*db), 4);
    auto unknown = importer.undo(QStringLiteral("00000000-0000-0000-0000-000000000001"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, DbError::Kind::NotFound);

    auto batches = importer.batches();
    VM_VERIFY_OK(batches);
    QCOMPARE(batches->size(), 2);
    for (const ImportBatch &batch : std::as_const(*batches)) {
        if (batch.id == a->batch.id) {
            QVERIFY(batch.isUndone());
            QCOMPARE(batch.liveCount, 0);
        } else {
            QVERIFY(!batch.isUndone());
            QCOMPARE(batch.liveCount, 3);
        }
    }
    // The undone venues no longer count as duplicates: the same file imports again.
    auto reimport
        = importer.preview("name,city\nFirst A,X\nFirst B,Y\n", QStringLiteral("first.csv"));
    VM_VERIFY_OK(reimport);
    QCOMPARE(reimport->duplicateCount(), 0);
}

void tst_VenueImporter::commandLine()
{
    VM_TEMP_DATABASE(tmp);
    {
        auto db = tmp.openMigrated();
        VM_VERIFY_OK(db);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("venues.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,city,capacity\nGrand Hall,Berlin,200\nLoft,Hamburg,lots\nBarn,Munich,80\n");
    f.close();
    auto run = [&](const QStringList &args, QString *out = nullptr, QString *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(VENUEMAP_CTL_PATH),
            QStringList { QStringLiteral("--db"), tmp.url().toFullString() } + args);
        p.waitForFinished(60000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out, err;
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("venues"), path }, &out, &err), 1);
    QVERIFY2(out.contains(QStringLiteral(
                 "Row 3, column 3 (capacity): the capacity must be a whole number, not \"lots\".")),
        qPrintable(out));
    QVERIFY2(err.contains(QStringLiteral("nothing was imported")), qPrintable(err));
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("venues"), path,
                     QStringLiteral("--skip-invalid"), QStringLiteral("--dry-run") },
                 &out),
        0);
    QVERIFY2(
        out.contains(QStringLiteral("Dry run: 2 venues would be imported; nothing was written.")),
        qPrintable(out));
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("venues"), path,
                 QStringLiteral("--bogus") }),
        2);
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("venues"),
                 dir.filePath(QStringLiteral("missing.csv")) }),
        1);
    // Issue 12 finding 8: /dev/zero and a FIFO are refused with a sentence, at once.
    QElapsedTimer refused;
    refused.start();
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("venues"), QStringLiteral("/dev/zero") },
            &out, &err),
        1);
    QVERIFY2(err.trimmed()
            == QStringLiteral("Could not read the file: /dev/zero is not a regular file (a folder, "
                              "a pipe or a device): save the "
                              "spreadsheet as a CSV file and import that."),
        qPrintable(err));
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("venues"), fifo }, &out, &err), 1);
    QVERIFY2(err.contains(QLatin1String("not a regular file")), qPrintable(err));
    QVERIFY(refused.elapsed() < 30000);
    // A 3 KB name is refused by the dry run, as the real run would refuse it.
    const QString longPath = dir.filePath(QStringLiteral("long.csv"));
    {
        QFile lf(longPath);
        QVERIFY(lf.open(QIODevice::WriteOnly));
        lf.write("name,city\n" + QByteArray(3000, 'N') + ",Berlin\n");
    }
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("venues"), longPath,
                     QStringLiteral("--dry-run") },
                 &out, &err),
        1);
    QVERIFY2(out.contains(QStringLiteral(
                 "Row 2, column 1 (name): Name holds at most 200 characters, not 3000.")),
        qPrintable(out));
    {
        auto db = tmp.open();
        VM_VERIFY_OK(db);
        QCOMPARE(liveVenues(*db), 0);
    }
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("venues"), path,
                     QStringLiteral("--skip-invalid") },
                 &out, &err),
        0);
    QVERIFY2(out.contains(QStringLiteral("Imported 2 venues as batch ")), qPrintable(out + err));
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("batches") }, &out), 0);
    const QStringList fields = out.trimmed().split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 6);
    QCOMPARE(fields.at(2), QStringLiteral("2"));
    QCOMPARE(fields.at(5), QStringLiteral("venues.csv"));
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("undo"), fields.at(0) }, &out), 0);
    QCOMPARE(out.trimmed(), QStringLiteral("Removed 2 venues of import %1.").arg(fields.at(0)));
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    QCOMPARE(liveVenues(*db), 0);
}

// PostgreSQL enforces the roles: an event manager signed in as their own login role may import
// and undo (undo is a soft delete: event managers never hard-delete venues).
void tst_VenueImporter::eventManagerImportsAndUndoes()
{
    VenueMap::Test::TempDatabase tmp(QStringLiteral("postgresql"));
    if (!tmp.skipReason().isEmpty())
        QSKIP(qPrintable(tmp.skipReason()));
    QVERIFY2(tmp.failReason().isEmpty(), qPrintable(tmp.failReason()));
    auto owner = tmp.openMigrated();
    VM_VERIFY_OK(owner);
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString login = QStringLiteral("vm_importer_%1").arg(tag);
    const QString password = QStringLiteral("importer-password-1");
    auto person = UserRepository(*owner).addPerson({ QStringLiteral("Ines Import"),
        QStringLiteral("ines-%1@example.com").arg(tag), UserRole::EventManager, password, login });
    VM_VERIFY_OK(person);
    struct DropRole
    {
        Database owner;
        QString login;
        ~DropRole()
        {
            Session::clear();
            (void)owner.execDirect(
                QStringLiteral("cleanup"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
        }
    } dropRole { *owner, login };
    {
        auto me = Database::open(
            tmp.urlFor(login, password), uniqueConnectionName(QStringLiteral("ines")));
        VM_VERIFY_OK(me);
        VM_VERIFY_OK(SignInService(*me).signInConnectedRole());
        VenueImporter importer(*me);
        auto p = importer.preview(
            "name,city\nKesselhaus,Berlin\nPalmenhaus,Wien\n", QStringLiteral("mine.csv"));
        VM_VERIFY_OK(p);
        auto done = importer.commit(*p);
        VM_VERIFY_OK(done);
        QCOMPARE(done->batch.createdBy, person->id);
        QCOMPARE(done->batch.createdByName, QStringLiteral("Ines Import"));
        auto removed = importer.undo(done->batch.id);
        VM_VERIFY_OK(removed);
        QCOMPARE(*removed, 2);
        me->close();
    }
    QCOMPARE(liveVenues(*owner), 0);
    auto logged = owner->scalar(QStringLiteral("test"),
        QStringLiteral("SELECT count(*) FROM activity_logs WHERE user_id = :u AND action IN "
                       "('venues_imported', 'venues_import_undone')"),
        { { QStringLiteral(":u"), person->id } });
    VM_VERIFY_OK(logged);
    QCOMPARE(logged->toInt(), 2);
}

// Issue 12 finding 8: /dev/zero was read until 4.2 GB; a FIFO blocked; NUL bytes and UTF-16
// without a byte order mark went through as text.
void tst_VenueImporter::boundedInput()
{
    auto zero = VenueImporter::readFile(QStringLiteral("/dev/zero"));
    QVERIFY(!zero.ok());
    QVERIFY2(zero.error().sentence().contains(QLatin1String("not a regular file")),
        qPrintable(zero.error().sentence()));
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    auto fromFifo = VenueImporter::readFile(fifo); // would block forever if opened
    QVERIFY(!fromFifo.ok());
    QVERIFY(fromFifo.error().sentence().contains(QLatin1String("not a regular file")));
    QVERIFY(!VenueImporter::readFile(dir.path()).ok());
    const QString good = dir.filePath(QStringLiteral("ok.csv"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,city\nHall,Berlin\n");
    }
    auto read = VenueImporter::readFile(good);
    VM_VERIFY_OK(read);
    QCOMPARE(*read, QByteArray("name,city\nHall,Berlin\n"));

    const ImportPreview nul = VenueImporter::analyze(
        QByteArray("name,city\nHall,Ber\0lin\n", 22), QStringLiteral("nul.csv"));
    QVERIFY(nul.isBlocked());
    QVERIFY2(nul.fileError.startsWith(
                 QLatin1String("Row 2 (line 2), column 2: the cell holds a NUL byte")),
        qPrintable(nul.fileError));

    const QString text = QStringLiteral("name,city\nHall,Berlin\n");
    QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    for (const QByteArray &utf16 : { le, be }) {
        const ImportPreview p = VenueImporter::analyze(utf16, QStringLiteral("utf16.csv"));
        QVERIFY2(p.fileError.contains(QLatin1String("looks like UTF-16")), qPrintable(p.fileError));
    }

    QByteArray huge("name,notes\nHall,");
    huge.append(QByteArray(CsvReader::kMaxRecordBytes + 10, 'x'));
    huge.append("\n");
    const ImportPreview longRow = VenueImporter::analyze(huge, QStringLiteral("long.csv"));
    QVERIFY2(longRow.fileError.contains(QLatin1String("longer than 10 MB")),
        qPrintable(longRow.fileError));
}

// Issue 12 finding 8: a 3 KB name passed the dry run and failed on PostgreSQL's index row size.
// The dry run and the editor give one sentence; the database refuses the same lengths itself.
void tst_VenueImporter::fieldLimits()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString longName(3000, QLatin1Char('N'));
    const QByteArray csv = "name,city,notes\n" + longName.toUtf8() + ",Berlin,ok\nFine Hall,Berlin,"
        + QByteArray(20001, 'n') + "\n";
    VenueImporter importer(*db);
    auto preview = importer.preview(csv, QStringLiteral("long.csv"));
    VM_VERIFY_OK(preview);
    QCOMPARE(preview->invalidCount(), 2);
    QCOMPARE(preview->issues.at(0).text(),
        QStringLiteral("Row 2, column 1 (name): Name holds at most 200 characters, not 3000."));
    QCOMPARE(preview->issues.at(1).text(),
        QStringLiteral(
            "Row 3, column 3 (notes): Notes holds at most 20000 characters, not 20001."));
    Venue v;
    v.name = longName;
    const auto problems = validateVenue(v);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(
        problems.first().message, QStringLiteral("Name holds at most 200 characters, not 3000."));
    // Code points count, as in the database: 200 emoji are 400 UTF-16 units and fit.
    v.name = QString::fromUtf8("\xF0\x9F\x8E\x89").repeated(200);
    QVERIFY(validateVenue(v).isEmpty());
    VM_VERIFY_OK(VenueRepository(*db).addVenue(v));
    v.facilities = { QString(101, QLatin1Char('f')) };
    QCOMPARE(validateVenue(v).size(), 1);

    // The schema refuses what the validator refuses (migration 0008), on both backends.
    const auto insert = [&](const QString &name, const QString &notes) {
        return db
            ->exec(QStringLiteral("test"),
                QStringLiteral("INSERT INTO venues (id, name, notes) VALUES (:id, :name, :notes)"),
                { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                    { QStringLiteral(":name"), name }, { QStringLiteral(":notes"), notes } })
            .ok();
    };
    QVERIFY(insert(QString(200, QLatin1Char('a')), QString(20000, QLatin1Char('b'))));
    QVERIFY(!insert(QString(201, QLatin1Char('a')), QString()));
    QVERIFY(!insert(QStringLiteral("Short"), QString(20001, QLatin1Char('b'))));
    const auto project = db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO projects (id, client_name, event_name) VALUES (:id, :c, 'E')"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":c"), QString(201, QLatin1Char('c')) } });
    QVERIFY(!project.ok());
    // The project and caterer forms refuse the same lengths with a sentence before the database
    // does.
    Project tooLongProject;
    tooLongProject.clientName = QString(201, QLatin1Char('c'));
    tooLongProject.eventName = QStringLiteral("Event");
    const Status projectStatus = ProjectRepository::validate(tooLongProject);
    QVERIFY(!projectStatus.ok());
    QCOMPARE(projectStatus.error().message,
        QStringLiteral("The client's name holds at most 200 characters, not 201."));
    CateringProvider caterer;
    caterer.name = QStringLiteral("Mesa");
    caterer.phone = QString(51, QLatin1Char('1'));
    QVERIFY(!CateringRepository::validate(caterer).ok());
    caterer.phone = QString(50, QLatin1Char('1'));
    QVERIFY(CateringRepository::validate(caterer).ok());
}

// The problems of a rooms file imported with a venues file: the file's own and the plan's.
static QStringList spaceProblems(const SpaceImportPreview &spaces, const SpaceImportPlan &plan)
{
    QStringList out;
    for (const ImportIssue &i : spaces.headerIssues)
        out << i.text();
    for (const ImportIssue &i : spaces.issues)
        out << i.text();
    for (const ImportIssue &i : plan.issues)
        out << i.text();
    return out;
}

void tst_VenueImporter::badSpaceRows_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("problem");
    const QList<std::pair<const char *, std::pair<QString, QString>>> cases {
        { "not a whole number",
            { "Loft,Ghent,Attic,,1.5,",
                "Row 3, column 5 (Theatre): the theatre capacity of space \"Attic\" is not a "
                "whole number (\"1.5\"); a capacity is a whole number from 0 to 100,000." } },
        { "words",
            { "Loft,Ghent,Attic,,,lots",
                "Row 3, column 6 (Banquet): the banquet (rounds) capacity of space "
                "\"Attic\" is not a whole number (\"lots\"); a capacity is a whole number from 0 "
                "to 100,000." } },
        { "negative",
            { "Loft,Ghent,Attic,,-5,",
                "Row 3, column 5 (Theatre): the theatre capacity of space \"Attic\" is negative "
                "(-5); a capacity is a whole number from 0 to 100,000." } },
        { "above 100,000",
            { "Loft,Ghent,Attic,,100001,",
                "Row 3, column 5 (Theatre): the theatre capacity of space \"Attic\" is above "
                "100,000 (100001); a capacity is a whole number from 0 to 100,000." } },
        { "no name",
            { "Loft,Ghent,  ,,10,",
                "Row 3, column 3 (Space): the space has no name; every space needs a name." } },
        { "same name twice",
            { "Loft,Ghent,  main ROOM ,,10,",
                "Row 3, column 3 (Space): \"main ROOM\" is already a space of \"Loft\" in Ghent "
                "(row 2); a space name is used once per venue." } },
        { "part of nothing",
            { "Loft,Ghent,Attic,Roof,10,",
                "Row 3, column 4 (Part of): \"Roof\" is not a space of \"Loft\" in Ghent in this "
                "file; \"Part of\" names another space of the same venue." } },
        { "part of itself",
            { "Loft,Ghent,Attic,attic,10,",
                "Row 3, column 4 (Part of): \"Attic\" would be inside one of its own parts (a "
                "\"Part of\" cycle)." } },
        { "venue not found",
            { "Lost Palace,Ghent,Attic,,10,",
                "Row 3: there is no venue \"Lost Palace\" in Ghent in the book nor in the venues "
                "file; the Venue and City columns name a venue exactly as it is spelled there "
                "(case and surrounding spaces aside)." } },
        { "venue in another city",
            { "Loft,Bruges,Attic,,10,",
                "Row 3: there is no venue \"Loft\" in Bruges in the book nor in the venues file; "
                "the Venue and City columns name a venue exactly as it is spelled there (case and "
                "surrounding spaces aside)." } },
        { "no venue",
            { ",Ghent,Attic,,10,",
                "Row 3, column 1 (Venue): the venue is empty; each room names the venue it "
                "belongs to, with its city." } },
        { "short row",
            { "Loft,Ghent,Attic",
                "Row 3: the row has 3 fields but the header has 6; a value may hold an unquoted "
                "\",\"." } },
    };
    for (const QString backend : { QStringLiteral("sqlite"), QStringLiteral("postgresql") })
        for (const auto &[name, c] : cases)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), backend)))
                << backend << c.first << c.second;
}

void tst_VenueImporter::badSpaceRows()
{
    VM_TEMP_DATABASE(tmp);
    QFETCH(QString, row);
    QFETCH(QString, problem);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(
        VenueRepository(*db).addVenue(venue(QStringLiteral("Hotel"), QStringLiteral("Ghent"))));
    const QStringList spacesBefore = liveSpaces(*db);
    VenueImporter importer(*db);
    auto preview = importer.preview("name,city\nLoft,Ghent\n", QStringLiteral("venues.csv"));
    VM_VERIFY_OK(preview);
    const QByteArray rooms = "Venue,City,Space,Part of,Theatre,Banquet\n"
                             "Loft,Ghent,Main room,,80,40\n"
        + row.toUtf8() + "\n";
    auto spaces = SpaceImporter(*db).preview(rooms, QStringLiteral("rooms.csv"));
    VM_VERIFY_OK(spaces);
    QVERIFY(!spaces->isBlocked());
    const SpaceImportPlan plan = SpaceImporter::plan(*spaces, &*preview, {});
    QCOMPARE(spaceProblems(*spaces, plan), QStringList { problem });

    preview->spaces = std::make_shared<const SpaceImportPreview>(*spaces);
    auto outcome = importer.commit(*preview);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, DbError::Kind::Validation);
    QVERIFY2(outcome.error().message.contains(problem), qPrintable(outcome.error().message));
    // Nothing half-written: neither the venue nor a room.
    QCOMPARE(liveNames(*db), QStringList { QStringLiteral("Hotel") });
    QCOMPARE(liveSpaces(*db), spacesBefore);
    // Alone, into the book, the row is refused just the same.
    auto alone = SpaceImporter(*db).commit(*spaces);
    QVERIFY(!alone.ok());
    QCOMPARE(liveSpaces(*db), spacesBefore);
}

void tst_VenueImporter::spacesHeader()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    auto noSpace = SpaceImporter(*db).preview("Venue,City,Theatre\nLoft,Ghent,10\n", "r.csv");
    VM_VERIFY_OK(noSpace);
    QVERIFY(noSpace->isBlocked());
    QCOMPARE(noSpace->headerIssues.first().text(),
        QStringLiteral("No column holds the space's name: the first row of a rooms file names the "
                       "columns, among them \"Space\" (found \"Venue\", \"City\", \"Theatre\")."));
    // Aliases a spreadsheet may use; an unknown column is ignored and said so.
    auto aliases = SpaceImporter(*db).preview(
        "Venue name,Town,Room,Parent,Level,Area,Ceiling height,Natural light,Theater,Rounds,"
        "Standing,U shape,Colour\nLoft,Ghent,Attic,,2,\"40,5\",3,x,30,20,50,12,red\n",
        "r.csv");
    VM_VERIFY_OK(aliases);
    QVERIFY(!aliases->isBlocked());
    QCOMPARE(aliases->ignoredColumns, QStringList { QStringLiteral("Colour") });
    QCOMPARE(aliases->issues.size(), 0);
    const VenueSpace &s = aliases->rows.first().space;
    QCOMPARE(s.floor, QStringLiteral("2"));
    QCOMPARE(s.areaM2, 40.5);
    QCOMPARE(s.ceilingHeightM, 3.0);
    QCOMPARE(s.hasDaylight, true);
    QCOMPARE(s.capacities,
        (QMap<SpaceLayout, int> { { SpaceLayout::Theatre, 30 }, { SpaceLayout::Banquet, 20 },
            { SpaceLayout::Reception, 50 }, { SpaceLayout::UShape, 12 } }));
    auto twice = SpaceImporter(*db).preview("Venue,Space,Theatre,Theater\nA,B,1,2\n", "r.csv");
    VM_VERIFY_OK(twice);
    QCOMPARE(twice->headerIssues.first().text(),
        QStringLiteral("Row 1, column 4 (Theater): columns 3 and 4 both hold the Theatre; keep "
                       "one."));
    auto empty = SpaceImporter(*db).preview("Venue,Space\n", "r.csv");
    VM_VERIFY_OK(empty);
    QCOMPARE(empty->headerIssues.first().text(),
        QStringLiteral("The rooms file has a header row but no rooms."));
}

void tst_VenueImporter::spacesOfSkippedVenueRows()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueImporter importer(*db);
    // Row 3 is invalid: with "skip invalid rows" its rooms are skipped with it.
    auto preview = importer.preview(
        "name,city,capacity\nLoft,Ghent,10\nBarn,Ghent,lots\n", QStringLiteral("venues.csv"));
    VM_VERIFY_OK(preview);
    auto spaces = SpaceImporter(*db).preview(
        "Venue,City,Space,Theatre\nLoft,Ghent,Attic,10\nBarn,Ghent,Hayloft,20\n", "rooms.csv");
    VM_VERIFY_OK(spaces);
    ImportOptions options;
    options.skipInvalid = true;
    const SpaceImportPlan plan = SpaceImporter::plan(*spaces, &*preview, options);
    QCOMPARE(spaceProblems(*spaces, plan), QStringList());
    QCOMPARE(plan.summary(),
        QStringLiteral("1 room for 1 new venue; 1 room skipped with its invalid venue row."));
    preview->spaces = std::make_shared<const SpaceImportPreview>(*spaces);
    VM_VERIFY_OK(importer.commit(*preview, options));
    QCOMPARE(liveSpaces(*db), QStringList { QStringLiteral("Loft / Attic: 10") });

    // Two rows of the venues file for one name and city: with duplicates included the rooms
    // cannot tell which venue is theirs; without, they go to the one imported.
    auto twins = importer.preview("name,city\nTwin,Ghent\nTwin,Ghent\n", "twins.csv");
    VM_VERIFY_OK(twins);
    auto twinRooms = SpaceImporter(*db).preview("Venue,City,Space\nTwin,Ghent,Room\n", "r.csv");
    VM_VERIFY_OK(twinRooms);
    ImportOptions both;
    both.includeDuplicates = true;
    QCOMPARE(spaceProblems(*twinRooms, SpaceImporter::plan(*twinRooms, &*twins, both)),
        QStringList { QStringLiteral(
            "Row 2: the venues file imports 2 venues named \"Twin\" in Ghent (rows 2, 3), so the "
            "rooms cannot tell which is theirs; give each a distinct name or city.") });
    QCOMPARE(SpaceImporter::plan(*twinRooms, &*twins, {}).summary(),
        QStringLiteral("1 room for 1 new venue."));
}

void tst_VenueImporter::undoRemovesTheSpacesItAdded()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(
        VenueRepository(*db).addVenue(venue(QStringLiteral("By hand"), QStringLiteral("Ghent"))));
    VenueImporter importer(*db);
    auto preview
        = importer.preview("name,city\nLoft,Ghent\nHall,Bruges\n", QStringLiteral("venues.csv"));
    VM_VERIFY_OK(preview);
    auto spaces = SpaceImporter(*db).preview("Venue,City,Space,Part of,Theatre\n"
                                             "Loft,Ghent,Attic,,40\n"
                                             "hall , bruges ,Part 1,Whole,100\n"
                                             "Hall,Bruges,Whole,,250\n"
                                             "Hall,Bruges,Part 2,Whole,150\n"
                                             "Hall,Bruges,Part 1a,Part 1,50\n",
        "rooms.csv");
    VM_VERIFY_OK(spaces);
    preview->spaces = std::make_shared<const SpaceImportPreview>(*spaces);
    auto outcome = importer.commit(*preview);
    VM_VERIFY_OK(outcome);
    QCOMPARE(outcome->spaces, 5);
    QCOMPARE(liveSpaces(*db),
        (QStringList { QStringLiteral("Hall / Part 1 < Whole: 100"),
            QStringLiteral("Hall / Whole: 250"), QStringLiteral("Hall / Part 2 < Whole: 150"),
            QStringLiteral("Hall / Part 1a < Part 1: 50"), QStringLiteral("Loft / Attic: 40") }));
    // The database keeps venues.capacity at the largest layout capacity.
    auto capacity = db->scalar(
        QStringLiteral("test"), QStringLiteral("SELECT capacity FROM venues WHERE name = 'Hall'"));
    VM_VERIFY_OK(capacity);
    QCOMPARE(capacity->toInt(), 250);

    auto removed = importer.undo(outcome->batch.id);
    VM_VERIFY_OK(removed);
    QCOMPARE(*removed, 2);
    // The rooms went with their venues: none is left on a live venue.
    QCOMPARE(liveSpaces(*db), QStringList());
    QCOMPARE(liveNames(*db), QStringList { QStringLiteral("By hand") });
}

void tst_VenueImporter::spacesOnlyReplaceTheRooms()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(
        VenueRepository(*db).addVenue(venue(QStringLiteral("Hotel"), QStringLiteral("Ghent"))));
    auto id = db->scalar(QStringLiteral("test"), QStringLiteral("SELECT id FROM venues"));
    VM_VERIFY_OK(id);
    VenueSpace kept, gone;
    kept.name = QStringLiteral("Ballroom");
    kept.capacities = { { SpaceLayout::Theatre, 300 } };
    gone.name = QStringLiteral("Library");
    auto saved = SpaceRepository(*db).saveSpaces(id->toString(), {}, { kept, gone });
    VM_VERIFY_OK(saved);
    const QString ballroomId = saved->first().id;

    SpaceImporter importer(*db);
    auto spaces = importer.preview("Venue,City,Space,Theatre\n"
                                   "HOTEL,ghent,Garden,\n"
                                   "Hotel,Ghent,ballroom,320\n",
        "rooms.csv");
    VM_VERIFY_OK(spaces);
    const SpaceImportPlan plan = SpaceImporter::plan(*spaces, nullptr, {});
    QCOMPARE(spaceProblems(*spaces, plan), QStringList());
    auto outcome = importer.commit(*spaces);
    VM_VERIFY_OK(outcome);
    QCOMPARE(outcome->spaces, 2);
    QCOMPARE(outcome->bookVenues, 1);
    QCOMPARE(liveSpaces(*db),
        (QStringList {
            QStringLiteral("Hotel / Garden"), QStringLiteral("Hotel / ballroom: 320") }));
    // The ballroom is the same space (renamed as the file spells it), the library is gone.
    auto after = SpaceRepository(*db).fetchSpaces(id->toString());
    VM_VERIFY_OK(after);
    QCOMPARE(after->at(1).id, ballroomId);

    // Two venues of one name and city in the book: the rooms cannot tell which is theirs.
    VM_VERIFY_OK(
        VenueRepository(*db).addVenue(venue(QStringLiteral("Hotel"), QStringLiteral("Ghent"))));
    auto ambiguous = importer.preview("Venue,City,Space\nHotel,Ghent,Garden\n", "rooms.csv");
    VM_VERIFY_OK(ambiguous);
    QCOMPARE(spaceProblems(*ambiguous, SpaceImporter::plan(*ambiguous, nullptr, {})),
        QStringList { QStringLiteral(
            "Row 2: the book has 2 venues named \"Hotel\" in Ghent, so the rooms cannot tell "
            "which is theirs; rename one of them first.") });
    QVERIFY(!importer.commit(*ambiguous).ok());
    QCOMPARE(liveSpaces(*db).size(), 2);

    // Every row of a venue found nowhere is named, the later ones pointing at the first.
    auto nowhere
        = importer.preview("Venue,City,Space\nNowhere,Mons,A\nNowhere,Mons,B\n", "rooms.csv");
    VM_VERIFY_OK(nowhere);
    QCOMPARE(spaceProblems(*nowhere, SpaceImporter::plan(*nowhere, nullptr, {})),
        (QStringList {
            QStringLiteral("Row 2: there is no venue \"Nowhere\" in Mons in the book; the "
                           "Venue and City columns name a venue exactly as it is "
                           "spelled there (case and surrounding spaces aside)."),
            QStringLiteral(
                "Row 3: the venue \"Nowhere\" in Mons cannot be matched, as row 2 says.") }));
}

// A rooms file that leaves out a room on which a live hold stands is refused (the hold would
// become a hold of the whole venue); once the hold is released, the room goes.
void tst_VenueImporter::heldRoomIsNotDropped()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString anna = insertUser(*db, QStringLiteral("Anna"));
    const QString venueId = insertVenue(
        *db, VenueSpec { QStringLiteral("Fábrica 21"), QStringLiteral("Lisbon"), 400, 4.3, {} });
    VenueSpace terrace;
    terrace.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    terrace.name = QStringLiteral("Terrace");
    VenueSpace hall;
    hall.name = QStringLiteral("Hall");
    VM_VERIFY_OK(SpaceRepository(*db).saveSpaces(venueId, {}, { hall, terrace }));
    Project p;
    p.clientName = QStringLiteral("Acme");
    p.eventName = QStringLiteral("Summit");
    auto project = ProjectRepository(*db, anna).addProject(p);
    VM_VERIFY_OK(project);
    auto row = OutreachRepository(*db, anna).addVenues(project->id, { venueId });
    VM_VERIFY_OK(row);
    HoldRepository holds(*db, anna);
    auto days = holds.addDateRange(project->id, QDate(2027, 5, 12), QDate(2027, 5, 14), true);
    VM_VERIFY_OK(days);
    HoldDraft draft;
    draft.projectVenueId = row->added.first().id;
    draft.dateRangeId = days->id;
    draft.spaceId = terrace.id;
    auto hold = holds.placeHold(draft);
    VM_VERIFY_OK(hold);

    SpaceImporter importer(*db);
    auto spaces = importer.preview("Venue,City,Space\nFábrica 21,Lisbon,Hall\n", "rooms.csv");
    VM_VERIFY_OK(spaces);
    auto refused = importer.commit(*spaces);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, DbError::Kind::Validation);
    QCOMPARE(refused.error().message,
        QStringLiteral("The rooms file leaves out \"Terrace\" of \"Fábrica 21\" in Lisbon, which 1 "
                       "live hold names; keep the room in the file, or release it first. Nothing "
                       "was imported."));
    QCOMPARE(liveSpaces(*db),
        (QStringList {
            QStringLiteral("Fábrica 21 / Hall"), QStringLiteral("Fábrica 21 / Terrace") }));

    VM_VERIFY_OK(holds.setStatus(hold->id, hold->version, HoldStatus::Released));
    VM_VERIFY_OK(importer.commit(*spaces));
    QCOMPARE(liveSpaces(*db), QStringList { QStringLiteral("Fábrica 21 / Hall") });
}

QTEST_GUILESS_MAIN(tst_VenueImporter)
#include "tst_venueimporter.moc"
