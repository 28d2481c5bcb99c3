// Venue CSV export on both backends: a demo book exported and imported into an empty book gives
// identical venues; the export follows the filter and its order; venuemapctl export venues.
#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "export/csvreader.h"
#include "export/venuecsvexport.h"
#include "export/venuecsvrecord.h"
#include "export/venueimporter.h"
#include "repositories/venuerepository.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

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

private:
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

QTEST_GUILESS_MAIN(tst_CsvExport)
#include "tst_csvexport.moc"
