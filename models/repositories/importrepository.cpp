#include "importrepository.h"

#include "bulkwriter.h"
#include "countedqueries.h"
#include "logging.h"
#include "venuemapping.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context ImportRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportRepository)
};

} // namespace

namespace {

constexpr qsizetype kLookupSlice = 1000;
constexpr qsizetype kInsertSlice = 2000;

const QString kBatchColumns
    = QStringLiteral("b.id, b.file_name, b.venue_count, b.skipped_count, b.created_by, u.name, "
                     "b.created_at, b.undone_at, "
                     "(SELECT count(*) FROM venues v WHERE v.import_batch_id = b.id AND %1)");

QString liveCondition(const SqlDialect &d, const QString &alias = {})
{
    const QString col
        = alias.isEmpty() ? QStringLiteral("is_deleted") : alias + QStringLiteral(".is_deleted");
    return d.flagIs(col, false);
}

} // namespace

Result<QList<ExistingVenueKey>> ImportRepository::findByNames(const QStringList &lowerNames) const
{
    const SqlDialect &d = m_db.dialect();
    QList<ExistingVenueKey> out;
    for (qsizetype from = 0; from < lowerNames.size(); from += kLookupSlice) {
        const QStringList slice = lowerNames.mid(from, kLookupSlice);
        const QString sql
            = QStringLiteral("SELECT id, name, city FROM venues WHERE %1 AND %2")
                  .arg(d.inTextList(QStringLiteral("lower(trim(name))"), QStringLiteral(":names")),
                      liveCondition(d));
        const QVariant names = d.facilitiesToDb(slice);
        auto q = m_db.exec({ QStringLiteral("ImportRepository::findByNames"),
                               Tr::tr("look for duplicates in the venue book") },
            sql, { { QStringLiteral(":names"), names } });
        if (!q)
            return q.error();
        while (q->next())
            out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString() });
    }
    return out;
}

Status ImportRepository::insertBatch(const ImportBatch &batch, const QList<Venue> &venues,
    const std::function<void(int)> &progress) const
{
    const SqlDialect &d = m_db.dialect();
    auto b = m_db.exec(
        { QStringLiteral("ImportRepository::insertBatch"), Tr::tr("import the venues") },
        QStringLiteral(
            "INSERT INTO import_batches (id, file_name, venue_count, skipped_count, created_by, "
            "created_at) VALUES (:id, :file, :count, :skipped, :user, %1)")
            .arg(d.now()),
        { { QStringLiteral(":id"), batch.id }, { QStringLiteral(":file"), batch.fileName },
            { QStringLiteral(":count"), batch.venueCount },
            { QStringLiteral(":skipped"), batch.skippedCount },
            { QStringLiteral(":user"), Sql::text(batch.createdBy) } });
    if (!b)
        return b.error();
    // The venues table's own bulk insert, with the batch's id in one more column.
    std::vector<BulkWriter::Column> columns = VenueMapping::bulkColumns();
    columns.push_back({ QStringLiteral("import_batch_id"), BulkWriter::Type::Uuid });
    BulkWriter writer(m_db, QStringLiteral("venues"), std::move(columns), int(kInsertSlice),
        Tr::tr("import the venues"));
    BulkWriter::Batch rows = writer.newBatch();
    for (qsizetype i = 0; i < venues.size(); ++i) {
        VenueMapping::addTo(writer, rows, venues.at(i), d);
        writer.addTo(rows, batch.id);
        writer.endRowOf(rows);
        if (rows.rows == writer.batchRows() || i + 1 == venues.size()) {
            if (Status s = writer.write(rows); !s)
                return s;
            if (progress)
                progress(int(i + 1));
        }
    }
    qCInfo(lcImport) << "imported batch" << batch.id << "with" << venues.size() << "venues";
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
    const QString sql
        = QStringLiteral("SELECT %1 FROM import_batches b LEFT JOIN users u ON u.id = b.created_by "
                         "ORDER BY b.created_at DESC, b.id DESC LIMIT :limit")
              .arg(kBatchColumns.arg(liveCondition(m_db.dialect(), QStringLiteral("v"))));
    auto q = m_db.exec(
        { QStringLiteral("ImportRepository::fetchBatches"), Tr::tr("list past imports") }, sql,
        { { QStringLiteral(":limit"), limit } });
    if (!q)
        return q.error();
    QList<ImportBatch> out;
    while (q->next())
        out.append(readBatch(*q));
    return out;
}

