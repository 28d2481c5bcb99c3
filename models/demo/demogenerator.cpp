#include "demogenerator.h"

#include "demophotopainter.h"
#include "demoplanner.h"
#include "logging.h"
#include "repositories/bulkwriter.h"
#include "repositories/venuemapping.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace VenueMap::Core {

namespace {

using Type = BulkWriter::Type;
using VenueRow = DemoVenueRow;
using PhotoPlan = DemoPhotoPlan;
using LogRow = DemoLogRow;
using ShortlistRow = DemoShortlistRow;
using ProjectRow = DemoProjectRow;

constexpr int kVenueBatch = 10000;

// Everything one generate() call needs, so the steps can share it.
class Run
{
public:
    Run(const Database &db, const DemoOptions &options,
        std::function<bool(qint64, qint64)> progress)
        : m_db(db)
        , m_dialect(db.dialect())
        , m_options(options)
        , m_plan(options)
        , m_progress(std::move(progress))
    { }

    Result<DemoSummary> execute();

private:
    QVariant ts(qint64 secs) const
    {
        return m_dialect.toDb(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
    }
    bool report();
    DbError cancelled() const;

    Status checkNotLoaded();
    Status writeUsers();
    Status writeCaterers();
    Status writeVenues();
    Status writePhotos();
    Status writeProjects();
    Result<QStringList> dropVenueIndexes();
    Status recreateIndexes(const QStringList &definitions);
    Result<QStringList> prepareSpaceTables(bool dropIndexes);
    Status restoreSpaceTables(const QStringList &statements);

    Database m_db;
    SqlDialect m_dialect;
    DemoOptions m_options;
    DemoPlanner m_plan;
    std::function<bool(qint64, qint64)> m_progress;

    QStringList m_userIds; // the team, in DemoPlanner::team() order (existing accounts reused)
    int m_usersInserted = 0;
    std::vector<DemoCatererRow> m_caterers;
    std::vector<PhotoPlan> m_photos;
    std::vector<ProjectRow> m_projects;
    int m_shortlisted = 0;
    qint64 m_spaces = 0;
    qint64 m_capacities = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_cancel = false;

    // Photos are painted on a helper thread while the venues are written.
    std::vector<DemoPhoto> m_painted;
    std::atomic<int> m_paintedCount { 0 };
    std::atomic<bool> m_stopPainting { false };
    std::mutex m_paintMutex;
    std::condition_variable m_paintReady;
};

bool Run::report()
{
    if (m_progress && !m_progress(m_done, m_total))
        m_cancel = true;
    return !m_cancel;
}

DbError Run::cancelled() const
{
    return DbError::make(DbError::Kind::Sql, QStringLiteral("load sample data"),
        QStringLiteral("Loading the sample data was cancelled; nothing was added."),
        QStringLiteral("DemoGenerator::generate"));
}

Status Run::checkNotLoaded()
{
    if (m_options.venues <= 0)
        return {};
    const QString firstId = m_plan.venueId(0);
    auto found = m_db.scalar(QStringLiteral("DemoGenerator::checkNotLoaded"),
        QStringLiteral("SELECT count(*) FROM venues WHERE id = :id"),
        { { QStringLiteral(":id"), firstId } });
    if (!found)
        return found.error();
    if (found->toInt() > 0)
        return DbError::make(DbError::Kind::Duplicate, QStringLiteral("load sample data"),
            QStringLiteral("The sample data for seed %1 is already in this database; "
                           "use another seed to add more.")
                .arg(m_options.seed),
            QStringLiteral("DemoGenerator::checkNotLoaded"));
    return {};
}

Status Run::writeUsers()
{
    // The team may already exist (an earlier demo load, or the same people signed up): reuse them.
    QHash<QString, QString> existing;
    auto rows = m_db.exec(QStringLiteral("DemoGenerator::writeUsers"),
        QStringLiteral("SELECT lower(email), id FROM users"));
    if (!rows)
        return rows.error();
    while (rows->next())
        existing.insert(rows->value(0).toString(), rows->value(1).toString());

    BulkWriter w(m_db, QStringLiteral("users"),
        { { QStringLiteral("id"), Type::Uuid }, { QStringLiteral("name"), Type::Text },
            { QStringLiteral("email"), Type::Text }, { QStringLiteral("phone"), Type::Text },
            { QStringLiteral("signature_block"), Type::Text },
            { QStringLiteral("role"), Type::Text, QStringLiteral("user_role") },
            { QStringLiteral("created_at"), Type::Timestamp },
            { QStringLiteral("updated_at"), Type::Timestamp } },
        100);
    for (const DemoTeamMember &member : m_plan.team()) {
        const QString existingId = existing.value(member.email.toLower());
        if (!existingId.isEmpty()) {
            m_userIds << existingId;
            continue;
        }
        m_userIds << member.id;
        w.add(member.id);
        w.add(member.name);
        w.add(member.email);
        w.add(member.phone);
        w.add(member.signature);
        w.add(member.admin ? QStringLiteral("admin") : QStringLiteral("event_manager"));
        w.add(ts(member.createdAt));
        w.add(ts(member.createdAt));
        if (auto s = w.endRow(); !s)
            return s;
        ++m_usersInserted;
    }
    if (auto s = w.finish(); !s)
        return s;
    m_done += m_usersInserted;
    return {};
}

Status Run::writeCaterers()
{
    BulkWriter w(m_db, QStringLiteral("catering_providers"),
        { { QStringLiteral("id"), Type::Uuid }, { QStringLiteral("name"), Type::Text },
            { QStringLiteral("contact_name"), Type::Text }, { QStringLiteral("email"), Type::Text },
            { QStringLiteral("phone"), Type::Text }, { QStringLiteral("website"), Type::Text },
            { QStringLiteral("notes"), Type::Text },
            { QStringLiteral("created_at"), Type::Timestamp },
            { QStringLiteral("updated_at"), Type::Timestamp } },
        100);
    for (const DemoCatererRow &c : m_caterers) {
        w.add(c.id);
        w.add(c.name);
        w.add(c.contactName);
        w.add(c.email);
        w.add(c.phone);
        w.add(c.website);
        w.add(c.notes);
        w.add(ts(c.createdAt));
        w.add(ts(c.createdAt));
        if (auto s = w.endRow(); !s)
            return s;
    }
    if (auto s = w.finish(); !s)
        return s;
    m_done += qint64(m_caterers.size());
    return {};
}

// The layouts in the order of SpaceLayout and DemoSpaceRow::capacities, as the database spells
// them.
const char *const kLayoutKeys[DemoSpaceRow::kLayouts] = { "theatre", "classroom", "banquet",
    "cabaret", "reception", "boardroom", "u_shape", "hollow_square" };

// One batch of venues with their spaces and the spaces' layout capacities, gathered on the
// producer thread. On PostgreSQL the capacities travel as one array of integers per space (the
// space's id once instead of once per layout: a quarter of the text for 25 million rows) and the
// server unnests them; on SQLite they are rows for a BulkWriter.
struct VenueBatch
{
    BulkWriter::Batch venues, spaces, capacities;
    QString capacityIds, capacityArrays;
    qint64 spaceRows = 0, capacityRows = 0;
};

Status Run::writeVenues()
{
    // The venues table's own mapping, with the sample's spread of timestamps in two more columns.
    std::vector<BulkWriter::Column> columns = VenueMapping::bulkColumns();
    columns.push_back({ QStringLiteral("created_at"), Type::Timestamp });
    columns.push_back({ QStringLiteral("updated_at"), Type::Timestamp });
    const int batchVenues = m_db.isPostgres() ? kVenueBatch : 2000;
    BulkWriter w(m_db, QStringLiteral("venues"), std::move(columns), batchVenues);
    BulkWriter spaces(m_db, QStringLiteral("venue_spaces"),
        { { QStringLiteral("id"), Type::Uuid }, { QStringLiteral("venue_id"), Type::Uuid },
            { QStringLiteral("parent_space_id"), Type::Uuid },
            { QStringLiteral("name"), Type::Text }, { QStringLiteral("floor"), Type::Text },
            { QStringLiteral("area_m2"), Type::Double },
            { QStringLiteral("ceiling_height_m"), Type::Double },
            { QStringLiteral("has_daylight"), Type::Boolean },
            { QStringLiteral("notes"), Type::Text },
            { QStringLiteral("sort_order"), Type::Integer },
            { QStringLiteral("created_at"), Type::Timestamp },
            { QStringLiteral("updated_at"), Type::Timestamp } },
        batchVenues * 6);
    BulkWriter capacities(m_db, QStringLiteral("space_capacities"),
        { { QStringLiteral("space_id"), Type::Uuid },
            { QStringLiteral("layout"), Type::Text, QStringLiteral("space_layout") },
            { QStringLiteral("capacity"), Type::Integer } },
        1);
    const bool postgres = m_db.isPostgres();
    QSqlQuery capacityQuery(m_db.connection());
    if (postgres) {
        QStringList keys;
        for (const char *key : kLayoutKeys)
            keys << QLatin1String(key);
        capacityQuery.setForwardOnly(true);
        if (!capacityQuery.prepare(
                QStringLiteral("INSERT INTO space_capacities (space_id, layout, capacity) "
                               "SELECT u.id, (CAST('{%1}' AS space_layout[]))[x.n], x.c "
                               "FROM unnest(CAST(:ids AS uuid[]), CAST(:caps AS text[])) AS u(id, "
                               "caps) CROSS JOIN LATERAL unnest(CAST(u.caps AS integer[])) "
                               "WITH ORDINALITY AS x(c, n) WHERE x.c IS NOT NULL")
                    .arg(keys.join(QLatin1Char(',')))))
            return DbError::fromQuery(capacityQuery, QStringLiteral("write sample data"),
                QStringLiteral("DemoGenerator::writeVenues"));
    }
    const QVariant noText(QMetaType(QMetaType::QString));

    // The rows are generated and formatted on a helper thread while this one writes the previous
    // batch, so the client's work hides behind the server's.
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<VenueBatch> ready;
    bool stop = false;
    std::thread producer([&] {
        const BulkWriter &writer = w;
        const BulkWriter &spaceWriter = spaces;
        const BulkWriter &capacityWriter = capacities;
        for (qint64 first = 0; first < m_options.venues;) {
            VenueBatch batch;
            batch.venues = writer.newBatch();
            batch.spaces = spaceWriter.newBatch();
            if (!postgres)
                batch.capacities = capacityWriter.newBatch();
            const qint64 last = qMin<qint64>(m_options.venues, first + writer.batchRows());
            for (qint64 i = first; i < last; ++i) {
                const VenueRow row = m_plan.venue(i);
                Venue v;
                v.id = row.id;
                v.name = row.name;
                v.address = row.address;
                v.city = row.city;
                v.country = row.country;
                v.capacity = row.capacity;
                v.facilities = row.facilities;
                if (row.ratingTenths >= 0)
                    v.rating = row.ratingTenths / 10.0;
                v.contactName = row.contactName;
                v.contactEmail = row.contactEmail;
                v.contactPhone = row.contactPhone;
                v.website = row.website;
                v.notes = row.notes;
                v.latitude = double(row.latitudeMicro) / 1e6;
                v.longitude = double(row.longitudeMicro) / 1e6;
                VenueMapping::addTo(writer, batch.venues, v, m_dialect);
                const QVariant created = ts(row.createdAt);
                const QVariant updated = ts(row.updatedAt);
                writer.addTo(batch.venues, created);
                writer.addTo(batch.venues, updated);
                writer.endRowOf(batch.venues);

                for (const DemoSpaceRow &space : m_plan.spaces(i, row)) {
                    spaceWriter.addTo(batch.spaces, space.id);
                    spaceWriter.addTo(batch.spaces, row.id);
                    spaceWriter.addTo(
                        batch.spaces, space.parentId.isEmpty() ? noText : QVariant(space.parentId));
                    spaceWriter.addTo(batch.spaces, space.name);
                    spaceWriter.addTo(batch.spaces, space.floor);
                    spaceWriter.addTo(batch.spaces, space.areaM2);
                    spaceWriter.addTo(batch.spaces, space.ceilingHeightM);
                    spaceWriter.addTo(batch.spaces, space.hasDaylight);
                    spaceWriter.addTo(
                        batch.spaces, space.notes.isEmpty() ? noText : QVariant(space.notes));
                    spaceWriter.addTo(batch.spaces, space.sortOrder);
                    spaceWriter.addTo(batch.spaces, created);
                    spaceWriter.addTo(batch.spaces, created);
                    spaceWriter.endRowOf(batch.spaces);
                    ++batch.spaceRows;
                    if (postgres) {
                        if (!batch.capacityIds.isEmpty()) {
                            batch.capacityIds += QLatin1Char(',');
                            batch.capacityArrays += QLatin1Char(',');
                        }
                        batch.capacityIds += space.id;
                        batch.capacityArrays += QLatin1String("\"{");
                        for (int k = 0; k < DemoSpaceRow::kLayouts; ++k) {
                            if (k > 0)
                                batch.capacityArrays += QLatin1Char(',');
                            const int c = space.capacities[std::size_t(k)];
                            if (c < 0)
                                batch.capacityArrays += QLatin1String("NULL");
                            else
                                batch.capacityArrays += QString::number(c);
                        }
                        batch.capacityArrays += QLatin1String("}\"");
                    }
                    for (int k = 0; k < DemoSpaceRow::kLayouts; ++k) {
                        const int c = space.capacities[std::size_t(k)];
                        if (c < 0)
                            continue;
                        ++batch.capacityRows;
                        if (postgres)
                            continue;
                        capacityWriter.addTo(batch.capacities, space.id);
                        capacityWriter.addTo(batch.capacities, QLatin1String(kLayoutKeys[k]));
                        capacityWriter.addTo(batch.capacities, c);
                        capacityWriter.endRowOf(batch.capacities);
                    }
                }
            }
            first = last;
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return stop || ready.size() < 2; });
            if (stop)
                return;
            ready.push_back(std::move(batch));
            changed.notify_all();
        }
    });
    auto stopProducer = qScopeGuard([&] {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        changed.notify_all();
        producer.join();
    });

