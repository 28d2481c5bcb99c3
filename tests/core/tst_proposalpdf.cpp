// Proposal PDF and CSV on both backends, read back with poppler's tools: every included venue
// named and no other, in the person's order; the photos embedded; a 200-venue proposal renders;
// an empty proposal is refused with a sentence; venuemapctl export proposal.
#include "testdatabase.h"
#include "workflowfixtures.h"

#include "domain/language.h"
#include "export/csvreader.h"
#include "export/proposalcsv.h"
#include "export/proposalpdf.h"
#include "repositories/projectrepository.h"
#include "repositories/proposalrepository.h"
#include "repositories/spacerepository.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

struct Fixture
{
    QString projectId;
    QStringList included; // venue names in proposal order
    QStringList excluded;
    int photosShown = 0;
};

QByteArray jpeg(int seed, int w = 1200, int h = 800)
{
    QImage image(w, h, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, w, h);
    g.setColorAt(0, QColor::fromHsv((seed * 47) % 360, 90, 200));
    g.setColorAt(1, QColor::fromHsv((seed * 47 + 80) % 360, 140, 90));
    p.fillRect(image.rect(), g);
    p.setBrush(QColor(255, 255, 255, 70));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(w * 0.3 + seed % 7 * 40, h * 0.6), w * 0.2, h * 0.25);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

bool insertJpeg(const Database &db, const QString &venueId, const QByteArray &bytes, int order)
{
    auto r = db.exec(QStringLiteral("fixture"),
        QStringLiteral(
            "INSERT INTO photos (id, venue_id, content_type, data, width, height, sort_order) "
            "VALUES (:id, :v, 'image/jpeg', :data, 1200, 800, :order)"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":v"), venueId }, { QStringLiteral(":data"), bytes },
            { QStringLiteral(":order"), order } });
    return r.ok();
}

QString insertProject(const Database &db, const QString &client, const QString &event)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto r = db.exec(QStringLiteral("fixture"),
        QStringLiteral(
            "INSERT INTO projects (id, client_name, event_name, event_date, attendees, city) "
            "VALUES (:id, :client, :event, :date, 180, 'Lisbon')"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":client"), client },
            { QStringLiteral(":event"), event },
            { QStringLiteral(":date"), QStringLiteral("2027-05-14") } });
    if (!r)
        qWarning("insertProject: %s", qPrintable(r.error().details()));
    return r ? id : QString();
}

QString insertCaterer(const Database &db, const QString &name)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto r = db.exec(QStringLiteral("fixture"),
        QStringLiteral("INSERT INTO catering_providers (id, name) VALUES (:id, :name)"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":name"), name } });
    return r ? id : QString();
}

bool shortlist(const Database &db, const QString &project, const QString &venue, bool include,
    int order, const QString &caterer = {}, std::optional<qint64> price = {},
    const QString &notes = {})
{
    auto r = db.exec(QStringLiteral("fixture"),
        QStringLiteral(
            "INSERT INTO project_venues (id, project_id, venue_id, catering_provider_id, "
            "include_in_proposal, quoted_price, notes, sort_order) VALUES (:id, :p, :v, :c, "
            ":include, :price, :notes, :order)"),
        { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral(":p"), project }, { QStringLiteral(":v"), venue },
            { QStringLiteral(":c"),
                caterer.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(caterer) },
            { QStringLiteral(":include"), include },
            { QStringLiteral(":price"), db.dialect().moneyToDb(price) },
            { QStringLiteral(":notes"), notes }, { QStringLiteral(":order"), order } });
    if (!r)
        qWarning("shortlist: %s", qPrintable(r.error().details()));
    return r.ok();
}

// Six shortlisted venues, four in the proposal in an order that is not alphabetical, with 1, 2,
// 3 and 5 photos (four shown).
Fixture smallProposal(const Database &db)
{
    Fixture f;
    f.projectId = insertProject(
        db, QStringLiteral("Atlantic Biotech"), QStringLiteral("Summer Summit 2027"));
    const QString caterer = insertCaterer(db, QStringLiteral("Mesa Catering"));
    const QList<std::tuple<QString, bool, int, int>> venues {
        { QStringLiteral("Zephyr Rooftop"), true, 1, 1 },
        { QStringLiteral("Quinta do Lago Hall"), true, 2, 2 },
        { QStringLiteral("Excluded Boathouse"), false, 3, 1 },
        { QStringLiteral("Alfama Cellars"), true, 4, 3 },
        { QStringLiteral("Excluded Garage"), false, 5, 0 },
        { QStringLiteral("Marvila Warehouse"), true, 6, 5 },
    };
    int seed = 0;
    for (const auto &[name, include, order, photos] : venues) {
        VenueSpec spec { name, QStringLiteral("Lisbon"), 150 + order * 20, 4.0 + order * 0.1,
            { QStringLiteral("wifi"), QStringLiteral("breakout_rooms") } };
        const QString id = insertVenue(db, spec);
        for (int k = 0; k < photos; ++k)
            insertJpeg(db, id, jpeg(++seed), k);
        shortlist(db, f.projectId, id, include, order, order % 2 ? caterer : QString(),
            1250000 + order * 10000,
            QStringLiteral("Walkable from the hotel; terrace for the welcome drinks."));
        (include ? f.included : f.excluded) << name;
        if (include)
            f.photosShown += qMin(photos, 4);
    }
    return f;
}

QString runTool(const QString &tool, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList positions(const QString &text, const QStringList &names, bool last)
{
    QList<QPair<qsizetype, QString>> found;
    for (const QString &n : names) {
        const qsizetype at = last ? text.lastIndexOf(n) : text.indexOf(n);
        if (at >= 0)
            found.append({ at, n });
    }
    std::sort(found.begin(), found.end());
    QStringList out;
    for (const auto &f : found)
        out << f.second;
    return out;
}

} // namespace