Result<ImportBatch> ImportRepository::fetchBatch(const QString &id) const
{
    const QString op = Tr::tr("open the import");
    if (QUuid::fromString(id).isNull())
        return DbError::make(DbError::Kind::NotFound, op,
            Tr::tr("There is no import with that id."),
            QStringLiteral("ImportRepository::fetchBatch"));
    const QString sql
        = QStringLiteral("SELECT %1 FROM import_batches b LEFT JOIN users u ON u.id = b.created_by "
                         "WHERE b.id = :id")
              .arg(kBatchColumns.arg(liveCondition(m_db.dialect(), QStringLiteral("v"))));
    auto q = m_db.exec({ QStringLiteral("ImportRepository::fetchBatch"), op }, sql,
        { { QStringLiteral(":id"), id } });
    if (!q)
        return q.error();
    if (!q->next())
        return DbError::make(DbError::Kind::NotFound, op,
            Tr::tr("There is no import with that id."),
            QStringLiteral("ImportRepository::fetchBatch"));
    return readBatch(*q);
}

Result<QList<ExistingVenueKey>> ImportRepository::batchVenues(const QString &batchId) const
{
    auto q = m_db.exec(
        { QStringLiteral("ImportRepository::batchVenues"), Tr::tr("find the imported venues") },
        QStringLiteral("SELECT id, name, city FROM venues WHERE import_batch_id = :batch"),
        { { QStringLiteral(":batch"), batchId } });
    if (!q)
        return q.error();
    QList<ExistingVenueKey> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString() });
    return out;
}

Result<QStringList> ImportRepository::liveVenueIds(const QString &batchId) const
{
    auto q = m_db.exec(QStringLiteral("ImportRepository::liveVenueIds"),
        QStringLiteral(
            "SELECT id FROM venues WHERE import_batch_id = :batch AND %1 ORDER BY name, id")
            .arg(liveCondition(m_db.dialect())),
        { { QStringLiteral(":batch"), batchId } });
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<int> ImportRepository::undoBatch(const QString &batchId, const QVariant &userId) const
{
    const QString op = Tr::tr("undo the import");
    const SqlDialect &d = m_db.dialect();
    auto batch = fetchBatch(batchId);
    if (!batch)
        return batch.error().withOperation(op);
    auto mark = m_db.exec({ QStringLiteral("ImportRepository::undoBatch"), op },
        QStringLiteral("UPDATE import_batches SET undone_at = %1, undone_by = :user "
                       "WHERE id = :id AND undone_at IS NULL")
            .arg(d.now()),
        { { QStringLiteral(":id"), batchId },
            { QStringLiteral(":user"),
                userId.isNull() ? QVariant(QMetaType(QMetaType::QString)) : userId } });
    if (!mark)
        return mark.error();
    if (mark->numRowsAffected() == 0)
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("This import was undone already (%1).")
                .arg(batch->undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            QStringLiteral("ImportRepository::undoBatch"));
    auto removed = m_db.exec({ QStringLiteral("ImportRepository::undoBatch"), op },
        QStringLiteral("UPDATE venues SET is_deleted = %1, updated_at = %2, version = version + 1 "
                       "WHERE import_batch_id = :id AND %3")
            .arg(d.boolLiteral(true), d.now(), liveCondition(d)),
        { { QStringLiteral(":id"), batchId } });
    if (!removed)
        return removed.error();
    const int count = removed->numRowsAffected();
    qCInfo(lcImport) << "undid batch" << batchId << "removing" << count << "venues";
    return count;
}

} // namespace VenueMap::Core