    for (qint64 written = 0; written < m_options.venues;) {
        VenueBatch batch;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !ready.empty(); });
            batch = std::move(ready.front());
            ready.pop_front();
        }
        changed.notify_all();
        const int rows = batch.venues.rows;
        if (auto s = w.write(batch.venues); !s)
            return s;
        if (auto s = spaces.write(batch.spaces); !s)
            return s;
        if (postgres) {
            capacityQuery.bindValue(QStringLiteral(":ids"),
                QString(QLatin1Char('{') + batch.capacityIds + QLatin1Char('}')));
            capacityQuery.bindValue(QStringLiteral(":caps"),
                QString(QLatin1Char('{') + batch.capacityArrays + QLatin1Char('}')));
            if (!capacityQuery.exec())
                return DbError::fromQuery(capacityQuery, QStringLiteral("write sample data"),
                    QStringLiteral("DemoGenerator::writeVenues"));
        } else if (auto s = capacities.write(batch.capacities); !s) {
            return s;
        }
        m_spaces += batch.spaceRows;
        m_capacities += batch.capacityRows;
        written += rows;
        m_done += rows;
        if (!report())
            return cancelled();
    }
    return {};
}

Status Run::writePhotos()
{
    BulkWriter w(m_db, QStringLiteral("photos"),
        { { QStringLiteral("id"), Type::Uuid }, { QStringLiteral("venue_id"), Type::Uuid },
            { QStringLiteral("caption"), Type::Text },
            { QStringLiteral("content_type"), Type::Text }, { QStringLiteral("data"), Type::Bytes },
            { QStringLiteral("thumbnail"), Type::Bytes },
            { QStringLiteral("width"), Type::Integer }, { QStringLiteral("height"), Type::Integer },
            { QStringLiteral("sort_order"), Type::Integer },
            { QStringLiteral("created_at"), Type::Timestamp } },
        1);
    for (std::size_t i = 0; i < m_photos.size(); ++i) {
        {
            std::unique_lock lock(m_paintMutex);
            m_paintReady.wait(lock, [&] { return m_paintedCount.load() > int(i); });
        }
        const PhotoPlan &plan = m_photos[i];
        DemoPhoto photo = std::move(m_painted[i]);
        if (photo.jpeg.isEmpty())
            return DbError::make(DbError::Kind::Io, QStringLiteral("load sample data"),
                QStringLiteral("A sample photo could not be encoded as JPEG; the JPEG image plugin "
                               "of Qt may be missing."),
                QStringLiteral("DemoGenerator::writePhotos"));
        w.add(plan.id);
        w.add(m_plan.venueId(plan.venueIndex));
        w.add(plan.caption);
        w.add(QStringLiteral("image/jpeg"));
        w.add(photo.jpeg);
        w.add(photo.thumbnail);
        w.add(photo.width);
        w.add(photo.height);
        w.add(plan.sortOrder);
        w.add(ts(plan.createdAt));
        if (auto s = w.endRow(); !s)
            return s;
        if (++m_done % 50 == 0 && !report())
            return cancelled();
    }
    if (auto s = w.finish(); !s)
        return s;
    return report() ? Status() : Status(cancelled());
}