class tst_ProposalPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void namesEveryIncludedVenueInOrder_data() { addBackendRows(); }
    void namesEveryIncludedVenueInOrder();
    void photosAreEmbedded_data() { addBackendRows(); }
    void photosAreEmbedded();
    void loadsInFixedQueries_data() { addBackendRows(); }
    void loadsInFixedQueries();
    void emptyProposalIsRefused_data() { addBackendRows(); }
    void emptyProposalIsRefused();
    void letterPaper_data() { addBackendRows(); }
    void letterPaper();
    void twoHundredVenues_data() { addBackendRows(); }
    void twoHundredVenues();
    void proposalCsv_data() { addBackendRows(); }
    void proposalCsv();
    void proposalCsvNeutralisesFormulas_data() { addBackendRows(); }
    void proposalCsvNeutralisesFormulas();
    void longWordIsWrappedWhole();
    void deletedVenueIsLeftOut_data() { addBackendRows(); }
    void deletedVenueIsLeftOut();
    void venueNotesStayInternal_data() { addBackendRows(); }
    void venueNotesStayInternal();
    void runningHeaderPartsNeverOverlap_data();
    void runningHeaderPartsNeverOverlap();
    void longNamesStayOnThePage();
    void commandLine_data() { addBackendRows(); }
    void commandLine();
    void roomsThatFitTheEvent_data() { addBackendRows(); }
    void roomsThatFitTheEvent();
    void writtenInTheClientsLanguage_data() { addBackendRows(); }
    void writtenInTheClientsLanguage();
    void commandLineLanguage_data() { addBackendRows(); }
    void commandLineLanguage();

private:
    QTemporaryDir m_dir;
    ProposalOptions m_options;
};

void tst_ProposalPdf::initTestCase()
{
    for (const char *tool : { "pdftotext", "pdfimages", "pdfinfo" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 (poppler-utils) is needed to read the PDFs back")
                                 .arg(QLatin1String(tool))));
    }
    m_options.agencyName = QStringLiteral("Northlight Events");
    m_options.preparedOn = QDate(2027, 3, 1);
}

void tst_ProposalPdf::namesEveryIncludedVenueInOrder()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Fixture f = smallProposal(*db);
    auto data = ProposalRepository(*db).load(f.projectId);
    VM_VERIFY_OK(data);
    QCOMPARE(data->venues.size(), 4);
    const QString path = m_dir.filePath(QStringLiteral("small-%1.pdf").arg(tmp.isPostgres()));
    VM_VERIFY_OK(ProposalPdf::writeFile(*data, m_options, path));

    const QString text = runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    for (const QString &name : f.included)
        QVERIFY2(text.contains(name), qPrintable(name));
    for (const QString &name : f.excluded)
        QVERIFY2(!text.contains(name), qPrintable(name));
    // The table and the sections both follow the person's order.
    QCOMPARE(positions(text, f.included, false), f.included);
    QCOMPARE(positions(text, f.included, true), f.included);
    QVERIFY(text.contains(QStringLiteral("Summer Summit 2027")));
    QVERIFY(text.contains(QStringLiteral("Atlantic Biotech")));
    QVERIFY(text.contains(QStringLiteral("Northlight Events")));
    QVERIFY(text.contains(QStringLiteral("Mesa Catering")));
    QVERIFY(text.contains(QStringLiteral("12,600"))); // a quoted price
    QVERIFY(text.contains(QStringLiteral("Breakout rooms")));
    const int pages = ProposalPdf::pageCount(*data, m_options);
    QCOMPARE(pages, 6); // cover, table, four venues
    QVERIFY2(text.contains(QStringLiteral("Page 6 of 6")), qPrintable(text.right(400)));
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+6"))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("595.276 x 841.89 pts"))
            || info.contains(QStringLiteral("595 x 842")),
        qPrintable(info));
}

void tst_ProposalPdf::photosAreEmbedded()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Fixture f = smallProposal(*db);
    auto data = ProposalRepository(*db).load(f.projectId);
    VM_VERIFY_OK(data);
    QList<int> counts;
    for (const ProposalVenue &v : std::as_const(data->venues))
        counts << int(v.photos.size());
    QCOMPARE(counts, (QList<int> { 1, 2, 3, 4 }));
    const QString path = m_dir.filePath(QStringLiteral("photos-%1.pdf").arg(tmp.isPostgres()));
    VM_VERIFY_OK(ProposalPdf::writeFile(*data, m_options, path));
    const QStringList lines
        = runTool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path })
              .split(QLatin1Char('\n'));
    int images = 0;
    QMap<int, int> perPage;
    for (const QString &line : lines) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        if (cols.size() > 3 && cols.at(2) == QLatin1String("image")) {
            ++images;
            ++perPage[cols.at(0).toInt()];
        }
    }
    // The logo and the cover picture, then every shown photo.
    QCOMPARE(images, 2 + f.photosShown);
    QCOMPARE(perPage.value(1), 2);
    QCOMPARE(perPage.value(3), 1);
    QCOMPARE(perPage.value(6), 4);
}

void tst_ProposalPdf::loadsInFixedQueries()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Fixture small = smallProposal(*db);
    const QString big
        = insertProject(*db, QStringLiteral("Big Client"), QStringLiteral("Big Event"));
    for (int i = 0; i < 40; ++i) {
        const QString v
            = insertVenue(*db, QStringLiteral("Big Venue %1").arg(i, 2, 10, QLatin1Char('0')));
        insertJpeg(*db, v, jpeg(i, 64, 48), 0);
        shortlist(*db, big, v, true, i);
    }
    ProposalRepository a(*db);
    VM_VERIFY_OK(a.load(small.projectId));
    ProposalRepository b(*db);
    auto loaded = b.load(big);
    VM_VERIFY_OK(loaded);
    QCOMPARE(loaded->venues.size(), 40);
    // The project, the venues, their photos and their rooms, whatever the number of venues.
    QCOMPARE(a.statementCount(), 4);
    QCOMPARE(b.statementCount(), 4);
}

