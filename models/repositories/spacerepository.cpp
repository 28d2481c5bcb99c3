#include "spacerepository.h"

#include "bulkwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <functional>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context SpaceRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SpaceRepository)
};

} // namespace

namespace {

QString saveOperation()
{
    return Tr::tr("save the venue's spaces");
}

QVariant boolOrNull(std::optional<bool> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Bool));
}

// Parents before their parts, otherwise in list order (validateSpaces() has ruled out cycles).
QList<const VenueSpace *> parentsFirst(const QList<VenueSpace> &spaces)
{
    QHash<QString, const VenueSpace *> byId;
    for (const VenueSpace &s : spaces)
        byId.insert(s.id, &s);
    QList<const VenueSpace *> order;
    QSet<QString> placed;
    std::function<void(const VenueSpace *)> place = [&](const VenueSpace *s) {
        if (placed.contains(s->id))
            return;
        placed.insert(s->id);
        if (const VenueSpace *parent = byId.value(s->parentId))
            place(parent);
        order.append(s);
    };
    for (const VenueSpace &s : spaces)
        place(&s);
    return order;
}

// `s.venue_id` among the bound list :venues (SqlDialect::facilitiesToDb): a uuid[] on PostgreSQL
// keeps venue_spaces_name_key's venue_id usable; SQLite reads the JSON.
QString venueIdIn(const SqlDialect &d)
{
    return d.isPostgres() ? QStringLiteral("s.venue_id = ANY (CAST(:venues AS uuid[]))")
                          : QStringLiteral("s.venue_id IN (SELECT value FROM json_each(:venues))");
}

bool sameRow(const VenueSpace &a, const VenueSpace &b)
{
    return a.parentId == b.parentId && a.name.trimmed() == b.name.trimmed()
        && a.floor.trimmed() == b.floor.trimmed() && a.areaM2 == b.areaM2
        && a.ceilingHeightM == b.ceilingHeightM && a.hasDaylight == b.hasDaylight
        && a.notes.trimmed() == b.notes.trimmed() && a.sortOrder == b.sortOrder;
}

} // namespace

SpaceRepository::SpaceRepository(Database db)
    : m_q(std::move(db))
{ }

Result<QList<VenueSpace>> SpaceRepository::fetchSpaces(const QString &venueId) const
{
    auto spaces = fetchWhere(QStringLiteral("s.venue_id = :venue"),
        { { QStringLiteral(":venue"), venueId } }, Tr::tr("read the venue's spaces"));
    if (!spaces)
        return spaces.error();
    return spaces->value(venueId);
}

Result<QHash<QString, QList<VenueSpace>>> SpaceRepository::fetchSpacesOfVenues(
    const QStringList &venueIds) const
{
    QHash<QString, QList<VenueSpace>> out;
    const SqlDialect &d = m_q.dialect();
    const QString in = venueIdIn(d);
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < venueIds.size(); from += kSlice) {
        auto some = fetchWhere(in,
            { { QStringLiteral(":venues"), d.facilitiesToDb(venueIds.mid(from, kSlice)) } },
            Tr::tr("read the venues' rooms"));
        if (!some)
            return some.error();
        out.insert(*some);
    }
    return out;
}

Result<QHash<QString, QList<VenueSpace>>> SpaceRepository::fetchRoomsForFit(
    const QStringList &venueIds, const QList<SpaceLayout> &layouts) const
{
    QHash<QString, QList<VenueSpace>> out;
    const SqlDialect &d = m_q.dialect();
    const QString in = venueIdIn(d);
    QStringList keys;
    for (SpaceLayout l : layouts)
        keys << spaceLayoutKey(l);
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < venueIds.size(); from += kSlice) {
        auto q = m_q.exec({ QStringLiteral("SpaceRepository::fetchRoomsForFit"),
                              Tr::tr("read the venues' rooms") },
            QStringLiteral("SELECT s.venue_id, s.id, s.parent_space_id, s.name, "
                           "CAST(c.layout AS TEXT), c.capacity FROM venue_spaces s "
                           "LEFT JOIN space_capacities c ON c.space_id = s.id AND %1 "
                           "WHERE %2 ORDER BY s.venue_id, s.sort_order, lower(s.name), s.id")
                .arg(d.inTextList(
                         QStringLiteral("CAST(c.layout AS TEXT)"), QStringLiteral(":layouts")),
                    in),
            { { QStringLiteral(":venues"), d.facilitiesToDb(venueIds.mid(from, kSlice)) },
                { QStringLiteral(":layouts"), d.facilitiesToDb(keys) } });
        if (!q)
            return q.error();
        while (q->next()) {
            QList<VenueSpace> &spaces = out[q->value(0).toString()];
            const QString id = q->value(1).toString();
            if (spaces.isEmpty() || spaces.constLast().id != id) {
                VenueSpace s;
                s.id = id;
                s.venueId = q->value(0).toString();
                s.parentId = q->value(2).toString();
                s.name = q->value(3).toString();
                spaces.append(std::move(s));
            }
            if (!q->value(4).isNull())
                if (auto layout = spaceLayoutFromText(q->value(4).toString()))
                    spaces.last().capacities.insert(*layout, q->value(5).toInt());
        }
    }
    return out;
}

