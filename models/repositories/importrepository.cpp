#include "importrepository.h"

#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace VenueMap::Core {

namespace {

constexpr qsizetype kLookupSlice = 1000;
constexpr qsizetype kInsertSlice = 2000;

const QString kBatchColumns = QStringLiteral(
    "b.id, b.file_name, b.venue_count, b.skipped_count, b.created_by, u.name, b.created_at, b.undone_at, "
    "(SELECT count(*) FROM venues v WHERE v.import_batch_id = b.id AND %1)");

QString liveCondition(const SqlDialect &d, const QString &alias = {})
{
    const QString col = alias.isEmpty() ? QStringLiteral("is_deleted") : alias + QStringLiteral(".is_deleted");
    return d.isPostgres() ? QStringLiteral("NOT ") + col : col + QStringLiteral(" = 0");
}

QString trimmedOrNull(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QString() : t;
}

// PostgreSQL array literals, built for unnest(): one array per column, NULL for absent values.
class PgArray
{
public:
    explicit PgArray(qsizetype reserve) { m_text.reserve(reserve); m_text += QLatin1Char('{'); }
    void addNull() { sep(); m_text += QLatin1String("NULL"); }
    void addText(const QString &value)
    {
        if (value.isNull()) {
            addNull();
            return;
        }
        sep();
        m_text += QLatin1Char('"');
        for (const QChar c : value) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                m_text += QLatin1Char('\\');
            m_text += c;
        }
        m_text += QLatin1Char('"');
    }
    void addRaw(const QString &value) { sep(); m_text += value; }
    QString finish() { return m_text + QLatin1Char('}'); }

private:
    void sep()
    {
        if (m_text.size() > 1)
            m_text += QLatin1Char(',');
    }
    QString m_text;
};

} // namespace

Result<QList<ExistingVenueKey>> ImportRepository::findByNames(const QStringList &lowerNames) const
{
    const SqlDialect &d = m_db.dialect();
    QList<ExistingVenueKey> out;
    for (qsizetype from = 0; from < lowerNames.size(); from += kLookupSlice) {
        const QStringList slice = lowerNames.mid(from, kLookupSlice);
        QString sql;
        QVariant names;
        if (d.isPostgres()) {
            PgArray array(slice.size() * 24);
            for (const QString &n : slice)
                array.addText(n);
            names = array.finish();
            sql = QStringLiteral("SELECT id, name, city FROM venues WHERE lower(btrim(name)) = ANY (CAST(:names AS text[])) "
                                 "AND NOT is_deleted");
        } else {
            names = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(slice)).toJson(QJsonDocument::Compact));
            sql = QStringLiteral("SELECT id, name, city FROM venues WHERE lower(trim(name)) IN "
                                 "(SELECT value FROM json_each(:names)) AND is_deleted = 0");
        }
        auto q = m_db.exec(QStringLiteral("ImportRepository::findByNames"), sql, {{QStringLiteral(":names"), names}});
        if (!q) {
            DbError e = q.error();
            e.operation = QStringLiteral("look for duplicates in the venue book");
            return e;
        }
        while (q->next())
            out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    }
    return out;
}

Status ImportRepository::insertBatch(const ImportBatch &batch, const QList<Venue> &venues,
                                     const std::function<void(int)> &progress) const
{
    const SqlDialect &d = m_db.dialect();
    auto b = m_db.exec(QStringLiteral("ImportRepository::insertBatch"),
                       QStringLiteral("INSERT INTO import_batches (id, file_name, venue_count, skipped_count, created_by, "
                                      "created_at) VALUES (:id, :file, :count, :skipped, :user, %1)")
                           .arg(d.now()),
                       {{QStringLiteral(":id"), batch.id},
                        {QStringLiteral(":file"), batch.fileName},
                        {QStringLiteral(":count"), batch.venueCount},
                        {QStringLiteral(":skipped"), batch.skippedCount},
                        {QStringLiteral(":user"), batch.createdBy.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                             : QVariant(batch.createdBy)}});
    if (!b) {
        DbError e = b.error();
        e.operation = QStringLiteral("import the venues");
        return e;
    }
    for (qsizetype from = 0; from < venues.size(); from += kInsertSlice) {
        const qsizetype to = std::min(venues.size(), from + kInsertSlice);
        Status s = d.isPostgres() ? insertSlicePostgres(batch.id, venues, from, to)
                                  : insertSliceSqlite(batch.id, venues, from, to);
        if (!s)
            return s;
        if (progress)
            progress(int(to));
    }
    qCInfo(lcImport) << "imported batch" << batch.id << "with" << venues.size() << "venues";
    return {};
}