void tst_ProposalPdf::emptyProposalIsRefused()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString project
        = insertProject(*db, QStringLiteral("Quiet Client"), QStringLiteral("Nothing Chosen"));
    shortlist(*db, project, insertVenue(*db, QStringLiteral("Not Yet")), false, 0);
    auto data = ProposalRepository(*db).load(project);
    VM_VERIFY_OK(data);
    QVERIFY(data->isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
    const Status s = ProposalPdf::writeFile(*data, m_options, path);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, DbError::Kind::Validation);
    QCOMPARE(s.error().message,
        QStringLiteral("The proposal for \"Nothing Chosen\" has no venue in it: mark at least "
                       "one shortlisted venue \"include in proposal\" first."));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!ProposalCsv::writeFile(
        *data, m_dir.filePath(QStringLiteral("empty.csv")), QStringLiteral("€"))
                 .ok());
}

void tst_ProposalPdf::letterPaper()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Fixture f = smallProposal(*db);
    auto data = ProposalRepository(*db).load(f.projectId);
    VM_VERIFY_OK(data);
    ProposalOptions letter = m_options;
    letter.pageSize = QPageSize::Letter;
    const QString path = m_dir.filePath(QStringLiteral("letter-%1.pdf").arg(tmp.isPostgres()));
    VM_VERIFY_OK(ProposalPdf::writeFile(*data, letter, path));
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    QVERIFY2(info.contains(QStringLiteral("612 x 792 pts")), qPrintable(info));
    const QString text = runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    QCOMPARE(positions(text, f.included, true), f.included);
}

void tst_ProposalPdf::twoHundredVenues()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString project
        = insertProject(*db, QStringLiteral("Global Corp"), QStringLiteral("World Tour 2027"));
    QStringList names;
    TransactionGuard guard(*db);
    const QByteArray photo = jpeg(3, 900, 600);
    for (int i = 0; i < 200; ++i) {
        // Reverse alphabetical order in the proposal, so order cannot come from the names.
        const QString name = QStringLiteral("Tour Venue %1").arg(199 - i, 3, 10, QLatin1Char('0'));
        const QString v = insertVenue(
            *db, VenueSpec { name, QStringLiteral("City %1").arg(i % 12), 100 + i, 3.5, {} });
        if (i % 4 == 0)
            insertJpeg(*db, v, photo, 0);
        shortlist(*db, project, v, true, i, {}, 500000 + i * 100);
        names << name;
    }
    VM_VERIFY_OK(guard.commit());
    auto data = ProposalRepository(*db).load(project);
    VM_VERIFY_OK(data);
    QCOMPARE(data->venues.size(), 200);
    const QString path = m_dir.filePath(QStringLiteral("big-%1.pdf").arg(tmp.isPostgres()));
    QElapsedTimer timer;
    timer.start();
    VM_VERIFY_OK(ProposalPdf::writeFile(*data, m_options, path));
    qInfo("200-venue proposal rendered in %lld ms", timer.elapsed());
    const QString text = runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    for (const QString &n : std::as_const(names))
        QVERIFY2(text.contains(n), qPrintable(n));
    QCOMPARE(positions(text, names, true), names);
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(m.hasMatch());
    QVERIFY2(m.captured(1).toInt() >= 202, qPrintable(m.captured(1)));
}

void tst_ProposalPdf::proposalCsv()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Fixture f = smallProposal(*db);
    auto data = ProposalRepository(*db).load(f.projectId);
    VM_VERIFY_OK(data);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    VM_VERIFY_OK(ProposalCsv::write(*data, &buffer, QStringLiteral("€")));
    const CsvParseResult parsed = CsvReader::parse(bytes);
    QVERIFY(parsed.ok());
    const auto &records = parsed.document().records;
    // A client document: column titles a person reads, the currency named, no ids or keys.
    QCOMPARE(records.first(),
        (QStringList { QStringLiteral("No."), QStringLiteral("Venue"), QStringLiteral("Address"),
            QStringLiteral("City"), QStringLiteral("Country"), QStringLiteral("Capacity"),
            QStringLiteral("Rating (of 5)"), QStringLiteral("Facilities"),
            QStringLiteral("Caterer"), QStringLiteral("Quoted price (€)"),
            QStringLiteral("Why we suggest it"), QStringLiteral("Website"),
            QStringLiteral("Best room"), QStringLiteral("Quote") }));
    QCOMPARE(
        ProposalCsv::header(QStringLiteral("CHF")).at(9), QStringLiteral("Quoted price (CHF)"));
    QCOMPARE(ProposalCsv::header(QString()).at(9), QStringLiteral("Quoted price"));
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!uuid.match(QString::fromUtf8(bytes)).hasMatch(), bytes.constData());
    for (const QString &id :
        { f.projectId, data->venues.first().venue.id, data->venues.first().projectVenueId })
        QVERIFY(!bytes.contains(id.toUtf8()));
    for (const QString &title : records.first())
        QVERIFY2(!title.contains(u'_'), qPrintable(title));
    QStringList names;
    for (qsizetype i = 1; i < records.size(); ++i)
        names << records.at(i).at(1);
    QCOMPARE(names, f.included);
    QCOMPARE(records.at(1).at(0), QStringLiteral("1"));
    QCOMPARE(records.at(1).at(8), QStringLiteral("Mesa Catering"));
    QCOMPARE(records.at(1).at(9), QStringLiteral("12600.00")); // a number a spreadsheet adds
    bool number = false;
    records.at(1).at(9).toDouble(&number);
    QVERIFY(number);
    QCOMPARE(records.at(1).at(5), QStringLiteral("170"));
    QCOMPARE(records.at(1).at(6), QStringLiteral("4.1"));
    QCOMPARE(records.at(1).at(7), QStringLiteral("Wi-Fi, Breakout rooms"));
    for (const auto &record : records)
        QCOMPARE(record.size(), records.first().size());
}

