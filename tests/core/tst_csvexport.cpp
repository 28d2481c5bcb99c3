// Venue CSV export on both backends: a demo book exported and imported into an empty book gives
// identical venues; the export follows the filter and its order; venuemapctl export venues.
#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "export/csvreader.h"
#include "export/spaceimporter.h"
#include "export/venuecsvexport.h"
#include "export/venuecsvrecord.h"
#include "export/venueimporter.h"
#include "export/venuespacecsv.h"
#include "repositories/spacerepository.h"
#include "repositories/venuerepository.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_CsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportThenImportIsIdentical_data() { addBackendRows(); }
    void exportThenImportIsIdentical();
    void exportFollowsTheFilter_data() { addBackendRows(); }
    void exportFollowsTheFilter();
    void commandLine_data() { addBackendRows(); }
    void commandLine();
    void roundTripWithSpaces_data() { addBackendRows(); }
    void roundTripWithSpaces();
    void spacesCommandLine_data() { addBackendRows(); }
    void spacesCommandLine();

public:
    static QList<Venue> allVenues(const Database &db, const VenueFilter &filter = {});
};

QList<Venue> tst_CsvExport::allVenues(const Database &db, const VenueFilter &filter)
{
    QList<Venue> out;
    std::optional<VenueKey> after;
    VenueRepository repo(db);
    while (true) {
        auto page = repo.fetchAfter(filter, after, 1000);
        if (!page || page->isEmpty())
            break;
        out += *page;
        after = VenueRepository::keyOf(page->last(), filter.sort);
    }
    return out;
}

static QString describe(const Venue &v)
{
    QStringList parts;
    for (VenueField f : allVenueFields())
        parts << venueFieldText(v, f);
    return parts.join(QLatin1Char('|'));
}

static void compareVenues(QList<Venue> a, QList<Venue> b)
{
    auto order = [](const Venue &x, const Venue &y) { return describe(x) < describe(y); };
    std::sort(a.begin(), a.end(), order);
    std::sort(b.begin(), b.end(), order);
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Venue &x = a.at(i);
        const Venue &y = b.at(i);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.address, x.address);
        QCOMPARE(y.city, x.city);
        QCOMPARE(y.country, x.country);
        QCOMPARE(y.capacity, x.capacity);
        QCOMPARE(y.facilities, x.facilities);
        QCOMPARE(y.rating, x.rating);
        QCOMPARE(y.contactName, x.contactName);
        QCOMPARE(y.contactEmail, x.contactEmail);
        QCOMPARE(y.contactPhone, x.contactPhone);
        QCOMPARE(y.website, x.website);
        QCOMPARE(y.notes, x.notes);
        QCOMPARE(y.latitude, x.latitude);
        QCOMPARE(y.longitude, x.longitude);
    }
}