Result<QHash<QString, QList<VenueSpace>>> SpaceRepository::fetchShortlistSpaces(
    const QString &projectId) const
{
    return fetchWhere(QStringLiteral("s.venue_id IN (SELECT pv.venue_id FROM project_venues pv "
                                     "WHERE pv.project_id = :project)"),
        { { QStringLiteral(":project"), projectId } },
        Tr::tr("read the shortlisted venues' rooms"));
}

Result<QHash<QString, QList<VenueSpace>>> SpaceRepository::fetchWhere(
    const QString &where, const Binds &binds, const QString &operation) const
{
    const SqlDialect &d = m_q.dialect();
    auto q = m_q.exec({ QStringLiteral("SpaceRepository::fetchSpaces"), operation },
        QStringLiteral(
            "SELECT s.id, s.venue_id, s.parent_space_id, s.name, s.floor, s.area_m2, "
            "s.ceiling_height_m, s.has_daylight, s.notes, s.sort_order, %1, %2, s.version, "
            "CAST(c.layout AS TEXT), c.capacity "
            "FROM venue_spaces s LEFT JOIN space_capacities c ON c.space_id = s.id "
            "WHERE %3 ORDER BY s.venue_id, s.sort_order, lower(s.name), s.id")
            .arg(d.timestampSelect(QStringLiteral("s.created_at")),
                d.timestampSelect(QStringLiteral("s.updated_at")), where),
        binds);
    if (!q)
        return q.error();
    QHash<QString, QList<VenueSpace>> byVenue;
    QList<VenueSpace> *spacesOfVenue = nullptr;
    QString currentVenue;
    while (q->next()) {
        const QString id = q->value(0).toString();
        const QString venueId = q->value(1).toString();
        if (!spacesOfVenue || venueId != currentVenue) {
            currentVenue = venueId;
            spacesOfVenue = &byVenue[venueId];
        }
        QList<VenueSpace> &spaces = *spacesOfVenue;
        if (spaces.isEmpty() || spaces.constLast().id != id) {
            VenueSpace s;
            s.id = id;
            s.venueId = venueId;
            s.parentId = q->value(2).toString();
            s.name = q->value(3).toString();
            s.floor = q->value(4).toString();
            if (!q->value(5).isNull())
                s.areaM2 = q->value(5).toDouble();
            if (!q->value(6).isNull())
                s.ceilingHeightM = q->value(6).toDouble();
            if (!q->value(7).isNull())
                s.hasDaylight = q->value(7).toBool();
            s.notes = q->value(8).toString();
            s.sortOrder = q->value(9).toInt();
            s.createdAt = d.dateTimeFromDb(q->value(10));
            s.updatedAt = d.dateTimeFromDb(q->value(11));
            s.version = q->value(12).toInt();
            spaces.append(std::move(s));
        }
        if (!q->value(13).isNull())
            if (auto layout = spaceLayoutFromText(q->value(13).toString()))
                spaces.last().capacities.insert(*layout, q->value(14).toInt());
    }
    return byVenue;
}