// Issue 12 finding 4: the proposal CSV goes to clients; a venue name or a note a spreadsheet
// would run as a formula goes out with a leading quote.
void tst_ProposalPdf::proposalCsvNeutralisesFormulas()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const QString project = insertProject(*db, QStringLiteral("@Client"), QStringLiteral("=Event"));
    const QString caterer = insertCaterer(*db, QStringLiteral("-Caterer"));
    const QString venue = insertVenue(*db,
        VenueSpec { QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"),
            QStringLiteral("+Lisbon"), 100, 4.0, {} });
    QVERIFY(shortlist(*db, project, venue, true, 1, caterer, 1250000,
        QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0")));
    auto data = ProposalRepository(*db).load(project);
    VM_VERIFY_OK(data);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    VM_VERIFY_OK(ProposalCsv::write(*data, &buffer, QStringLiteral("€")));
    const QList<QByteArray> lines = bytes.split('\n');
    QVERIFY(lines.size() >= 2);
    const QByteArray row = lines.at(1);
    QVERIFY2(row.contains("\"'=HYPERLINK("), row.constData());
    QVERIFY2(row.contains(",'+Lisbon,"), row.constData());
    QVERIFY2(row.contains(",'-Caterer,"), row.constData());
    QVERIFY2(row.contains(",'@SUM(1+1)"), row.constData());
    // No cell of the file begins with a trigger character.
    for (const QByteArray &line : lines)
        for (const QByteArray &cell : line.split(','))
            QVERIFY2(
                cell.isEmpty() || !QByteArray("=+-@\t").contains(cell.front()), cell.constData());
    // Reading the file back gives the text exactly.
    const CsvParseResult parsed = CsvReader::parse(bytes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.document().records.at(1).at(1),
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"));
    QCOMPARE(parsed.document().records.at(1).at(10), QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"));
}

// Issue 12 finding 7: a note that is one long word (no spaces) took quadratic time to lay out.
// The word is broken across lines, and every character of it is in the PDF.
static ProposalData longWordProposal(const QString &word)
{
    ProposalData data;
    data.project.clientName = QStringLiteral("Client");
    data.project.eventName = QStringLiteral("Event");
    ProposalVenue pv;
    pv.venue.id = QStringLiteral("v1");
    pv.venue.name = QStringLiteral("Long Note Hall");
    pv.venue.city = QStringLiteral("Lisbon");
    pv.venue.notes = word;
    pv.proposalNotes = word;
    data.venues << pv;
    return data;
}

void tst_ProposalPdf::longWordIsWrappedWhole()
{
    if (const int n = qEnvironmentVariableIntValue("VM_MEASURE_LONG_WORD"); n > 0) {
        QElapsedTimer t;
        t.start();
        QByteArray bytes;
        QBuffer out(&bytes);
        QVERIFY(out.open(QIODevice::WriteOnly));
        VM_VERIFY_OK(ProposalPdf::write(
            longWordProposal(QString(n, QLatin1Char('x'))), ProposalOptions(), &out));
        qInfo("%d chars: %lld ms, %lld bytes", n, t.elapsed(), qint64(bytes.size()));
        return;
    }
    // Digits in a pattern that never repeats within a line, so pdftotext output can be checked.
    QString word;
    for (int i = 0; word.size() < 6000; ++i)
        word += QString::number(100000 + i);
    const QString path = m_dir.filePath(QStringLiteral("longword.pdf"));
    VM_VERIFY_OK(ProposalPdf::writeFile(longWordProposal(word), ProposalOptions(), path));
    int code = -1;
    const QString text = runTool(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), path, QStringLiteral("-") }, &code);
    QCOMPARE(code, 0);
    // The word is cut into lines no wider than the page: join the lines of digits back up.
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{20,}$"));
        if (digits.match(t).hasMatch())
            lines << t;
    }
    // Printed once: the proposal's own text; the venue's internal notes stay out.
    QVERIFY2(lines.size() >= word.size() / 200, qPrintable(QString::number(lines.size())));
    const QString joined = lines.join(QString());
    QCOMPARE(joined.size(), word.size());
    QCOMPARE(joined, word);
}

namespace {
bool markDeleted(const Database &db, const QString &name)
{
    return db
        .exec(QStringLiteral("fixture"),
            QStringLiteral("UPDATE venues SET is_deleted = :d WHERE name = :n"),
            { { QStringLiteral(":d"), true }, { QStringLiteral(":n"), name } })
        .ok();
}

QByteArray csvBytes(const ProposalData &data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!ProposalCsv::write(data, &buffer, QStringLiteral("€")))
        return {};
    return bytes;
}
} // namespace

// A venue ticked for the proposal and then deleted from the venue book is left out of the
// proposal, its PDF and its CSV, and named in one sentence.
void tst_ProposalPdf::deletedVenueIsLeftOut()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Fixture f = smallProposal(*db);
    const QString hangar = insertVenue(
        *db, VenueSpec { QStringLiteral("Hangar 9"), QStringLiteral("Milan"), 400, 4.2, {} });
    QVERIFY(insertJpeg(*db, hangar, jpeg(99), 0));
    QVERIFY(shortlist(*db, f.projectId, hangar, true, 0)); // first in the person's order
    QVERIFY(markDeleted(*db, QStringLiteral("Hangar 9")));

    ProposalRepository repo(*db);
    auto data = repo.load(f.projectId);
    VM_VERIFY_OK(data);
    QCOMPARE(repo.statementCount(), 4);
    QStringList names;
    for (const ProposalVenue &v : std::as_const(data->venues))
        names << v.venue.name;
    QCOMPARE(names, f.included);
    int photos = 0;
    for (const ProposalVenue &v : std::as_const(data->venues))
        photos += int(v.photos.size());
    QCOMPARE(photos, f.photosShown);
    QCOMPARE(data->leftOutSentence(),
        QStringLiteral("Hangar 9 (Milan) was deleted from the venue book and is left out; "
                       "restore it to include it."));

    const QString path = m_dir.filePath(QStringLiteral("deleted-%1.pdf").arg(tmp.isPostgres()));
    VM_VERIFY_OK(ProposalPdf::writeFile(*data, m_options, path));
    const QString text = runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    QVERIFY(!text.contains(QStringLiteral("Hangar 9")));
    QVERIFY(text.contains(QStringLiteral("Page 6 of 6")));
    const QByteArray csv = csvBytes(*data);
    QVERIFY(!csv.isEmpty());
    QVERIFY(!csv.contains("Hangar 9"));
    QCOMPARE(CsvReader::parse(csv).document().records.size(), f.included.size() + 1);

    // A second one: one sentence for both; all deleted: nothing to show, and both sentences.
    QVERIFY(markDeleted(*db, QStringLiteral("Zephyr Rooftop")));
    auto two = ProposalRepository(*db).load(f.projectId);
    VM_VERIFY_OK(two);
    QCOMPARE(two->venues.size(), f.included.size() - 1);
    QCOMPARE(two->leftOutSentence(),
        QStringLiteral("Hangar 9 (Milan) and Zephyr Rooftop (Lisbon) were deleted from the venue "
                       "book and are left out; restore them to include them."));
    for (const QString &name : f.included)
        QVERIFY(markDeleted(*db, name));
    auto none = ProposalRepository(*db).load(f.projectId);
    VM_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
    QCOMPARE(none->deletedVenues.size(), f.included.size() + 1);
    QVERIFY(!ProposalPdf::writeFile(*none, m_options, path + QStringLiteral(".none")).ok());
}