Status Run::writeProjects()
{
    BulkWriter projects(m_db, QStringLiteral("projects"),
        { { QStringLiteral("id"), Type::Uuid }, { QStringLiteral("client_name"), Type::Text },
            { QStringLiteral("event_name"), Type::Text },
            { QStringLiteral("status"), Type::Text, QStringLiteral("project_status") },
            { QStringLiteral("event_date"), Type::Date },
            { QStringLiteral("attendees"), Type::Integer }, { QStringLiteral("city"), Type::Text },
            { QStringLiteral("budget"), Type::Numeric }, { QStringLiteral("notes"), Type::Text },
            { QStringLiteral("required_facilities"), Type::Facilities },
            { QStringLiteral("created_by"), Type::Uuid },
            { QStringLiteral("created_at"), Type::Timestamp },
            { QStringLiteral("updated_at"), Type::Timestamp } },
        1000);
    BulkWriter shortlist(m_db, QStringLiteral("project_venues"),
        { { QStringLiteral("id"), Type::Uuid }, { QStringLiteral("project_id"), Type::Uuid },
            { QStringLiteral("venue_id"), Type::Uuid },
            { QStringLiteral("catering_provider_id"), Type::Uuid },
            { QStringLiteral("outreach_status"), Type::Text, QStringLiteral("outreach_status") },
            { QStringLiteral("include_in_proposal"), Type::Boolean },
            { QStringLiteral("quoted_price"), Type::Numeric },
            { QStringLiteral("decline_reason"), Type::Text },
            { QStringLiteral("sent_at"), Type::Timestamp },
            { QStringLiteral("responded_at"), Type::Timestamp },
            { QStringLiteral("respond_by"), Type::Date }, { QStringLiteral("notes"), Type::Text },
            { QStringLiteral("created_at"), Type::Timestamp },
            { QStringLiteral("updated_at"), Type::Timestamp },
            { QStringLiteral("version"), Type::Integer },
            { QStringLiteral("sort_order"), Type::Integer } },
        2000);
    BulkWriter logs(m_db, QStringLiteral("activity_logs"),
        { { QStringLiteral("id"), Type::Uuid }, { QStringLiteral("project_id"), Type::Uuid },
            { QStringLiteral("user_id"), Type::Uuid }, { QStringLiteral("action"), Type::Text },
            { QStringLiteral("details"), Type::Json },
            { QStringLiteral("created_at"), Type::Timestamp } },
        2000);
    const QVariant noText(QMetaType(QMetaType::QString));
    const QVariant noTime = m_dialect.toDb(QDateTime());
    auto optionalText = [&](const QString &s) { return s.isEmpty() ? noText : QVariant(s); };
    auto optionalTime = [&](std::optional<qint64> secs) { return secs ? ts(*secs) : noTime; };

    for (const ProjectRow &p : m_projects) {
        projects.add(p.id);
        projects.add(p.client);
        projects.add(p.event);
        projects.add(p.status);
        projects.add(p.eventDate);
        projects.add(p.attendees);
        projects.add(p.city);
        projects.add(m_dialect.moneyToDb(p.budgetCents));
        projects.add(optionalText(p.notes));
        projects.add(m_dialect.facilitiesToDb(p.requiredFacilities));
        projects.add(p.createdBy);
        projects.add(ts(p.createdAt));
        projects.add(ts(p.updatedAt));
        if (auto s = projects.endRow(); !s)
            return s;
    }
    if (auto s = projects.finish(); !s)
        return s;
    m_done += qint64(m_projects.size());
    if (!report())
        return cancelled();

    for (const ProjectRow &p : m_projects) {
        for (const ShortlistRow &s : p.shortlist) {
            shortlist.add(s.id);
            shortlist.add(p.id);
            shortlist.add(s.venueId);
            shortlist.add(optionalText(s.catererId));
            shortlist.add(QLatin1String(DemoPlanner::statusName(s.status)));
            shortlist.add(s.include);
            shortlist.add(m_dialect.moneyToDb(s.quotedCents));
            shortlist.add(optionalText(s.declineReason));
            shortlist.add(optionalTime(s.sentAt));
            shortlist.add(optionalTime(s.respondedAt));
            // The day to answer by: 5, 7 or 10 days after asking (outreach/respondDays is 7),
            // so some of the venues still waiting are overdue.
            shortlist.add(
                s.sentAt ? QVariant(QDateTime::fromSecsSinceEpoch(
                    *s.sentAt + (5 + 2 * (*s.sentAt % 3) + (*s.sentAt % 3 == 2)) * 86400, Qt::UTC)
                                        .date())
                         : QVariant(QMetaType(QMetaType::QDate)));
            shortlist.add(optionalText(s.notes));
            shortlist.add(ts(s.createdAt));
            shortlist.add(ts(s.updatedAt));
            shortlist.add(s.version);
            shortlist.add(s.sortOrder);
            if (auto st = shortlist.endRow(); !st)
                return st;
        }
        for (const LogRow &l : p.logs) {
            logs.add(l.id);
            logs.add(p.id);
            logs.add(l.userId);
            logs.add(l.action);
            logs.add(QString::fromUtf8(QJsonDocument(l.details).toJson(QJsonDocument::Compact)));
            logs.add(ts(l.at));
            if (auto st = logs.endRow(); !st)
                return st;
        }
        m_done += qint64(p.shortlist.size() + p.logs.size());
    }
    if (auto s = shortlist.finish(); !s)
        return s;
    if (auto s = logs.finish(); !s)
        return s;
    return report() ? Status() : Status(cancelled());
}

