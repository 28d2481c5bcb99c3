// Benchmarks of proposals and data exchange: a 50-venue proposal with three photos each
// to PDF (<= 3 s), and the export of 100,000 venues to CSV (<= 2 s). The import against
// `psql \copy` is measured by tests/bench/import_vs_copy.sh (it needs psql and a CSV file).
#include "benchrunner.h"

#include "export/proposalpdf.h"
#include "export/venuecsvexport.h"
#include "repositories/proposalrepository.h"

#include <QBuffer>
#include <QPainter>
#include <QUuid>

namespace VenueMap::Bench {

using namespace Core;

namespace {
const QString kClient = QStringLiteral("Benchmark Client");
const QString kEvent = QStringLiteral("Proposal with 50 venues");

QByteArray benchPhoto(int seed)
{
    QImage image(1600, 1067, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, image.width(), image.height());
    g.setColorAt(0, QColor::fromHsv((seed * 53) % 360, 80, 210));
    g.setColorAt(1, QColor::fromHsv((seed * 53 + 90) % 360, 150, 80));
    p.fillRect(image.rect(), g);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 12; ++i) {
        p.setBrush(QColor::fromHsv((seed * 31 + i * 29) % 360, 60, 240, 90));
        p.drawEllipse(QPointF(120 + i * 120, 700 - (i % 3) * 90), 70, 40);
    }
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

// The bench project: 50 venues in the proposal, each with at least three photos.
QString ensureProposalProject(const Database &db)
{
    auto found = db.scalar(QStringLiteral("bench"),
        QStringLiteral("SELECT id FROM projects WHERE client_name = :c AND event_name = :e"),
        { { QStringLiteral(":c"), kClient }, { QStringLiteral(":e"), kEvent } });
    if (!found)
        return {};
    if (!found->isNull())
        return found->toString();
    TransactionGuard guard(db);
    const QString projectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!db.exec(QStringLiteral("bench"),
            QStringLiteral(
                "INSERT INTO projects (id, client_name, event_name, event_date, attendees, city) "
                "VALUES (:id, :c, :e, '2027-06-18', 220, 'Lisbon')"),
            { { QStringLiteral(":id"), projectId }, { QStringLiteral(":c"), kClient },
                { QStringLiteral(":e"), kEvent } }))
        return {};
    auto q = db.exec(
        QStringLiteral("bench"), QStringLiteral("SELECT id FROM venues ORDER BY id LIMIT 50"));
    QStringList venues;
    while (q && q->next())
        venues << q->value(0).toString();
    QList<QByteArray> photos;
    for (int i = 0; i < 6; ++i)
        photos << benchPhoto(i);
    for (int i = 0; i < venues.size(); ++i) {
        auto have = db.scalar(QStringLiteral("bench"),
            QStringLiteral("SELECT count(*) FROM photos WHERE venue_id = :v"),
            { { QStringLiteral(":v"), venues.at(i) } });
        for (int k = have ? have->toInt() : 0; k < 3; ++k) {
            auto added = db.exec(QStringLiteral("bench"),
                QStringLiteral("INSERT INTO photos (id, venue_id, content_type, data, width, "
                               "height, sort_order) "
                               "VALUES (:id, :v, 'image/jpeg', :data, 1600, 1067, :o)"),
                { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                    { QStringLiteral(":v"), venues.at(i) },
                    { QStringLiteral(":data"), photos.at((i + k) % photos.size()) },
                    { QStringLiteral(":o"), k } });
            if (!added)
                return {};
        }
        auto listed = db.exec(QStringLiteral("bench"),
            QStringLiteral("INSERT INTO project_venues (id, project_id, venue_id, "
                           "include_in_proposal, quoted_price, "
                           "sort_order) VALUES (:id, :p, :v, :inc, :price, :o)"),
            { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral(":p"), projectId }, { QStringLiteral(":v"), venues.at(i) },
                { QStringLiteral(":inc"), true },
                { QStringLiteral(":price"), db.dialect().moneyToDb(1500000 + i * 2500) },
                { QStringLiteral(":o"), i } });
        if (!listed)
            return {};
    }
    return guard.commit() ? projectId : QString();
}
} // namespace

void addProposalOperations(BenchRunner &runner, const BenchContext &ctx)
{
    const Database db = ctx.db;
    auto projectId = std::make_shared<QString>();
    runner.add(operation(
        QStringLiteral("proposal: 50 venues x 3 photos to PDF (load + render)"), 3000,
        [db, projectId] {
            QElapsedTimer t;
            t.start();
            auto data = ProposalRepository(db).load(*projectId);
            if (!data || data->venues.size() != 50)
                return -1.0;
            QByteArray bytes;
            QBuffer out(&bytes);
            out.open(QIODevice::WriteOnly);
            ProposalOptions options;
            options.agencyName = QStringLiteral("Northlight Events");
            if (!ProposalPdf::write(*data, options, &out))
                return -1.0;
            return double(t.nsecsElapsed()) / 1e6;
        },
        5, 1, QStringLiteral("ms"), [db, projectId] { *projectId = ensureProposalProject(db); }));

    runner.add(operation(
        QStringLiteral("export: 100,000 venues to CSV"), 2000,
        [db] {
            QElapsedTimer t;
            t.start();
            QByteArray bytes;
            QBuffer out(&bytes);
            out.open(QIODevice::WriteOnly);
            auto written = VenueCsvExport::write(
                db, VenueFilter(), &out, {}, [](qint64 n) { return n < 100000; });
            if (!written || *written < 100000)
                return -1.0; // the book needs at least 100,000 venues
            return double(t.nsecsElapsed()) / 1e6;
        },
        5, 1));

    // Issue 12 finding 7: a note that is one unbroken word (no spaces) was laid out in quadratic
    // time: 62 s for 1 MB, more than 5 minutes for 10 MB. In memory, no database needed.
    for (const auto &[megabytes, runs] : { std::pair { 1, 3 }, std::pair { 10, 1 } }) {
        runner.add(operation(
            QStringLiteral("proposal: a %1 MB note without spaces to PDF").arg(megabytes),
            2000.0 * megabytes,
            [megabytes] {
                ProposalData data;
                data.project.clientName = kClient;
                data.project.eventName = QStringLiteral("Long note");
                ProposalVenue pv;
                pv.venue.id = QStringLiteral("long-note");
                pv.venue.name = QStringLiteral("Long Note Hall");
                pv.proposalNotes = QString(megabytes * 1000 * 1000, QLatin1Char('x'));
                data.venues << pv;
                QElapsedTimer t;
                t.start();
                QByteArray bytes;
                QBuffer out(&bytes);
                out.open(QIODevice::WriteOnly);
                if (!ProposalPdf::write(data, ProposalOptions(), &out))
                    return -1.0;
                return double(t.nsecsElapsed()) / 1e6;
            },
            runs, 0));
    }
}

} // namespace VenueMap::Bench