// venues.notes are the agency's internal notes: never in the client's PDF or CSV. The text
// written for this proposal (the shortlist's notes) is.
void tst_ProposalPdf::venueNotesStayInternal()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Fixture f = smallProposal(*db);
    VM_VERIFY_OK(db->exec(QStringLiteral("fixture"), QStringLiteral("UPDATE venues SET notes = :n"),
        { { QStringLiteral(":n"),
            QStringLiteral("Minimum spend applies on Saturdays. Manager is difficult.") } }));
    auto data = ProposalRepository(*db).load(f.projectId);
    VM_VERIFY_OK(data);
    for (const ProposalVenue &v : std::as_const(data->venues))
        QVERIFY(v.venue.notes.isEmpty()); // not even read
    const QString path = m_dir.filePath(QStringLiteral("notes-%1.pdf").arg(tmp.isPostgres()));
    VM_VERIFY_OK(ProposalPdf::writeFile(*data, m_options, path));
    const QString text = runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    QVERIFY(!text.contains(QStringLiteral("Minimum spend")));
    QVERIFY(!text.contains(QStringLiteral("About the venue"), Qt::CaseInsensitive));
    QVERIFY(text.contains(QStringLiteral("Walkable from the hotel")));
    QVERIFY(!csvBytes(*data).contains("Minimum spend"));
}

void tst_ProposalPdf::runningHeaderPartsNeverOverlap_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("client");
    QTest::addColumn<bool>("elided");
    QTest::newRow("short") << "Northlight Events"
                           << "Product Launch 2027"
                           << "Brightpath Education" << false;
    QTest::newRow("long agency") << "Northern Lights Event & Incentive Management Agency GmbH"
                                 << "Product Launch 2027"
                                 << "Brightpath Education" << true;
    QTest::newRow("all long") << "Northern Lights Event & Incentive Management Agency GmbH"
                              << "International Product Launch and Dealer Conference 2027 "
                                 "with Partner Programme"
                              << "Brightpath Education Holdings International Group" << true;
    QTest::newRow("no event") << "Northlight Events"
                              << ""
                              << "Brightpath Education" << false;
    QTest::newRow("unbroken") << QString(120, u'W') << QString(120, u'E') << QString(120, u'C')
                              << true;
}

void tst_ProposalPdf::runningHeaderPartsNeverOverlap()
{
    QFETCH(QString, agency);
    QFETCH(QString, event);
    QFETCH(QString, client);
    QFETCH(bool, elided);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(300);
    QFont regular(QStringLiteral("DejaVu Sans"));
    regular.setPointSizeF(8);
    QFont bold = regular;
    bold.setWeight(QFont::DemiBold);
    const QFontMetricsF rm(regular, &writer);
    const QFontMetricsF bm(bold, &writer);
    for (const qreal mm : { 174.0, 120.0, 60.0 }) {
        const qreal width = mm * 300 / 25.4;
        const RunningHeaderLayout l
            = RunningHeaderLayout::layOut(agency, event, client, width, bm, rm);
        // Each part is as wide as its text, inside the line, in order, and apart.
        QVERIFY(l.agencyRect.left() >= 0);
        QVERIFY(l.clientRect.right() <= width + 0.5);
        QVERIFY2(
            bm.horizontalAdvance(l.agency) <= l.agencyRect.width() + 0.5, qPrintable(l.agency));
        QVERIFY2(
            rm.horizontalAdvance(l.client) <= l.clientRect.width() + 0.5, qPrintable(l.client));
        QVERIFY(l.agencyRect.right() <= l.clientRect.left());
        if (!l.event.isEmpty()) {
            QVERIFY(rm.horizontalAdvance(l.event) <= l.eventRect.width() + 0.5);
            QVERIFY(l.agencyRect.right() < l.eventRect.left());
            QVERIFY2(l.eventRect.right() < l.clientRect.left(),
                qPrintable(QStringLiteral("%1 mm: %2 | %3 | %4")
                               .arg(mm)
                               .arg(l.agency, l.event, l.client)));
        }
        QVERIFY(!l.client.isEmpty());
        QVERIFY(!l.agency.isEmpty());
        if (mm == 174.0) {
            const bool anyElided = l.agency.endsWith(u'…') || l.client.endsWith(u'…')
                || l.event.endsWith(u'…') || (l.event.isEmpty() && !event.isEmpty());
            QCOMPARE(anyElided, elided);
            if (!elided)
                QCOMPARE(l.client, QStringLiteral("Prepared for ") + client);
        }
    }
}