void tst_CsvExport::exportThenImportIsIdentical()
{
    VM_TEMP_DATABASE(source);
    VenueMap::Test::TempDatabase target(backend);
    auto from = source.openMigrated();
    VM_VERIFY_OK(from);
    auto to = target.openMigrated();
    VM_VERIFY_OK(to);
    DemoOptions demo;
    demo.venues = 400;
    demo.projects = 0;
    demo.photoVenues = 0;
    demo.seed = 11;
    VM_VERIFY_OK(DemoGenerator(*from).generate(demo));
    // Awkward values a person types into a venue, too.
    Venue odd;
    odd.name = QStringLiteral("Café \"Zur Post\", Saal; 1. OG");
    odd.city = QString::fromUtf8("Köln");
    odd.notes = QStringLiteral("Two lines:\nfirst, second; \"quoted\"");
    odd.facilities
        = { QStringLiteral("Stage"), QStringLiteral("Wi-Fi") }; // the vocabulary's labels
    odd.latitude = 50.937531;
    odd.longitude = 6.9602786;
    odd.rating = 0.0;
    odd.capacity = 0;
    VM_VERIFY_OK(VenueRepository(*from).addVenue(odd));
    // Formula-like cells go out neutralised (a spreadsheet would run them) and come back as they
    // were.
    Venue formula;
    formula.name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");
    formula.address = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    formula.city = QStringLiteral("-London");
    formula.country = QStringLiteral("'=already quoted");
    formula.contactName = QStringLiteral("''+two quotes");
    formula.contactPhone = QStringLiteral("+44 20 7946 0000");
    formula.notes = QStringLiteral("=1+1\nsecond line");
    formula.facilities = { QStringLiteral("-stage"), QStringLiteral("Wi-Fi") };
    formula.latitude = 51.5;
    formula.longitude = -0.12;
    VM_VERIFY_OK(VenueRepository(*from).addVenue(formula));

    const QList<Venue> before = allVenues(*from);
    QVERIFY(before.size() > 400);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    auto written = VenueCsvExport::write(*from, VenueFilter(), &buffer);
    VM_VERIFY_OK(written);
    QCOMPARE(*written, before.size());
    buffer.close();
    QVERIFY(bytes.contains(",\"'=HYPERLINK("));
    QVERIFY(bytes.contains(",'-London,"));
    QVERIFY(bytes.contains(",''=already quoted,"));
    QVERIFY(bytes.contains(",'''+two quotes,"));
    QVERIFY(bytes.contains(",'+44 20 7946 0000,"));
    QVERIFY(bytes.contains(",-0.12\r\n"));
    QVERIFY(!bytes.contains(",=") && !bytes.contains(",@") && !bytes.contains(",+"));

    VenueImporter importer(*to);
    auto preview = importer.preview(bytes, QStringLiteral("book.csv"));
    VM_VERIFY_OK(preview);
    QVERIFY2(!preview->isBlocked(), qPrintable(preview->summary()));
    QStringList issues;
    for (const ImportIssue &i : std::as_const(preview->issues))
        issues << i.text();
    QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
    QCOMPARE(preview->ignoredColumns, QStringList { QStringLiteral("id") });
    ImportOptions options;
    options.includeDuplicates = true; // a book may hold two venues of one name in one city
    auto outcome = importer.commit(*preview, options);
    VM_VERIFY_OK(outcome);
    QCOMPARE(outcome->imported, before.size());

    compareVenues(before, allVenues(*to));
}

void tst_CsvExport::exportFollowsTheFilter()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    DemoOptions demo;
    demo.venues = 300;
    demo.projects = 0;
    demo.photoVenues = 0;
    VM_VERIFY_OK(DemoGenerator(*db).generate(demo));
    auto cities = VenueRepository(*db).cityCounts(5);
    VM_VERIFY_OK(cities);
    QVERIFY(!cities->isEmpty());
    VenueFilter filter;
    filter.city = cities->first().first;
    filter.minCapacity = 100;
    filter.sort = VenueSort::Capacity;
    filter.descending = true;
    const QList<Venue> expected = allVenues(*db, filter);
    QVERIFY(!expected.isEmpty());

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    VM_VERIFY_OK(VenueCsvExport::write(*db, filter, &buffer, { ';', true }));
    const CsvParseResult parsed = CsvReader::parse(bytes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.document().delimiter, ';');
    QVERIFY(parsed.document().hadBom);
    QCOMPARE(
        parsed.document().records.first(), VenueCsvRecord::header(VenueCsvRecord::Columns::Book));
    QCOMPARE(parsed.document().records.size(), expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(parsed.document().records.at(i + 1).first(), expected.at(i).id);
}