Result<QList<VenueSpace>> SpaceRepository::saveSpaces(
    const QString &venueId, const QList<VenueSpace> &fetched, const QList<VenueSpace> &edited)
{
    auto spaces = prepared(venueId, edited);
    if (!spaces)
        return spaces.error();
    TransactionGuard tx(m_q.db());
    if (auto st = tx.begun(); !st)
        return st.error().withOperation(saveOperation());
    if (auto st = writePrepared(venueId, fetched, *spaces); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error().withOperation(saveOperation());
    return fetchSpaces(venueId);
}

Status SpaceRepository::writeSpaces(
    const QString &venueId, const QList<VenueSpace> &fetched, const QList<VenueSpace> &edited)
{
    auto spaces = prepared(venueId, edited);
    if (!spaces)
        return spaces.error();
    return writePrepared(venueId, fetched, *spaces);
}

Result<QList<VenueSpace>> SpaceRepository::prepared(
    const QString &venueId, const QList<VenueSpace> &edited)
{
    QList<VenueSpace> spaces = edited;
    for (int i = 0; i < spaces.size(); ++i) {
        VenueSpace &s = spaces[i];
        if (s.id.isEmpty())
            s.id = Sql::newId();
        s.venueId = venueId;
        s.sortOrder = i;
        s.name = s.name.trimmed();
    }
    if (const QStringList problems = validateSpaces(spaces); !problems.isEmpty())
        return DbError::make(DbError::Kind::Validation, saveOperation(),
            problems.join(QLatin1Char(' ')), QStringLiteral("SpaceRepository::saveSpaces"));
    return spaces;
}

Status SpaceRepository::writePrepared(
    const QString &venueId, const QList<VenueSpace> &fetched, const QList<VenueSpace> &spaces)
{
    const SqlDialect &d = m_q.dialect();
    const QString where = QStringLiteral("SpaceRepository::saveSpaces");
    const DbCall call { where, saveOperation() };

    // The venue's row serialises two saves of its spaces; what is stored must be what the editing
    // started from.
    auto venue = m_q.scalar(call,
        QStringLiteral("SELECT id FROM venues WHERE id = :venue%1").arg(d.lockRows()),
        { { QStringLiteral(":venue"), venueId } });
    if (!venue)
        return venue.error();
    if (venue->isNull())
        return DbError::make(
            DbError::Kind::NotFound, saveOperation(), Tr::tr("The venue no longer exists."), where);
    QHash<QString, int> stored;
    {
        auto q = m_q.exec(call,
            QStringLiteral("SELECT id, version FROM venue_spaces WHERE venue_id = :venue"),
            { { QStringLiteral(":venue"), venueId } });
        if (!q)
            return q.error();
        while (q->next())
            stored.insert(q->value(0).toString(), q->value(1).toInt());
    }
    QHash<QString, const VenueSpace *> before;
    for (const VenueSpace &s : fetched)
        before.insert(s.id, &s);
    bool same = stored.size() == before.size();
    for (auto it = stored.cbegin(); same && it != stored.cend(); ++it)
        same = before.contains(it.key()) && before.value(it.key())->version == it.value();
    if (!same)
        return DbError::make(DbError::Kind::Conflict, saveOperation(),
            Tr::tr("Somebody changed this venue's spaces since you opened them."), where);

    QSet<QString> kept;
    for (const VenueSpace &s : spaces)
        if (before.contains(s.id))
            kept.insert(s.id);
        else if (!s.isNew() || stored.contains(s.id))
            return DbError::make(DbError::Kind::Conflict, saveOperation(),
                Tr::tr("Space \"%1\" is no longer stored for this venue.").arg(s.name), where);
    for (const VenueSpace &s : fetched) {
        if (kept.contains(s.id))
            continue;
        auto q = m_q.exec(call,
            QStringLiteral("DELETE FROM venue_spaces WHERE id = :id AND version = :version"),
            { { QStringLiteral(":id"), s.id }, { QStringLiteral(":version"), s.version } });
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return DbError::make(DbError::Kind::Conflict, saveOperation(),
                Tr::tr("Somebody changed this venue's spaces since you opened them."), where);
    }

    // A renamed space or one that changes its parent first lets go of its name and parent, so
    // that two spaces may swap names, or a part become the hall, within one save.
    for (const VenueSpace &s : spaces) {
        const VenueSpace *old = before.value(s.id);
        if (!old)
            continue;
        const bool renamed = old->name.trimmed() != s.name;
        const bool reparented = old->parentId != s.parentId;
        if (!renamed && !reparented)
            continue;
        auto q = m_q.exec(call,
            QStringLiteral("UPDATE venue_spaces SET parent_space_id = %1, name = %2 WHERE id = :id")
                .arg(reparented ? QStringLiteral("NULL") : QStringLiteral("parent_space_id"),
                    renamed ? QStringLiteral(":placeholder") : QStringLiteral("name")),
            renamed ? Binds { { QStringLiteral(":id"), s.id },
                { QStringLiteral(":placeholder"), QStringLiteral("\u0001") + s.id } }
                    : Binds { { QStringLiteral(":id"), s.id } });
        if (!q)
            return q.error();
    }

    for (const VenueSpace *s : parentsFirst(spaces)) {
        const VenueSpace *old = before.value(s->id);
        const Binds binds { { QStringLiteral(":id"), s->id }, { QStringLiteral(":venue"), venueId },
            { QStringLiteral(":parent"), Sql::text(s->parentId) },
            { QStringLiteral(":name"), s->name }, { QStringLiteral(":floor"), Sql::text(s->floor) },
            { QStringLiteral(":area"), Sql::real(s->areaM2) },
            { QStringLiteral(":height"), Sql::real(s->ceilingHeightM) },
            { QStringLiteral(":daylight"), boolOrNull(s->hasDaylight) },
            { QStringLiteral(":notes"), Sql::text(s->notes) },
            { QStringLiteral(":sort"), s->sortOrder },
            { QStringLiteral(":version"), old ? old->version : 0 } };
        if (!old) {
            auto q = m_q.exec(call,
                QStringLiteral(
                    "INSERT INTO venue_spaces (id, venue_id, parent_space_id, name, floor, "
                    "area_m2, ceiling_height_m, has_daylight, notes, sort_order, version) "
                    "VALUES (:id, :venue, :parent, :name, :floor, :area, :height, :daylight, "
                    ":notes, :sort, :version + 1)"),
                binds);
            if (!q)
                return q.error();
        } else if (!sameRow(*old, *s)) {
            auto q = m_q.exec(call,
                QStringLiteral("UPDATE venue_spaces SET parent_space_id = :parent, name = :name, "
                               "floor = :floor, area_m2 = :area, ceiling_height_m = :height, "
                               "has_daylight = :daylight, notes = :notes, sort_order = :sort, "
                               "updated_at = %1, version = version + 1 "
                               "WHERE id = :id AND venue_id = :venue AND version = :version")
                    .arg(d.now()),
                binds);
            if (!q)
                return q.error();
            if (q->numRowsAffected() != 1)
                return DbError::make(DbError::Kind::Conflict, saveOperation(),
                    Tr::tr("Somebody changed this venue's spaces since you opened them."), where);
        } else if (old->capacities == s->capacities) {
            continue;
        } else {
            // Only the capacities changed: the space's version still moves.
            auto q = m_q.exec(call,
                QStringLiteral("UPDATE venue_spaces SET updated_at = %1, version = version + 1 "
                               "WHERE id = :id AND version = :version")
                    .arg(d.now()),
                { { QStringLiteral(":id"), s->id }, { QStringLiteral(":version"), old->version } });
            if (!q)
                return q.error();
        }
        if (old && old->capacities == s->capacities)
            continue;
        if (old) {
            auto q = m_q.exec(call,
                QStringLiteral("DELETE FROM space_capacities WHERE space_id = :id"),
                { { QStringLiteral(":id"), s->id } });
            if (!q)
                return q.error();
        }
        if (s->capacities.isEmpty())
            continue;
        QStringList rows;
        Binds capacityBinds { { QStringLiteral(":id"), s->id } };
        int n = 0;
        for (auto it = s->capacities.cbegin(); it != s->capacities.cend(); ++it, ++n) {
            const QString layout = QStringLiteral(":l%1").arg(n);
            const QString capacity = QStringLiteral(":c%1").arg(n);
            rows << QStringLiteral("(:id, %1, %2)").arg(d.spaceLayoutParam(layout), capacity);
            capacityBinds.append({ layout, spaceLayoutKey(it.key()) });
            capacityBinds.append({ capacity, it.value() });
        }
        auto q = m_q.exec(call,
            QStringLiteral("INSERT INTO space_capacities (space_id, layout, capacity) VALUES %1")
                .arg(rows.join(QStringLiteral(", "))),
            capacityBinds);
        if (!q)
            return q.error();
    }
    return {};
}

Result<QHash<QString, int>> SpaceRepository::liveHoldCounts(const QStringList &spaceIds) const
{
    const SqlDialect &d = m_q.dialect();
    const QString in = d.isPostgres()
        ? QStringLiteral("space_id = ANY (CAST(:spaces AS uuid[]))")
        : QStringLiteral("space_id IN (SELECT value FROM json_each(:spaces))");
    QHash<QString, int> out;
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < spaceIds.size(); from += kSlice) {
        auto q = m_q.exec({ QStringLiteral("SpaceRepository::liveHoldCounts"),
                              Tr::tr("look for holds on the rooms") },
            QStringLiteral("SELECT space_id, count(*) FROM holds WHERE %1 "
                           "AND status NOT IN ('released', 'expired') GROUP BY space_id")
                .arg(in),
            { { QStringLiteral(":spaces"), d.facilitiesToDb(spaceIds.mid(from, kSlice)) } });
        if (!q)
            return q.error();
        while (q->next())
            out.insert(q->value(0).toString(), q->value(1).toInt());
    }
    return out;
}