// One unnest() INSERT per slice: fifteen array parameters whatever the slice's size.
Status ImportRepository::insertSlicePostgres(const QString &batchId, const QList<Venue> &venues, qsizetype from,
                                             qsizetype to) const
{
    const qsizetype n = to - from;
    PgArray ids(n * 40), names(n * 32), addresses(n * 40), cities(n * 16), countries(n * 16), capacities(n * 6),
        facilities(n * 48), ratings(n * 4), contactNames(n * 24), emails(n * 32), phones(n * 20), websites(n * 32),
        notes(n * 64), lats(n * 20), lons(n * 20);
    for (qsizetype i = from; i < to; ++i) {
        const Venue &v = venues.at(i);
        ids.addRaw(v.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : v.id);
        names.addText(v.name.trimmed());
        addresses.addText(trimmedOrNull(v.address));
        cities.addText(trimmedOrNull(v.city));
        countries.addText(trimmedOrNull(v.country));
        v.capacity ? capacities.addRaw(QString::number(*v.capacity)) : capacities.addNull();
        // The inner array literal is itself one text element of the outer array.
        facilities.addText(m_db.dialect().facilitiesToDb(v.facilities).toString());
        v.rating ? ratings.addRaw(QString::number(std::round(*v.rating * 10.0) / 10.0, 'f', 1)) : ratings.addNull();
        contactNames.addText(trimmedOrNull(v.contactName));
        emails.addText(trimmedOrNull(v.contactEmail));
        phones.addText(trimmedOrNull(v.contactPhone));
        websites.addText(trimmedOrNull(v.website));
        notes.addText(trimmedOrNull(v.notes));
        v.latitude ? lats.addRaw(QString::number(*v.latitude, 'g', 17)) : lats.addNull();
        v.longitude ? lons.addRaw(QString::number(*v.longitude, 'g', 17)) : lons.addNull();
    }
    static const QString sql = QStringLiteral(
        "INSERT INTO venues (id, name, address, city, country, capacity, facilities, rating, contact_name, "
        "contact_email, contact_phone, website, notes, latitude, longitude, import_batch_id) "
        "SELECT t.id, t.name, t.address, t.city, t.country, t.capacity, CAST(t.facilities AS text[]), t.rating, "
        "t.contact_name, t.contact_email, t.contact_phone, t.website, t.notes, t.latitude, t.longitude, "
        "CAST(:batch AS uuid) "
        "FROM unnest(CAST(:ids AS uuid[]), CAST(:names AS text[]), CAST(:addresses AS text[]), "
        "CAST(:cities AS text[]), CAST(:countries AS text[]), CAST(:capacities AS integer[]), "
        "CAST(:facilities AS text[]), CAST(:ratings AS numeric[]), CAST(:contact_names AS text[]), "
        "CAST(:emails AS text[]), CAST(:phones AS text[]), CAST(:websites AS text[]), CAST(:notes AS text[]), "
        "CAST(:lats AS float8[]), CAST(:lons AS float8[])) "
        "AS t(id, name, address, city, country, capacity, facilities, rating, contact_name, contact_email, "
        "contact_phone, website, notes, latitude, longitude)");
    auto q = m_db.exec(QStringLiteral("ImportRepository::insertSlicePostgres"), sql,
                       {{QStringLiteral(":batch"), batchId},
                        {QStringLiteral(":ids"), ids.finish()},
                        {QStringLiteral(":names"), names.finish()},
                        {QStringLiteral(":addresses"), addresses.finish()},
                        {QStringLiteral(":cities"), cities.finish()},
                        {QStringLiteral(":countries"), countries.finish()},
                        {QStringLiteral(":capacities"), capacities.finish()},
                        {QStringLiteral(":facilities"), facilities.finish()},
                        {QStringLiteral(":ratings"), ratings.finish()},
                        {QStringLiteral(":contact_names"), contactNames.finish()},
                        {QStringLiteral(":emails"), emails.finish()},
                        {QStringLiteral(":phones"), phones.finish()},
                        {QStringLiteral(":websites"), websites.finish()},
                        {QStringLiteral(":notes"), notes.finish()},
                        {QStringLiteral(":lats"), lats.finish()},
                        {QStringLiteral(":lons"), lons.finish()}});
    if (!q) {
        DbError e = q.error();
        e.operation = QStringLiteral("import the venues");
        return e;
    }
    return {};
}