// Issue 19: a 59-character agency name ran off the cover, and the running header printed the
// event over the client. Every word pdftotext finds lies on its page, and no two words of a
// header line overlap.
void tst_ProposalPdf::longNamesStayOnThePage()
{
    ProposalData data;
    data.project.clientName = QStringLiteral("Brightpath Education Holdings International Group");
    data.project.eventName = QStringLiteral(
        "International Product Launch and Dealer Conference 2027 with Partner Programme");
    data.project.city = QStringLiteral("Milan");
    data.project.attendees = 240;
    for (int i = 0; i < 2; ++i) {
        ProposalVenue pv;
        pv.venue.id = QStringLiteral("v%1").arg(i);
        pv.venue.name
            = QStringLiteral("Palazzo delle Esposizioni e dei Congressi Numero %1").arg(i);
        pv.venue.city = QStringLiteral("Milan");
        pv.venue.capacity = 300;
        pv.quotedPriceCents = 1250000;
        pv.photos << ProposalPhoto { {}, jpeg(i), 1200, 800 };
        data.venues << pv;
    }
    ProposalOptions options = m_options;
    options.agencyName = QStringLiteral("Northern Lights Event & Incentive Management Agency GmbH");
    const QString path = m_dir.filePath(QStringLiteral("longnames.pdf"));
    VM_VERIFY_OK(ProposalPdf::writeFile(data, options, path));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).size())
        runTool(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), path,
                m_dir.filePath(QStringLiteral("longnames")) });
    if (qEnvironmentVariableIsSet("VM_KEEP_PROPOSAL_PDF"))
        QFile::copy(path, qEnvironmentVariable("VM_KEEP_PROPOSAL_PDF"));

    const QString html = runTool(
        QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), path, QStringLiteral("-") });
    static const QRegularExpression pageRe(
        QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"));
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">"
        "([^<]*)</word>"));
    const QStringList pages = html.split(QStringLiteral("<page "), Qt::SkipEmptyParts).mid(1);
    QCOMPARE(pages.size(), 4);
    const qreal margin = 18 * 72 / 25.4 - 1; // the content margin, in points
    QString allWords;
    for (int n = 0; n < pages.size(); ++n) {
        const QString page = QStringLiteral("<page ") + pages.at(n);
        const auto pm = pageRe.match(page);
        QVERIFY(pm.hasMatch());
        const qreal pageW = pm.captured(1).toDouble();
        const qreal pageH = pm.captured(2).toDouble();
        QList<QRectF> header;
        QStringList headerWords;
        for (auto it = wordRe.globalMatch(page); it.hasNext();) {
            const auto m = it.next();
            const QRectF r(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
            const QString word = m.captured(5);
            allWords += word + u' ';
            QVERIFY2(r.left() >= margin && r.right() <= pageW - margin && r.top() >= 0
                    && r.bottom() <= pageH,
                qPrintable(QStringLiteral("page %1: \"%2\" at %3..%4 of %5")
                               .arg(n + 1)
                               .arg(word)
                               .arg(r.left())
                               .arg(r.right())
                               .arg(pageW)));
            if (n > 0 && r.bottom() < 22 * 72 / 25.4) { // the running header's line
                for (qsizetype k = 0; k < header.size(); ++k)
                    QVERIFY2(header.at(k).right() <= r.left() + 0.01
                            || r.right() <= header.at(k).left() + 0.01,
                        qPrintable(QStringLiteral("page %1: \"%2\" overlaps \"%3\"")
                                       .arg(n + 1)
                                       .arg(word, headerWords.at(k))));
                header << r;
                headerWords << word;
            }
        }
        if (n > 0) {
            QVERIFY2(headerWords.contains(QStringLiteral("Prepared")),
                qPrintable(headerWords.join(u' ')));
            QVERIFY2(headerWords.contains(QStringLiteral("Northern")),
                qPrintable(headerWords.join(u' ')));
        }
    }
    // The cover has the whole agency name, not "…Agency Gmb".
    QVERIFY2(allWords.contains(QStringLiteral("Management Agency GmbH")),
        qPrintable(allWords.left(400)));
    QVERIFY(allWords.contains(QStringLiteral("Brightpath Education Holdings International Group")));
}

void tst_ProposalPdf::commandLine()
{
    VM_TEMP_DATABASE(tmp);
    Fixture f;
    {
        auto db = tmp.openMigrated();
        VM_VERIFY_OK(db);
        f = smallProposal(*db);
        insertProject(*db, QStringLiteral("Other A"), QStringLiteral("Twin Event"));
        insertProject(*db, QStringLiteral("Other B"), QStringLiteral("Twin Event"));
    }
    auto run = [&](const QStringList &args, QString *out = nullptr, QString *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(VENUEMAP_CTL_PATH),
            QStringList { QStringLiteral("--db"), tmp.url().toFullString() } + args);
        p.waitForFinished(120000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    const QString pdf = m_dir.filePath(QStringLiteral("cli-%1.pdf").arg(tmp.isPostgres()));
    const QString csv = m_dir.filePath(QStringLiteral("cli-%1.csv").arg(tmp.isPostgres()));
    QString out, err;
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("proposal"),
                     QStringLiteral("Summer Summit 2027"), QStringLiteral("--pdf"), pdf },
                 &out, &err),
        0);
    QVERIFY2(out.contains(QStringLiteral("with 4 venues")), qPrintable(out + err));
    const QString text = runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QCOMPARE(positions(text, f.included, true), f.included);
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("proposal"), f.projectId,
                 QStringLiteral("--csv"), csv }),
        0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(CsvReader::parse(file.readAll()).document().records.size(), 5);

    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("proposal"),
                     QStringLiteral("Twin Event"), QStringLiteral("--pdf"), pdf },
                 &out, &err),
        1);
    QVERIFY2(err.contains(QStringLiteral("2 projects are named \"Twin Event\"")), qPrintable(err));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("proposal"),
                     QStringLiteral("No Such Event"), QStringLiteral("--pdf"), pdf },
                 &out, &err),
        1);
    QVERIFY2(err.contains(QStringLiteral("No project has the id or event name \"No Such Event\"")),
        qPrintable(err));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("proposal"), f.projectId }), 2);
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("proposal"), f.projectId,
                 QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv }),
        2);
}