void tst_CsvExport::commandLine()
{
    VM_TEMP_DATABASE(tmp);
    {
        auto db = tmp.openMigrated();
        VM_VERIFY_OK(db);
        DemoOptions demo;
        demo.venues = 120;
        demo.projects = 0;
        demo.photoVenues = 0;
        VM_VERIFY_OK(DemoGenerator(*db).generate(demo));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QProcess p;
    p.start(QStringLiteral(VENUEMAP_CTL_PATH),
        { QStringLiteral("--db"), tmp.url().toFullString(), QStringLiteral("export"),
            QStringLiteral("venues"), path, QStringLiteral("--min-capacity"), QStringLiteral("200"),
            QStringLiteral("--sort"), QStringLiteral("capacity") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CsvParseResult parsed = CsvReader::parse(f.readAll());
    QVERIFY(parsed.ok());
    const auto &records = parsed.document().records;
    QVERIFY(records.size() > 1);
    const int capacity = int(
        VenueCsvRecord::header(VenueCsvRecord::Columns::Book).indexOf(QStringLiteral("capacity")));
    int previous = 0;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const int c = records.at(i).at(capacity).toInt();
        QVERIFY(c >= 200);
        QVERIFY(c >= previous);
        previous = c;
    }
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                .startsWith(QStringLiteral("Exported %1 venues").arg(records.size() - 1)));

    p.start(QStringLiteral(VENUEMAP_CTL_PATH),
        { QStringLiteral("--db"), tmp.url().toFullString(), QStringLiteral("export"),
            QStringLiteral("venues"), path, QStringLiteral("--sort"), QStringLiteral("size") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
}

// A small book whose rooms test every cell: a divisible hall listed after its parts, unicode, a
// name with a comma, quotes and a line break, formula-like names, empty and zero values.
static void addBookWithSpaces(const Database &db)
{
    auto space = [](const QString &name, QMap<SpaceLayout, int> capacities = {}) {
        VenueSpace s;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.name = name;
        s.capacities = capacities;
        return s;
    };
    {
        Venue v;
        v.name = QStringLiteral("Congress Centre");
        v.city = QStringLiteral("Brussels");
        v.capacity = 50;
        VM_VERIFY_OK(VenueRepository(db).addVenue(v));
        auto added = VenueRepository(db).fetchAfter({}, std::nullopt, 10);
        QString id;
        for (const Venue &x : std::as_const(*added))
            if (x.name == v.name)
                id = x.id;
        QVERIFY(!id.isEmpty());
        VenueSpace a = space(QStringLiteral("Hall A"), { { SpaceLayout::Theatre, 400 } });
        VenueSpace b = space(QStringLiteral("Hall B"),
            { { SpaceLayout::Theatre, 300 }, { SpaceLayout::Banquet, 180 } });
        VenueSpace hall = space(QStringLiteral("Grand Hall"),
            { { SpaceLayout::Theatre, 700 }, { SpaceLayout::Reception, 1200 },
                { SpaceLayout::Banquet, 400 } });
        hall.floor = QStringLiteral("0");
        hall.areaM2 = 1250.5;
        hall.ceilingHeightM = 9;
        hall.hasDaylight = true;
        hall.notes = QStringLiteral("Divides into A and B.");
        a.parentId = hall.id;
        b.parentId = hall.id;
        VenueSpace board = space(QStringLiteral("Boardroom 1"),
            { { SpaceLayout::Boardroom, 0 }, { SpaceLayout::UShape, 12 },
                { SpaceLayout::HollowSquare, 16 } });
        board.hasDaylight = false;
        board.ceilingHeightM = 2.75;
        VM_VERIFY_OK(SpaceRepository(db).saveSpaces(id, {}, { a, b, hall, board }));
    }
    {
        Venue v;
        v.name = QStringLiteral("Café \"Zur Post\", Saal");
        v.city = QString::fromUtf8("Köln");
        VM_VERIFY_OK(VenueRepository(db).addVenue(v));
        auto added = VenueRepository(db).fetchAfter({}, std::nullopt, 10);
        QString id;
        for (const Venue &x : std::as_const(*added))
            if (x.name == v.name)
                id = x.id;
        VenueSpace odd = space(QStringLiteral("Saal \"Köln\", groß\nzweite Zeile"),
            { { SpaceLayout::Classroom, 60 }, { SpaceLayout::Cabaret, 48 } });
        odd.floor = QString::fromUtf8("1. OG");
        odd.notes = QStringLiteral("<b>not bold</b>, \"quoted\"\nsecond line");
        VenueSpace formula = space(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"),
            { { SpaceLayout::Reception, 100000 } });
        formula.floor = QStringLiteral("-1");
        formula.notes = QStringLiteral("@SUM(1+1)");
        VenueSpace plus = space(QStringLiteral("+Terrasse"));
        plus.parentId = formula.id;
        VM_VERIFY_OK(SpaceRepository(db).saveSpaces(id, {}, { odd, formula, plus }));
    }
    {
        Venue v;
        v.name = QStringLiteral("Loft without rooms");
        v.city = QStringLiteral("Ghent");
        v.capacity = 80;
        VM_VERIFY_OK(VenueRepository(db).addVenue(v));
    }
}

// Every venue's rooms as text: venue | name | parent's name | floor | area | ceiling | daylight |
// notes | capacities, in their order.
static QStringList describeSpaces(const Database &db)
{
    QStringList out;
    const QList<Venue> venues = tst_CsvExport::allVenues(db);
    for (const Venue &v : venues) {
        auto spaces = SpaceRepository(db).fetchSpaces(v.id);
        if (!spaces)
            return { spaces.error().sentence() };
        QHash<QString, QString> names;
        for (const VenueSpace &s : std::as_const(*spaces))
            names.insert(s.id, s.name);
        out << QStringLiteral("%1 in %2 (capacity %3)")
                   .arg(v.name, v.city, v.capacity ? QString::number(*v.capacity) : QString());
        for (const VenueSpace &s : std::as_const(*spaces)) {
            QStringList caps;
            for (auto it = s.capacities.cbegin(); it != s.capacities.cend(); ++it)
                caps << QStringLiteral("%1=%2").arg(spaceLayoutKey(it.key())).arg(it.value());
            out << QStringList { v.name, s.name, names.value(s.parentId), s.floor,
                s.areaM2 ? QString::number(*s.areaM2) : QString(),
                s.ceilingHeightM ? QString::number(*s.ceilingHeightM) : QString(),
                s.hasDaylight ? (*s.hasDaylight ? QStringLiteral("yes") : QStringLiteral("no"))
                              : QString(),
                s.notes, caps.join(QLatin1Char(' ')) }
                       .join(QLatin1Char('|'));
        }
    }
    return out;
}

void tst_CsvExport::roundTripWithSpaces()
{
    VM_TEMP_DATABASE(source);
    VenueMap::Test::TempDatabase target(backend);
    auto from = source.openMigrated();
    VM_VERIFY_OK(from);
    auto to = target.openMigrated();
    VM_VERIFY_OK(to);
    addBookWithSpaces(*from);
    const QStringList before = describeSpaces(*from);
    QVERIFY2(before.size() == 10, qPrintable(before.join(QLatin1Char('\n'))));

    QByteArray venueBytes, spaceBytes;
    QBuffer venueBuffer(&venueBytes), spaceBuffer(&spaceBytes);
    QVERIFY(venueBuffer.open(QIODevice::WriteOnly));
    QVERIFY(spaceBuffer.open(QIODevice::WriteOnly));
    auto written = VenueCsvExport::writeWithSpaces(*from, {}, &venueBuffer, &spaceBuffer);
    VM_VERIFY_OK(written);
    QCOMPARE(written->venues, 3);
    QCOMPARE(written->spaces, 7);
    if (qEnvironmentVariableIsSet("VENUEMAP_SHOW_CSV"))
        qInfo().noquote() << QString::fromUtf8(spaceBytes);
    // The rooms file as a person reads it in a text editor: the header, one row per space, the
    // hall's parts naming it, formula-like cells neutralised.
    const QList<QByteArray> lines = spaceBytes.split('\n');
    QCOMPARE(lines.first(),
        QByteArray("Venue,City,Space,Part of,Floor,Area m²,Ceiling m,Daylight,Theatre,Classroom,"
                   "Banquet (rounds),Cabaret,Reception (standing),Boardroom,U-shape,Hollow "
                   "square,Notes\r"));
    QVERIFY(spaceBytes.contains("Congress Centre,Brussels,Hall A,Grand Hall,,,,,400,,,,,,,,\r\n"));
    QVERIFY(spaceBytes.contains("Congress Centre,Brussels,Grand Hall,,0,1250.5,9,yes,700,,400,,"
                                "1200,,,,Divides into A and B.\r\n"));
    QVERIFY(spaceBytes.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","));
    QVERIFY(spaceBytes.contains(",'+Terrasse,\"'=HYPERLINK("));
    QVERIFY(spaceBytes.contains(",'@SUM(1+1)\r\n"));
    QVERIFY(!spaceBytes.contains(",=") && !spaceBytes.contains(",@") && !spaceBytes.contains(",+"));

    VenueImporter importer(*to);
    auto preview = importer.preview(venueBytes, QStringLiteral("venues.csv"));
    VM_VERIFY_OK(preview);
    auto spaces = SpaceImporter(*to).preview(spaceBytes, QStringLiteral("venues_spaces.csv"));
    VM_VERIFY_OK(spaces);
    QStringList issues;
    for (const ImportIssue &i : std::as_const(spaces->issues))
        issues << i.text();
    QVERIFY2(issues.isEmpty() && !spaces->isBlocked(), qPrintable(issues.join(QLatin1Char('\n'))));
    QCOMPARE(spaces->rows.size(), 7);
    preview->spaces = std::make_shared<const SpaceImportPreview>(*spaces);
    const SpaceImportPlan plan = SpaceImporter::plan(*spaces, &*preview, {});
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.summary(), QStringLiteral("7 rooms for 2 new venues."));
    auto outcome = importer.commit(*preview);
    VM_VERIFY_OK(outcome);
    QCOMPARE(outcome->imported, 3);
    QCOMPARE(outcome->spaces, 7);
    QCOMPARE(outcome->spacesReplacedVenues, 0);
    QCOMPARE(describeSpaces(*to), before);

    // The same export again, into a book that holds it now: the rooms are matched by name and
    // left as they are.
    auto again = importer.preview(venueBytes, QStringLiteral("venues.csv"));
    VM_VERIFY_OK(again);
    QCOMPARE(again->duplicateCount(), 3);
    again->spaces = std::make_shared<const SpaceImportPreview>(
        *SpaceImporter(*to).preview(spaceBytes, QStringLiteral("venues_spaces.csv")));
    auto onlyRooms = importer.commit(*again);
    VM_VERIFY_OK(onlyRooms);
    QVERIFY(onlyRooms->batch.id.isEmpty());
    QCOMPARE(onlyRooms->imported, 0);
    QCOMPARE(onlyRooms->spacesReplacedVenues, 2);
    QCOMPARE(describeSpaces(*to), before);
}

void tst_CsvExport::spacesCommandLine()
{
    VM_TEMP_DATABASE(source);
    VenueMap::Test::TempDatabase target(backend);
    QStringList before;
    {
        auto from = source.openMigrated();
        VM_VERIFY_OK(from);
        addBookWithSpaces(*from);
        before = describeSpaces(*from);
    }
    {
        auto to = target.openMigrated();
        VM_VERIFY_OK(to);
    }
    QTemporaryDir dir;
    const QString venues = dir.filePath(QStringLiteral("venues.csv"));
    const QString rooms = dir.filePath(QStringLiteral("venue_spaces.csv"));
    auto ctl = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(VENUEMAP_CTL_PATH), args);
        p.waitForFinished(60000);
        return std::tuple { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    };
    auto [code, out, err]
        = ctl({ QStringLiteral("--db"), source.url().toFullString(), QStringLiteral("export"),
            QStringLiteral("venues"), venues, QStringLiteral("--spaces"), rooms });
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(
        out, QStringLiteral("Exported 3 venues to %1 and 7 rooms to %2.\n").arg(venues, rooms));
    std::tie(code, out, err) = ctl({ QStringLiteral("--db"), source.url().toFullString(),
        QStringLiteral("export"), QStringLiteral("venues"), venues, QStringLiteral("--spaces") });
    QCOMPARE(code, 2);
    QVERIFY(err.startsWith(QStringLiteral("--spaces needs a file name for the rooms.")));

    // Into the empty book, dry run first: nothing written.
    std::tie(code, out, err) = ctl({ QStringLiteral("--db"), target.url().toFullString(),
        QStringLiteral("import"), QStringLiteral("venues"), venues, QStringLiteral("--spaces"),
        rooms, QStringLiteral("--dry-run") });
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("venue_spaces.csv: 7 rooms for 2 new venues.\n")),
        qPrintable(out));
    {
        auto to = target.openMigrated();
        VM_VERIFY_OK(to);
        QCOMPARE(describeSpaces(*to), QStringList());
    }
    std::tie(code, out, err)
        = ctl({ QStringLiteral("--db"), target.url().toFullString(), QStringLiteral("import"),
            QStringLiteral("venues"), venues, QStringLiteral("--spaces"), rooms });
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(
        out.contains(QStringLiteral("Imported 3 venues and 7 rooms as batch ")), qPrintable(out));
    {
        auto to = target.openMigrated();
        VM_VERIFY_OK(to);
        QCOMPARE(describeSpaces(*to), before);
    }

    // A rooms file alone, into venues of the book: it replaces their rooms.
    QFile f(dir.filePath(QStringLiteral("rooms.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Venue,City,Space,Theatre\r\ncongress centre , BRUSSELS,Plenary,900\r\n");
    f.close();
    std::tie(code, out, err) = ctl({ QStringLiteral("--db"), target.url().toFullString(),
        QStringLiteral("import"), QStringLiteral("spaces"), f.fileName() });
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(out,
        QStringLiteral("rooms.csv: 1 room for 1 venue already in the book; they replace the rooms "
                       "of that venue; a rooms file alone is not an import batch and cannot be "
                       "undone.\n"
                       "Imported 1 room into 1 venue.\n"));
    {
        auto to = target.openMigrated();
        VM_VERIFY_OK(to);
        const QStringList now = describeSpaces(*to);
        QVERIFY2(now.contains(QStringLiteral("Congress Centre in Brussels (capacity 900)")),
            qPrintable(now.join(QLatin1Char('\n'))));
        QVERIFY(now.contains(QStringLiteral("Congress Centre|Plenary|||||||theatre=900")));
        QCOMPARE(now.filter(QStringLiteral("Congress Centre|")).size(), 1);
    }
    // A bad row: its sentence, exit 1, nothing changed.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Venue,City,Space,Theatre\r\nCongress Centre,Brussels,Plenary,1.5\r\n");
    f.close();
    std::tie(code, out, err) = ctl({ QStringLiteral("--db"), target.url().toFullString(),
        QStringLiteral("import"), QStringLiteral("spaces"), f.fileName() });
    QCOMPARE(code, 1);
    QCOMPARE(err,
        QStringLiteral("rooms.csv: Row 2, column 4 (Theatre): the theatre capacity of space "
                       "\"Plenary\" is not a whole number (\"1.5\"); a capacity is a whole number "
                       "from 0 to 100,000.\nThe rooms file has problems: nothing was imported.\n"));
}

QTEST_GUILESS_MAIN(tst_CsvExport)
#include "tst_csvexport.moc"