// SQLite: one statement prepared once and run per venue inside the caller's transaction.
Status ImportRepository::insertSliceSqlite(const QString &batchId, const QList<Venue> &venues, qsizetype from,
                                           qsizetype to) const
{
    const SqlDialect &d = m_db.dialect();
    QSqlQuery q(m_db.connection());
    const QString sql = QStringLiteral(
        "INSERT INTO venues (id, name, address, city, country, capacity, facilities, rating, contact_name, "
        "contact_email, contact_phone, website, notes, latitude, longitude, import_batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.prepare(sql))
        return DbError::fromQuery(q, QStringLiteral("import the venues"), QStringLiteral("ImportRepository::insertSliceSqlite"));
    auto text = [](const QString &s) {
        const QString t = trimmedOrNull(s);
        return t.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
    };
    for (qsizetype i = from; i < to; ++i) {
        const Venue &v = venues.at(i);
        q.bindValue(0, v.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : v.id);
        q.bindValue(1, v.name.trimmed());
        q.bindValue(2, text(v.address));
        q.bindValue(3, text(v.city));
        q.bindValue(4, text(v.country));
        q.bindValue(5, v.capacity ? QVariant(*v.capacity) : QVariant(QMetaType(QMetaType::Int)));
        q.bindValue(6, d.facilitiesToDb(v.facilities));
        q.bindValue(7, d.ratingToDb(v.rating));
        q.bindValue(8, text(v.contactName));
        q.bindValue(9, text(v.contactEmail));
        q.bindValue(10, text(v.contactPhone));
        q.bindValue(11, text(v.website));
        q.bindValue(12, text(v.notes));
        q.bindValue(13, v.latitude ? QVariant(*v.latitude) : QVariant(QMetaType(QMetaType::Double)));
        q.bindValue(14, v.longitude ? QVariant(*v.longitude) : QVariant(QMetaType(QMetaType::Double)));
        q.bindValue(15, batchId);
        if (!q.exec())
            return DbError::fromQuery(q, QStringLiteral("import the venues"), QStringLiteral("ImportRepository::insertSliceSqlite"));
    }
    return {};
}

ImportBatch ImportRepository::readBatch(const QSqlQuery &q) const
{
    const SqlDialect &d = m_db.dialect();
    ImportBatch b;
    b.id = q.value(0).toString();
    b.fileName = q.value(1).toString();
    b.venueCount = q.value(2).toInt();
    b.skippedCount = q.value(3).toInt();
    b.createdBy = q.value(4).toString();
    b.createdByName = q.value(5).toString();
    b.createdAt = d.dateTimeFromDb(q.value(6));
    b.undoneAt = d.dateTimeFromDb(q.value(7));
    b.liveCount = q.value(8).toInt();
    return b;
}

Result<QList<ImportBatch>> ImportRepository::fetchBatches(int limit) const
{
    const QString sql = QStringLiteral("SELECT %1 FROM import_batches b LEFT JOIN users u ON u.id = b.created_by "
                                       "ORDER BY b.created_at DESC, b.id DESC LIMIT :limit")
                            .arg(kBatchColumns.arg(liveCondition(m_db.dialect(), QStringLiteral("v"))));
    auto q = m_db.exec(QStringLiteral("ImportRepository::fetchBatches"), sql, {{QStringLiteral(":limit"), limit}});
    if (!q) {
        DbError e = q.error();
        e.operation = QStringLiteral("list past imports");
        return e;
    }
    QList<ImportBatch> out;
    while (q->next())
        out.append(readBatch(*q));
    return out;
}

Result<ImportBatch> ImportRepository::fetchBatch(const QString &id) const
{
    const QString op = QStringLiteral("open the import");
    if (QUuid::fromString(id).isNull())
        return DbError::make(DbError::Kind::NotFound, op, QStringLiteral("There is no import with that id."),
                             QStringLiteral("ImportRepository::fetchBatch"));
    const QString sql = QStringLiteral("SELECT %1 FROM import_batches b LEFT JOIN users u ON u.id = b.created_by "
                                       "WHERE b.id = :id")
                            .arg(kBatchColumns.arg(liveCondition(m_db.dialect(), QStringLiteral("v"))));
    auto q = m_db.exec(QStringLiteral("ImportRepository::fetchBatch"), sql, {{QStringLiteral(":id"), id}});
    if (!q) {
        DbError e = q.error();
        e.operation = op;
        return e;
    }
    if (!q->next())
        return DbError::make(DbError::Kind::NotFound, op, QStringLiteral("There is no import with that id."),
                             QStringLiteral("ImportRepository::fetchBatch"));
    return readBatch(*q);
}

Result<QStringList> ImportRepository::liveVenueIds(const QString &batchId) const
{
    auto q = m_db.exec(QStringLiteral("ImportRepository::liveVenueIds"),
                       QStringLiteral("SELECT id FROM venues WHERE import_batch_id = :batch AND %1 ORDER BY name, id")
                           .arg(liveCondition(m_db.dialect())),
                       {{QStringLiteral(":batch"), batchId}});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<int> ImportRepository::undoBatch(const QString &batchId, const QVariant &userId) const
{
    const QString op = QStringLiteral("undo the import");
    const SqlDialect &d = m_db.dialect();
    auto batch = fetchBatch(batchId);
    if (!batch) {
        DbError e = batch.error();
        e.operation = op;
        return e;
    }
    auto mark = m_db.exec(QStringLiteral("ImportRepository::undoBatch"),
                          QStringLiteral("UPDATE import_batches SET undone_at = %1, undone_by = :user "
                                         "WHERE id = :id AND undone_at IS NULL")
                              .arg(d.now()),
                          {{QStringLiteral(":id"), batchId},
                           {QStringLiteral(":user"), userId.isNull() ? QVariant(QMetaType(QMetaType::QString)) : userId}});
    if (!mark) {
        DbError e = mark.error();
        e.operation = op;
        return e;
    }
    if (mark->numRowsAffected() == 0)
        return DbError::make(DbError::Kind::Validation, op,
                             QStringLiteral("This import was undone already (%1).")
                                 .arg(batch->undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                             QStringLiteral("ImportRepository::undoBatch"));
    auto removed = m_db.exec(QStringLiteral("ImportRepository::undoBatch"),
                             QStringLiteral("UPDATE venues SET is_deleted = %1, updated_at = %2, version = version + 1 "
                                            "WHERE import_batch_id = :id AND %3")
                                 .arg(d.isPostgres() ? QStringLiteral("true") : QStringLiteral("1"), d.now(),
                                      liveCondition(d)),
                             {{QStringLiteral(":id"), batchId}});
    if (!removed) {
        DbError e = removed.error();
        e.operation = op;
        return e;
    }
    const int count = removed->numRowsAffected();
    qCInfo(lcImport) << "undid batch" << batchId << "removing" << count << "venues";
    return count;
}

} // namespace VenueMap::Core