// Into an empty venues table, building the secondary indexes (and SQLite's trigram table) once
// afterwards costs a fraction of maintaining them row by row. Their definitions are read from
// the catalog before they are dropped, so they come back exactly as the migrations made them;
// DDL is transactional on both backends, so a failure or a cancel restores them too.
Result<QStringList> Run::dropVenueIndexes()
{
    const QString where = QStringLiteral("DemoGenerator::dropVenueIndexes");
    auto eligible = m_db.isPostgres()
        ? m_db.scalar(where,
            QStringLiteral(
                "SELECT NOT EXISTS (SELECT 1 FROM venues) AND pg_has_role(c.relowner, 'USAGE') "
                "FROM pg_class c WHERE c.oid = to_regclass('venues')"))
        : m_db.scalar(where, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM venues)"));
    if (!eligible)
        return eligible.error();
    if (!eligible->toBool())
        return QStringList();
    QStringList definitions, drops;
    QSqlDriver *driver = m_db.connection().driver();
    if (m_db.isPostgres()) {
        auto rows = m_db.exec(where,
            QStringLiteral("SELECT n.nspname, i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                           "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = "
                           "i.relnamespace "
                           "WHERE x.indrelid = to_regclass('venues') "
                           "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = "
                           "x.indexrelid) ORDER BY i.relname"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            drops << QStringLiteral("DROP INDEX %1.%2")
                         .arg(driver->escapeIdentifier(
                                  rows->value(0).toString(), QSqlDriver::TableName),
                             driver->escapeIdentifier(
                                 rows->value(1).toString(), QSqlDriver::TableName));
            definitions << rows->value(2).toString();
        }
    } else {
        // Indexes of venues, and the triggers that keep the trigram table venues_fts in step
        // (rebuilt in one pass afterwards); any other trigger keeps firing.
        auto rows = m_db.exec(where,
            QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'venues' "
                           "AND sql IS NOT NULL "
                           "AND (type = 'index' OR (type = 'trigger' AND sql LIKE '%venues_fts%')) "
                           "ORDER BY type, name"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            drops << QStringLiteral("DROP %1 %2")
                         .arg(rows->value(0).toString() == QLatin1String("index")
                                 ? QStringLiteral("INDEX")
                                 : QStringLiteral("TRIGGER"),
                             driver->escapeIdentifier(
                                 rows->value(1).toString(), QSqlDriver::TableName));
            definitions << rows->value(2).toString();
        }
    }
    for (const QString &drop : std::as_const(drops)) {
        if (auto s = m_db.execDirect(where, drop); !s)
            return s.error();
    }
    qCInfo(lcDemo) << "dropped" << drops.size() << "venue indexes for the bulk load";
    return definitions;
}

Status Run::recreateIndexes(const QStringList &definitions)
{
    const QString where = QStringLiteral("DemoGenerator::recreateIndexes");
    for (const QString &definition : definitions) {
        QElapsedTimer t;
        t.start();
        if (auto s = m_db.execDirect(where, definition); !s)
            return s;
        qCInfo(lcDemo) << "rebuilt in" << t.elapsed() << "ms:" << definition.left(120);
    }
    if (!m_db.isPostgres()) {
        auto fts = m_db.scalar(
            where, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'venues_fts'"));
        if (!fts)
            return fts.error();
        if (fts->toInt() > 0) {
            if (auto s = m_db.execDirect(where,
                    QStringLiteral("INSERT INTO venues_fts (venues_fts) VALUES ('rebuild')"));
                !s)
                return s;
        }
    }
    return {};
}

// The rooms' tables are loaded with their own triggers off: the rooms are planned so that every
// venue's capacity is already the largest layout capacity of its spaces (what the capacity
// triggers would compute), and a part's hall is always of the same venue (what the parent check
// enforces). On PostgreSQL the statement-level capacity trigger's semi-join of each batch against
// the whole of venue_spaces made a load of 20,000 venues' rooms take minutes. For a big load the
// keys, foreign keys and indexes of both tables go too, and are built once afterwards (a primary
// key on random UUIDs maintained row by row thrashes the buffer cache). Only an owner may do this
// (the demo's own new book); into tables that are not empty, or not ours, the rows go through
// the triggers as any other write. Returns the statements that put everything back, in order.
Result<QStringList> Run::prepareSpaceTables(bool dropIndexes)
{
    const QString where = QStringLiteral("DemoGenerator::prepareSpaceTables");
    QSqlDriver *driver = m_db.connection().driver();
    auto name = [&](const QString &identifier) {
        return driver->escapeIdentifier(identifier, QSqlDriver::TableName);
    };
    QStringList before, after;
    if (m_db.isPostgres()) {
        auto eligible = m_db.scalar(where,
            QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM venue_spaces) "
                           "AND NOT EXISTS (SELECT 1 FROM space_capacities) "
                           "AND bool_and(pg_has_role(c.relowner, 'USAGE')) FROM pg_class c "
                           "WHERE c.oid IN (to_regclass('venue_spaces'), "
                           "to_regclass('space_capacities'))"));
        if (!eligible)
            return eligible.error();
        if (!eligible->toBool())
            return QStringList();
        auto triggers = m_db.exec(where,
            QStringLiteral("SELECT tgrelid::regclass::text, tgname FROM pg_trigger "
                           "WHERE tgrelid IN (to_regclass('venue_spaces'), "
                           "to_regclass('space_capacities')) AND NOT tgisinternal "
                           "AND tgenabled <> 'D' ORDER BY 1, 2"));
        if (!triggers)
            return triggers.error();
        while (triggers->next()) {
            const QString table = triggers->value(0).toString();
            const QString trigger = name(triggers->value(1).toString());
            before << QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2").arg(table, trigger);
            after << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2").arg(table, trigger);
        }
        if (dropIndexes) {
            // Foreign keys from and to the two tables go first and come back last; keys come
            // back before the indexes and the foreign keys that need them.
            auto constraints = m_db.exec(where,
                QStringLiteral(
                    "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype "
                    "FROM pg_constraint WHERE contype IN ('p', 'u', 'f') "
                    "AND (conrelid IN (to_regclass('venue_spaces'), "
                    "to_regclass('space_capacities')) "
                    "OR confrelid IN (to_regclass('venue_spaces'), "
                    "to_regclass('space_capacities'))) "
                    "AND pg_has_role((SELECT relowner FROM pg_class WHERE oid = conrelid), "
                    "'USAGE') "
                    "ORDER BY contype = 'f' DESC, 1, 2"));
            if (!constraints)
                return constraints.error();
            QStringList keys, foreignKeys;
            while (constraints->next()) {
                const QString table = constraints->value(0).toString();
                const QString constraint = name(constraints->value(1).toString());
                before
                    << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, constraint);
                (constraints->value(3).toString() == QLatin1String("f") ? foreignKeys : keys)
                    << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                           .arg(table, constraint, constraints->value(2).toString());
            }
            auto indexes = m_db.exec(where,
                QStringLiteral(
                    "SELECT n.nspname, i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                    "JOIN pg_class i ON i.oid = x.indexrelid "
                    "JOIN pg_namespace n ON n.oid = i.relnamespace "
                    "WHERE x.indrelid IN (to_regclass('venue_spaces'), "
                    "to_regclass('space_capacities')) "
                    "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = "
                    "x.indexrelid) ORDER BY i.relname"));
            if (!indexes)
                return indexes.error();
            QStringList indexDefinitions;
            while (indexes->next()) {
                before << QStringLiteral("DROP INDEX %1.%2")
                              .arg(name(indexes->value(0).toString()),
                                  name(indexes->value(1).toString()));
                indexDefinitions << indexes->value(2).toString();
            }
            after = keys + indexDefinitions + foreignKeys + after;
        }
    } else {
        auto eligible = m_db.scalar(where,
            QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM venue_spaces) "
                           "AND NOT EXISTS (SELECT 1 FROM space_capacities)"));
        if (!eligible)
            return eligible.error();
        if (!eligible->toBool())
            return QStringList();
        auto rows = m_db.exec(where,
            QStringLiteral(
                "SELECT type, name, sql FROM sqlite_master "
                "WHERE tbl_name IN ('venue_spaces', 'space_capacities') AND sql IS NOT NULL "
                "AND (type = 'trigger' OR (type = 'index' AND %1)) ORDER BY type DESC, name")
                .arg(dropIndexes ? QStringLiteral("1") : QStringLiteral("0")));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const bool index = rows->value(0).toString() == QLatin1String("index");
            before << QStringLiteral("DROP %1 %2")
                          .arg(index ? QStringLiteral("INDEX") : QStringLiteral("TRIGGER"),
                              name(rows->value(1).toString()));
            after << rows->value(2).toString();
        }
    }
    for (const QString &statement : std::as_const(before)) {
        if (auto s = m_db.execDirect(where, statement); !s)
            return s.error();
    }
    qCInfo(lcDemo) << "prepared the space tables for the bulk load:" << before.size()
                   << "statements";
    return after;
}