namespace {
// The proposal's own headings, as the translation of `language` has them.
struct Heading
{
    const char *english;
    QString translated;
};
QList<Heading> headingsIn(const QString &language)
{
    const DocumentText doc(language);
    QList<Heading> headings;
    for (const char *text : { "Venue proposal", "Venues at a glance", "Event date",
             "Venues proposed", "Why we suggest it", "Facilities", "Quoted price" })
        headings.append({ text, doc.translate("Proposal", text) });
    return headings;
}

void setProjectLanguage(const Database &db, const QString &projectId, const QString &language)
{
    auto r = db.exec(QStringLiteral("fixture"),
        QStringLiteral("UPDATE projects SET language = :l WHERE id = :id"),
        { { QStringLiteral(":l"), language }, { QStringLiteral(":id"), projectId } });
    VM_VERIFY_OK(r);
}

// The text of a PDF with pdftotext's line breaks as spaces (a heading may wrap).
QString pdfWords(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") }).simplified();
}
} // namespace

// A project for a French client gets its proposal in French, whatever language the app speaks
// (here Dutch): headings, the date and the numbers, and none of the English headings. The CSV's
// column titles too.
void tst_ProposalPdf::writtenInTheClientsLanguage()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Fixture f = smallProposal(*db);
    setProjectLanguage(*db, f.projectId, QStringLiteral("fr"));
    auto data = ProposalRepository(*db).load(f.projectId);
    VM_VERIFY_OK(data);
    QCOMPARE(data->project.language, QStringLiteral("fr"));

    const QString appLanguage = installAppLanguage(QStringLiteral("nl"));
    QCOMPARE(appLanguage, QStringLiteral("nl"));
    const QString path = m_dir.filePath(QStringLiteral("fr-%1.pdf").arg(tmp.isPostgres()));
    const Status written = ProposalPdf::writeFile(*data, m_options, path);
    const QString csvPath = m_dir.filePath(QStringLiteral("fr-%1.csv").arg(tmp.isPostgres()));
    const Status csvWritten = ProposalCsv::writeFile(*data, csvPath, QStringLiteral("€"));
    installAppLanguage(QStringLiteral("en"));
    VM_VERIFY_OK(written);
    VM_VERIFY_OK(csvWritten);

    const QString text = pdfWords(path);
    for (const Heading &h : headingsIn(QStringLiteral("fr"))) {
        QVERIFY2(h.translated != QLatin1String(h.english),
            qPrintable(QStringLiteral("\"%1\" has no French translation").arg(h.english)));
        QVERIFY2(text.contains(h.translated.toUpper()) || text.contains(h.translated),
            qPrintable(QStringLiteral("no \"%1\" in %2").arg(h.translated, text.left(600))));
        QVERIFY2(!text.contains(QLatin1String(h.english), Qt::CaseInsensitive),
            qPrintable(QStringLiteral("English \"%1\" in the French proposal").arg(h.english)));
    }
    // 14 May 2027 in French, and the running footer's page count.
    QVERIFY2(text.contains(QStringLiteral("14 mai 2027")), qPrintable(text.left(600)));
    QVERIFY2(!text.contains(QStringLiteral("Page 6 of 6")), qPrintable(text.right(300)));
    QVERIFY2(!text.contains(QStringLiteral("Prepared for")), qPrintable(text.left(600)));

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList header = CsvReader::parse(csv.readAll()).document().records.value(0);
    QVERIFY2(header.contains(DocumentText(QStringLiteral("fr")).translate("Proposal", "Website")),
        qPrintable(header.join(u'|')));
    QVERIFY2(!header.contains(QStringLiteral("Website")), qPrintable(header.join(u'|')));
}

// venuemapctl export proposal --language writes in that language; an unknown one is refused with
// a sentence naming the languages, and nothing is written.
void tst_ProposalPdf::commandLineLanguage()
{
    VM_TEMP_DATABASE(tmp);
    Fixture f;
    {
        auto db = tmp.openMigrated();
        VM_VERIFY_OK(db);
        f = smallProposal(*db); // language en
    }
    auto run = [&](const QStringList &args, QString *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(VENUEMAP_CTL_PATH),
            QStringList { QStringLiteral("--db"), tmp.url().toFullString() } + args);
        p.waitForFinished(120000);
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    const QString pdf = m_dir.filePath(QStringLiteral("cli-nl-%1.pdf").arg(tmp.isPostgres()));
    QCOMPARE(
        run({ QStringLiteral("export"), QStringLiteral("proposal"), f.projectId,
            QStringLiteral("--pdf"), pdf, QStringLiteral("--language"), QStringLiteral("nl") }),
        0);
    const QString text = pdfWords(pdf);
    for (const Heading &h : headingsIn(QStringLiteral("nl"))) {
        QVERIFY2(h.translated != QLatin1String(h.english),
            qPrintable(QStringLiteral("\"%1\" has no Dutch translation").arg(h.english)));
        QVERIFY2(text.contains(h.translated.toUpper()) || text.contains(h.translated),
            qPrintable(QStringLiteral("no \"%1\" in %2").arg(h.translated, text.left(600))));
    }
    QVERIFY2(text.contains(QStringLiteral("14 mei 2027")), qPrintable(text.left(600)));

    // German too, with its ordinal day.
    const QString german = m_dir.filePath(QStringLiteral("cli-de-%1.pdf").arg(tmp.isPostgres()));
    QCOMPARE(
        run({ QStringLiteral("export"), QStringLiteral("proposal"), f.projectId,
            QStringLiteral("--pdf"), german, QStringLiteral("--language"), QStringLiteral("de") }),
        0);
    const QString germanText = pdfWords(german);
    for (const Heading &h : headingsIn(QStringLiteral("de"))) {
        QVERIFY2(h.translated != QLatin1String(h.english),
            qPrintable(QStringLiteral("\"%1\" has no German translation").arg(h.english)));
        QVERIFY2(germanText.contains(h.translated.toUpper()) || germanText.contains(h.translated),
            qPrintable(QStringLiteral("no \"%1\" in %2").arg(h.translated, germanText.left(600))));
    }
    QVERIFY2(germanText.contains(QStringLiteral("14. Mai 2027")), qPrintable(germanText.left(600)));

    const QString other = m_dir.filePath(QStringLiteral("cli-xx-%1.pdf").arg(tmp.isPostgres()));
    QString err;
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("proposal"), f.projectId,
                     QStringLiteral("--pdf"), other, QStringLiteral("--language"),
                     QStringLiteral("klingon") },
                 &err),
        2);
    QVERIFY2(err.contains(QStringLiteral("the languages are en, fr, nl, de")), qPrintable(err));
    QVERIFY(!QFile::exists(other));
}