Status SpaceRepository::insertNewSpaces(const QList<VenueSpace> &spaces, const QString &operation)
{
    using Type = BulkWriter::Type;
    const Database &db = m_q.db();
    const int rows = db.isPostgres() ? 20000 : 2000;
    BulkWriter spaceWriter(db, QStringLiteral("venue_spaces"),
        { { QStringLiteral("id"), Type::Uuid }, { QStringLiteral("venue_id"), Type::Uuid },
            { QStringLiteral("parent_space_id"), Type::Uuid },
            { QStringLiteral("name"), Type::Text }, { QStringLiteral("floor"), Type::Text },
            { QStringLiteral("area_m2"), Type::Double },
            { QStringLiteral("ceiling_height_m"), Type::Double },
            { QStringLiteral("has_daylight"), Type::Boolean },
            { QStringLiteral("notes"), Type::Text },
            { QStringLiteral("sort_order"), Type::Integer } },
        rows, operation);
    BulkWriter capacityWriter(db, QStringLiteral("space_capacities"),
        { { QStringLiteral("space_id"), Type::Uuid },
            { QStringLiteral("layout"), Type::Text, QStringLiteral("space_layout") },
            { QStringLiteral("capacity"), Type::Integer } },
        rows, operation);
    // A parent is written in an earlier statement than its parts: level by level.
    QHash<QString, const VenueSpace *> byId;
    for (const VenueSpace &s : spaces)
        byId.insert(s.id, &s);
    auto depthOf = [&byId](const VenueSpace &s) {
        int depth = 0;
        for (const VenueSpace *p = byId.value(s.parentId); p && depth <= byId.size();
             p = byId.value(p->parentId))
            ++depth;
        return depth;
    };
    QMap<int, QList<const VenueSpace *>> levels;
    for (const VenueSpace &s : spaces)
        levels[depthOf(s)].append(&s);
    const QVariant noText(QMetaType(QMetaType::QString));
    for (const QList<const VenueSpace *> &level : std::as_const(levels)) {
        BulkWriter::Batch batch = spaceWriter.newBatch();
        for (qsizetype i = 0; i < level.size(); ++i) {
            const VenueSpace &s = *level.at(i);
            spaceWriter.addTo(batch, s.id);
            spaceWriter.addTo(batch, s.venueId);
            spaceWriter.addTo(batch, s.parentId.isEmpty() ? noText : QVariant(s.parentId));
            spaceWriter.addTo(batch, s.name.trimmed());
            spaceWriter.addTo(batch, Sql::text(s.floor));
            spaceWriter.addTo(batch, Sql::real(s.areaM2));
            spaceWriter.addTo(batch, Sql::real(s.ceilingHeightM));
            spaceWriter.addTo(batch, boolOrNull(s.hasDaylight));
            spaceWriter.addTo(batch, Sql::text(s.notes));
            spaceWriter.addTo(batch, s.sortOrder);
            spaceWriter.endRowOf(batch);
            if (batch.rows == spaceWriter.batchRows() || i + 1 == level.size()) {
                if (Status st = spaceWriter.write(batch); !st)
                    return st;
                batch = spaceWriter.newBatch();
            }
        }
    }
    BulkWriter::Batch batch = capacityWriter.newBatch();
    for (const VenueSpace &s : spaces) {
        for (auto it = s.capacities.cbegin(); it != s.capacities.cend(); ++it) {
            capacityWriter.addTo(batch, s.id);
            capacityWriter.addTo(batch, spaceLayoutKey(it.key()));
            capacityWriter.addTo(batch, it.value());
            capacityWriter.endRowOf(batch);
            if (batch.rows == capacityWriter.batchRows()) {
                if (Status st = capacityWriter.write(batch); !st)
                    return st;
                batch = capacityWriter.newBatch();
            }
        }
    }
    if (batch.rows > 0)
        if (Status st = capacityWriter.write(batch); !st)
            return st;
    return {};
}

} // namespace VenueMap::Core