Status Run::restoreSpaceTables(const QStringList &statements)
{
    const QString where = QStringLiteral("DemoGenerator::restoreSpaceTables");
    for (const QString &statement : statements) {
        QElapsedTimer t;
        t.start();
        if (auto s = m_db.execDirect(where, statement); !s)
            return s;
        qCInfo(lcDemo) << "restored in" << t.elapsed() << "ms:" << statement.left(120);
    }
    return {};
}

Result<DemoSummary> Run::execute()
{
    QElapsedTimer timer;
    timer.start();
    if (m_options.venues < 0 || m_options.projects < 0)
        return DbError::make(DbError::Kind::Usage, QStringLiteral("load sample data"),
            QStringLiteral("The numbers of venues and projects cannot be negative."),
            QStringLiteral("DemoGenerator::generate"));
    if (auto s = checkNotLoaded(); !s)
        return s.error();

    m_photos = m_plan.photos();
    m_painted.resize(m_photos.size());
    // Paint on a helper thread while the venues are written; painting needs no database.
    std::thread painter([this] {
        DemoPhotoPainter photoPainter;
        for (std::size_t i = 0; i < m_photos.size() && !m_stopPainting.load(); ++i) {
            const PhotoPlan &plan = m_photos[i];
            const VenueRow venue = m_plan.venue(plan.venueIndex);
            m_painted[i] = photoPainter.render(venue.name,
                venue.city + QStringLiteral(", ") + venue.country, plan.scene, plan.paintSeed);
            {
                std::lock_guard lock(m_paintMutex);
                m_paintedCount.store(int(i) + 1);
            }
            m_paintReady.notify_all();
        }
    });
    struct Joiner
    {
        std::thread &thread;
        std::atomic<bool> &stop;
        ~Joiner()
        {
            stop.store(true);
            thread.join();
        }
    } joiner { painter, m_stopPainting };

    // SQLite: with its default 2 MB page cache the venue indexes and the trigram table spill to
    // disk every few rows, and each INSERT with a trigger writes a statement journal to a temp
    // file; a bigger cache and in-memory temp storage for this load make it several times faster.
    struct Pragma
    {
        Database db;
        QString name;
        QVariant previous;
        Pragma(const Database &database, const char *pragma, const QString &value)
            : db(database)
            , name(QLatin1String(pragma))
        {
            if (db.isPostgres())
                return;
            auto old = db.scalar(
                QStringLiteral("DemoGenerator::generate"), QStringLiteral("PRAGMA %1").arg(name));
            if (old.ok() && old->isValid()
                && db.execDirect(QStringLiteral("DemoGenerator::generate"),
                         QStringLiteral("PRAGMA %1 = %2").arg(name, value))
                       .ok())
                previous = *old;
        }
        ~Pragma()
        {
            if (previous.isValid())
                (void)db.execDirect(QStringLiteral("DemoGenerator::generate"),
                    QStringLiteral("PRAGMA %1 = %2").arg(name).arg(previous.toLongLong()));
        }
    };
    const Pragma cacheSize(m_db, "cache_size", QStringLiteral("-131072"));
    const Pragma tempStore(m_db, "temp_store", QStringLiteral("2")); // MEMORY

    TransactionGuard guard(m_db);
    if (auto s = guard.begun(); !s)
        return s.error();
    if (auto s = writeUsers(); !s)
        return s.error();
    m_caterers = m_plan.caterers();
    m_projects = m_plan.projects(m_userIds, m_caterers, m_photos); // needs the users' ids
    for (const ProjectRow &p : m_projects)
        m_shortlisted += int(p.shortlist.size());
    qint64 logs = 0;
    for (const ProjectRow &p : m_projects)
        logs += qint64(p.logs.size());
    m_total = m_done + qint64(m_caterers.size()) + m_options.venues + qint64(m_photos.size())
        + qint64(m_projects.size()) + m_shortlisted + logs;
    if (!report())
        return cancelled();
    if (auto s = writeCaterers(); !s)
        return s.error();

    QStringList rebuild;
    if (m_options.venues >= 20000 && !qEnvironmentVariableIsSet("VENUEMAP_DEMO_KEEP_INDEXES")) {
        auto dropped = dropVenueIndexes();
        if (!dropped)
            return dropped.error();
        rebuild = *dropped;
    }
    auto spaceTables = prepareSpaceTables(
        m_options.venues >= 20000 && !qEnvironmentVariableIsSet("VENUEMAP_DEMO_KEEP_INDEXES"));
    if (!spaceTables)
        return spaceTables.error();
    qCInfo(lcDemo) << "planned in" << timer.elapsed() << "ms";
    if (auto s = writeVenues(); !s)
        return s.error();
    qCInfo(lcDemo) << "venues written at" << timer.elapsed() << "ms";
    if (!rebuild.isEmpty()) {
        if (auto s = recreateIndexes(rebuild); !s)
            return s.error();
        qCInfo(lcDemo) << "venue indexes rebuilt at" << timer.elapsed() << "ms";
    }
    if (auto s = restoreSpaceTables(*spaceTables); !s)
        return s.error();
    qCInfo(lcDemo) << "space tables restored at" << timer.elapsed() << "ms";
    if (auto s = writePhotos(); !s)
        return s.error();
    qCInfo(lcDemo) << "photos written at" << timer.elapsed() << "ms";
    if (auto s = writeProjects(); !s)
        return s.error();
    if (auto s = guard.commit(); !s)
        return s.error();
    qCInfo(lcDemo) << "committed at" << timer.elapsed() << "ms";
    if (m_db.isPostgres()) {
        // VACUUM as well as ANALYZE: a freshly loaded table has no visibility map, so every
        // index-only scan (counts, the key map, a scrollbar jump before the key map exists) would
        // visit the heap until autovacuum came by: 430-610 ms instead of 42 ms for such a jump.
        // Right after a commit VACUUM may not yet see the rows as visible to everyone (measured:
        // nothing marked at once, everything a second later), so it looks and tries again.
        const QString where = QStringLiteral("DemoGenerator::generate");
        if (auto s = m_db.execDirect(where, QStringLiteral("VACUUM (ANALYZE)")); !s)
            qCWarning(lcDemo) << "VACUUM (ANALYZE) failed:" << s.error().details();
        // The layout search reads space_capacities' index alone, so the rooms' tables count too.
        for (int attempt = 0; attempt < 5; ++attempt) {
            auto behind = m_db.exec(where,
                QStringLiteral("SELECT relname FROM pg_class WHERE oid IN ('venues'::regclass, "
                               "'venue_spaces'::regclass, 'space_capacities'::regclass) "
                               "AND relallvisible < 0.95 * relpages ORDER BY relname"));
            if (!behind)
                break;
            QStringList tables;
            while (behind->next())
                tables << behind->value(0).toString();
            if (tables.isEmpty())
                break;
            QThread::msleep(500);
            if (auto s = m_db.execDirect(
                    where, QStringLiteral("VACUUM %1").arg(tables.join(QLatin1String(", "))));
                !s)
                break;
        }
        qCInfo(lcDemo) << "vacuumed and analyzed at" << timer.elapsed() << "ms";
    }

    DemoSummary summary;
    summary.venues = m_options.venues;
    summary.photos = int(m_photos.size());
    summary.caterers = int(m_caterers.size());
    summary.users = m_usersInserted;
    summary.projects = int(m_projects.size());
    summary.shortlisted = m_shortlisted;
    summary.spaces = m_spaces;
    summary.capacities = m_capacities;
    summary.ms = timer.elapsed();
    qCInfo(lcDemo) << "sample data loaded in" << summary.ms << "ms:" << summary.venues << "venues,"
                   << summary.spaces << "spaces," << summary.capacities << "layout capacities,"
                   << summary.photos << "photos," << summary.projects << "projects";
    return summary;
}

} // namespace

DemoGenerator::DemoGenerator(Database db)
    : m_db(std::move(db))
{ }

int DemoGenerator::photoVenueCount(const DemoOptions &options)
{
    if (options.venues <= 0)
        return 0;
    if (options.photoVenues >= 0)
        return qMin(options.photoVenues, options.venues);
    return int(qMin<qint64>(DemoPlanner::kMaxPhotoVenues, (qint64(options.venues) * 3 + 9) / 10));
}

QDateTime DemoGenerator::anchor()
{
    // Today (UTC): events before it are completed (or cancelled), the others still active.
    return QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
}

Result<DemoSummary> DemoGenerator::generate(
    const DemoOptions &options, std::function<bool(qint64, qint64)> progress)
{
    Run run(m_db, options, std::move(progress));
    return run.execute();
}

} // namespace VenueMap::Core