QTEST_MAIN(tst_ProposalPdf)
namespace {

VenueSpace room(const QString &name, QMap<SpaceLayout, int> capacities, const QString &floor = {},
    std::optional<double> area = {})
{
    VenueSpace s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.name = name;
    s.floor = floor;
    s.areaM2 = area;
    s.capacities = std::move(capacities);
    return s;
}

QString venueIdByName(const Database &db, const QString &name)
{
    auto id = db.scalar(QStringLiteral("fixture"),
        QStringLiteral("SELECT id FROM venues WHERE name = :n"),
        { { QStringLiteral(":n"), name } });
    return id ? id->toString() : QString();
}

} // namespace

// The proposal shows, per venue, the rooms that seat the event's attendees in its layout, marks
// the closest fit, says when no room fits, and the overview and the client CSV name the best
// room of each venue (issue 13).
void tst_ProposalPdf::roomsThatFitTheEvent()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Fixture f = smallProposal(*db); // 180 guests
    SpaceRepository spaces(*db);
    // Zephyr Rooftop: two rooms seat 180 theatre-style; the smaller is the closest fit.
    VM_VERIFY_OK(spaces.saveSpaces(venueIdByName(*db, QStringLiteral("Zephyr Rooftop")), {},
        { room(QStringLiteral("Sky Hall"),
              { { SpaceLayout::Theatre, 320 }, { SpaceLayout::Banquet, 200 } },
              QStringLiteral("Roof"), 410),
            room(QStringLiteral("Sunset Room"),
                { { SpaceLayout::Theatre, 190 }, { SpaceLayout::Reception, 250 } }),
            room(QStringLiteral("Library Nook"),
                { { SpaceLayout::Theatre, 30 }, { SpaceLayout::Classroom, 30 } }),
            room(QStringLiteral("Map Room"),
                { { SpaceLayout::Theatre, 35 }, { SpaceLayout::Classroom, 32 } }) }));
    // Quinta do Lago Hall: its largest theatre room is too small.
    VM_VERIFY_OK(spaces.saveSpaces(venueIdByName(*db, QStringLiteral("Quinta do Lago Hall")), {},
        { room(QStringLiteral("Salão Nobre"),
            { { SpaceLayout::Theatre, 120 }, { SpaceLayout::Reception, 220 } }) }));

    ProjectRepository projects(*db, QString());
    auto project = projects.fetchProject(f.projectId);
    VM_VERIFY_OK(project);
    project->mainLayout = SpaceLayout::Theatre;
    project->breakoutRooms = 2;
    project->breakoutCapacity = 30;
    project->breakoutLayout = SpaceLayout::Classroom;
    VM_VERIFY_OK(projects.updateProject(*project));

    auto data = ProposalRepository(*db).load(f.projectId);
    VM_VERIFY_OK(data);
    QCOMPARE(data->project.mainLayout, std::optional<SpaceLayout>(SpaceLayout::Theatre));
    const QString path = m_dir.filePath(QStringLiteral("rooms-%1.pdf").arg(tmp.isPostgres()));
    VM_VERIFY_OK(ProposalPdf::writeFile(*data, m_options, path));
    if (const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS"); !shots.isEmpty())
        QFile::copy(path, QDir(shots).filePath(QFileInfo(path).fileName()));
    QString text = runTool(
        QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    // Overview: each venue's best room, or its largest when none seats the guests.
    QVERIFY2(text.contains(QStringLiteral("Best room: Sunset Room, 190 theatre-style")),
        qPrintable(text.right(3000)));
    QVERIFY2(text.contains(QStringLiteral("Largest room: Salão Nobre, 120 theatre-style")),
        qPrintable(text.right(3000)));
    // Zephyr's page: the two rooms that seat 180 theatre-style, the asked layout first, the
    // closest fit marked; the small rooms are left out; the breakouts are counted.
    QVERIFY2(text.contains(QStringLiteral("Rooms for 180 theatre-style"), Qt::CaseInsensitive),
        qPrintable(text.right(3000)));
    QVERIFY(text.contains(QStringLiteral("Theatre 320 · Banquet (rounds) 200")));
    QVERIFY(text.contains(QStringLiteral("Theatre 190 · Reception (standing) 250")));
    QVERIFY(text.contains(QStringLiteral("Closest match")));
    QVERIFY(text.contains(QStringLiteral("Roof · 410 m²")));
    QVERIFY(!text.contains(QStringLiteral("Library Nook")));
    QVERIFY2(text.contains(QStringLiteral("2 of its rooms seat 30 classroom-style")),
        qPrintable(text.right(3000)));
    // Quinta's page says what is short.
    QVERIFY2(text.contains(QStringLiteral(
                 "No room seats 180 theatre-style: the largest, Salão Nobre, seats 120.")),
        qPrintable(text.right(3000)));
    // Venues without rooms recorded show no rooms section.
    QCOMPARE(text.count(QStringLiteral("Rooms for 180"), Qt::CaseInsensitive), 1);

    const CsvParseResult parsed = CsvReader::parse(csvBytes(*data));
    QVERIFY(parsed.ok());
    const auto &records = parsed.document().records;
    const qsizetype best = records.first().indexOf(QStringLiteral("Best room"));
    QVERIFY(best > 0);
    QStringList bestRooms;
    for (qsizetype i = 1; i < records.size(); ++i)
        bestRooms << records.at(i).at(best);
    // In the proposal's order: Zephyr, Quinta, Alfama, Marvila.
    QCOMPARE(bestRooms,
        (QStringList { QStringLiteral("Sunset Room, 190 theatre-style"),
            QStringLiteral("Salão Nobre, 120 theatre-style"), QString(), QString() }));
}

#include "tst_proposalpdf.moc"
