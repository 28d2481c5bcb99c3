#include "venuerepository.h"

#include "domain/language.h"
#include "facilitytermrepository.h"

#include "logging.h"
#include "venuemapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context VenueRepository.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VenueRepository)
};

// Three significant figures, for a count the book only estimates: 12,437 -> 12,400.
qint64 roundedTo3(qint64 value)
{
    qint64 rounded = value;
    qint64 scale = 1;
    while (rounded >= 1000) {
        rounded /= 10;
        scale *= 10;
    }
    return rounded * scale;
}

} // namespace

namespace {

// Sort columns in index order; the first one is the nullable one for every order but name.
QStringList sortColumns(VenueSort sort)
{
    switch (sort) {
    case VenueSort::Name:
        return { QStringLiteral("name"), QStringLiteral("id") };
    case VenueSort::City:
        return { QStringLiteral("city"), QStringLiteral("name"), QStringLiteral("id") };
    case VenueSort::Capacity:
        return { QStringLiteral("capacity"), QStringLiteral("id") };
    case VenueSort::Rating:
        return { QStringLiteral("rating"), QStringLiteral("id") };
    }
    return {};
}

bool hasNullSegment(VenueSort sort)
{
    return sort != VenueSort::Name;
}

// Key-only queries read the name only where the order holds it, so they stay index-only.
QString keyNameColumn(VenueSort sort)
{
    return sort == VenueSort::Name || sort == VenueSort::City ? QStringLiteral("name")
                                                              : QStringLiteral("''");
}

} // namespace

std::optional<QPair<qint64, VenueKey>> VenueKeyMap::anchorFor(qint64 row) const
{
    auto it = std::upper_bound(anchors.cbegin(), anchors.cend(), row,
        [](qint64 r, const QPair<qint64, VenueKey> &a) { return r < a.first; });
    if (it == anchors.cbegin())
        return std::nullopt;
    return *(it - 1);
}

QString VenueCount::text(bool deleted) const
{
    // Numbers grouped in the app's language; English forms without a translator (the core).
    const QString number
        = textLocale().toString(kind == Kind::Estimate ? roundedTo3(value) : value);
    const int n = int(std::min<qint64>(value, std::numeric_limits<int>::max()));
    QString text;
    switch (kind) {
    case Kind::Exact:
        text = deleted ? Tr::tr("%1 deleted venue(s)", nullptr, n)
                       : Tr::tr("%1 venue(s)", nullptr, n);
        break;
    case Kind::AtLeast:
        text = deleted ? Tr::tr("%1+ deleted venues") : Tr::tr("%1+ venues");
        break;
    case Kind::Estimate:
        text = deleted ? Tr::tr("about %1 deleted venues") : Tr::tr("about %1 venues");
        break;
    }
    return englishPluralForm(text, n).arg(number);
}

VenueKey VenueRepository::keyOf(const Venue &v, VenueSort sort)
{
    VenueKey key { QVariant(), v.name, v.id };
    switch (sort) {
    case VenueSort::Name:
        key.first = v.name;
        break;
    case VenueSort::City:
        key.first = v.city.isNull() ? QVariant() : QVariant(v.city);
        break;
    case VenueSort::Capacity:
        key.first = v.capacity ? QVariant(*v.capacity) : QVariant();
        break;
    case VenueSort::Rating:
        key.first = v.rating ? QVariant(*v.rating) : QVariant();
        break;
    }
    return key;
}

const FacilityVocabulary &VenueRepository::facilityTerms() const
{
    if (!m_facilityTerms) {
        // A book that cannot read the table (older than 0009) matches the seeded vocabulary.
        auto loaded = FacilityTermRepository(m_db).load();
        m_facilityTerms = loaded ? *loaded : FacilityVocabulary::seeded();
    }
    return *m_facilityTerms;
}

// The WHERE of a filter. The two backends differ in booleans and in text search (trigram
// ILIKE on PostgreSQL, the FTS5 trigram table on SQLite); both match the text literally.
VenueRepository::Where VenueRepository::filterWhere(const VenueFilter &f, bool forCount) const
{
    const SqlDialect &d = m_db.dialect();
    Where w;
    QStringList terms;
    terms << d.flagIs(QStringLiteral("is_deleted"), f.deleted);
    if (!f.city.isEmpty()) {
        terms << QStringLiteral("city = :fcity");
        w.binds.append({ QStringLiteral(":fcity"), f.city });
        w.pgTypes.insert(QStringLiteral(":fcity"), QStringLiteral("text"));
    }
    if (f.minCapacity) {
        terms << QStringLiteral("capacity >= :fmincap");
        w.binds.append({ QStringLiteral(":fmincap"), *f.minCapacity });
        w.pgTypes.insert(QStringLiteral(":fmincap"), QStringLiteral("integer"));
    }
    if (f.maxCapacity) {
        terms << QStringLiteral("capacity <= :fmaxcap");
        w.binds.append({ QStringLiteral(":fmaxcap"), *f.maxCapacity });
        w.pgTypes.insert(QStringLiteral(":fmaxcap"), QStringLiteral("integer"));
    }
    if (f.minRating) {
        terms << QStringLiteral("rating >= %1").arg(d.numericParam(QStringLiteral(":fminrating")));
        w.binds.append({ QStringLiteral(":fminrating"), d.ratingToDb(*f.minRating) });
        w.pgTypes.insert(QStringLiteral(":fminrating"), QStringLiteral("text"));
    }
    // Layouts (issue 13). The database keeps venues.capacity >= every layout capacity of the
    // venue's spaces, so the same lower bound on venues.capacity is implied: it lets the planner
    // start from the capacity index and leaves the results unchanged.
    if (f.layout) {
        // OFFSET keeps PostgreSQL from turning the EXISTS into a join (or a hashed subplan) that
        // reads all of venue_spaces: each venue the list walks is looked up by its index.
        // A count of every match is the exception: there the semi-join is the fast plan.
        terms << QStringLiteral("EXISTS (SELECT 1 FROM venue_spaces s JOIN space_capacities c ON "
                                "c.space_id = s.id WHERE s.venue_id = venues.id AND c.layout = %1 "
                                "AND c.capacity >= :flayoutcap%2)")
                     .arg(d.spaceLayoutParam(QStringLiteral(":flayout")),
                         forCount ? QString() : QStringLiteral(" LIMIT 1 OFFSET 0"));
        w.binds.append({ QStringLiteral(":flayout"), spaceLayoutKey(*f.layout) });
        w.binds.append({ QStringLiteral(":flayoutcap"), f.layoutCapacity });
        w.pgTypes.insert(QStringLiteral(":flayout"), QStringLiteral("text"));
        w.pgTypes.insert(QStringLiteral(":flayoutcap"), QStringLiteral("integer"));
        if (f.layoutCapacity > 0) {
            terms << QStringLiteral("capacity >= :flayoutvenuecap");
            w.binds.append({ QStringLiteral(":flayoutvenuecap"), f.layoutCapacity });
            w.pgTypes.insert(QStringLiteral(":flayoutvenuecap"), QStringLiteral("integer"));
        }
    }
    if (f.rooms > 0 && f.roomLayout) {
        terms << QStringLiteral(
            "(SELECT count(*) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id "
            "WHERE s.venue_id = venues.id AND c.layout = %1 AND c.capacity >= :froomcap "
            "AND NOT EXISTS (SELECT 1 FROM venue_spaces p WHERE p.parent_space_id = s.id)) "
            ">= :frooms")
                     .arg(d.spaceLayoutParam(QStringLiteral(":froomlayout")));
        w.binds.append({ QStringLiteral(":froomlayout"), spaceLayoutKey(*f.roomLayout) });
        w.binds.append({ QStringLiteral(":froomcap"), f.roomCapacity });
        w.binds.append({ QStringLiteral(":frooms"), f.rooms });
        w.pgTypes.insert(QStringLiteral(":froomlayout"), QStringLiteral("text"));
        w.pgTypes.insert(QStringLiteral(":froomcap"), QStringLiteral("integer"));
        w.pgTypes.insert(QStringLiteral(":frooms"), QStringLiteral("integer"));
        if (f.roomCapacity > 0) {
            terms << QStringLiteral("capacity >= :froomvenuecap");
            w.binds.append({ QStringLiteral(":froomvenuecap"), f.roomCapacity });
            w.pgTypes.insert(QStringLiteral(":froomvenuecap"), QStringLiteral("integer"));
        }
    }
    // "wifi", "WLAN" and "Wi-Fi" ask for the one facility stored as "Wi-Fi": a venue matches
    // when it holds, for each facility asked for, its label or another spelling of it (a row a
    // writer without the vocabulary stored as "wifi").
    QStringList asked;
    QList<QStringList> spellings;
    for (const QString &typed : f.facilities) {
        const QStringList s = facilityTerms().spellings(typed);
        if (!s.first().isEmpty() && !asked.contains(s.first())) {
            asked << s.first();
            spellings << s;
        }
    }
    for (int i = 0; i < spellings.size(); ++i) {
        const QStringList &one = spellings.at(i);
        if (d.facilitiesAsJsonText()) {
            // A quoted JSON string occurs in the array's text only as that element: a cheap test
            // that spares most rows the json_each() below.
            QStringList any;
            for (int j = 0; j < one.size(); ++j) {
                const QString name = QStringLiteral(":ffac%1_%2").arg(i).arg(j);
                QString token = QString::fromUtf8(
                    QJsonDocument(QJsonArray { one.at(j) }).toJson(QJsonDocument::Compact));
                token = token.mid(1, token.size() - 2);
                any << QStringLiteral("instr(facilities, %1) > 0").arg(name);
                w.binds.append({ name, token });
            }
            terms << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
        }
        const QString name = QStringLiteral(":ffacilities%1").arg(i);
        terms << d.facilitiesContainAny(QStringLiteral("facilities"), name);
        w.binds.append({ name, d.facilitiesToDb(one) });
        w.pgTypes.insert(name, QStringLiteral("text"));
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        if (text.size() < 3) {
            // Too short for trigrams: a name prefix, walked along the name order.
            QString prefix = SqlDialect::containsPattern(text);
            prefix.remove(0, 1);
            terms << QStringLiteral("name %1 :fprefix%2").arg(d.ilike(), d.likeEscape());
            w.binds.append({ QStringLiteral(":fprefix"), prefix });
            w.pgTypes.insert(QStringLiteral(":fprefix"), QStringLiteral("text"));
        } else if (d.trigramIlike()) {
            terms << QStringLiteral("(name ILIKE :fname%1 OR city ILIKE :fcitytext%1)")
                         .arg(d.likeEscape());
            w.binds.append({ QStringLiteral(":fname"), SqlDialect::containsPattern(text) });
            w.binds.append({ QStringLiteral(":fcitytext"), SqlDialect::containsPattern(text) });
            w.pgTypes.insert(QStringLiteral(":fname"), QStringLiteral("text"));
            w.pgTypes.insert(QStringLiteral(":fcitytext"), QStringLiteral("text"));
        } else {
            // One FTS5 phrase: inside double quotes everything is literal except a doubled quote.
            QString phrase = text;
            phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
            terms << QStringLiteral(
                "rowid IN (SELECT rowid FROM venues_fts WHERE venues_fts MATCH :ftext)");
            w.binds.append(
                { QStringLiteral(":ftext"), QLatin1Char('"') + phrase + QLatin1Char('"') });
        }
    }
    w.sql = terms.join(QStringLiteral(" AND "));
    return w;
}

QList<VenueRepository::Segment> VenueRepository::segments(const VenueFilter &f) const
{
    if (!hasNullSegment(f.sort))
        return { Segment::Values };
    // A filter on the sort column already excludes its NULLs.
    const bool noNulls = (f.sort == VenueSort::City && !f.city.isEmpty())
        || (f.sort == VenueSort::Capacity && (f.minCapacity || f.maxCapacity))
        || (f.sort == VenueSort::Rating && f.minRating);
    if (noNulls)
        return { Segment::Values };
    return { Segment::Values, Segment::Nulls };
}

VenueRepository::Segment VenueRepository::segmentOf(const VenueKey &key, VenueSort sort)
{
    return hasNullSegment(sort) && key.first.isNull() ? Segment::Nulls : Segment::Values;
}

QString VenueRepository::segmentCondition(VenueSort sort, Segment segment) const
{
    if (!hasNullSegment(sort))
        return {};
    const QString col = sortColumns(sort).first();
    return segment == Segment::Values ? QStringLiteral(" AND %1 IS NOT NULL").arg(col)
                                      : QStringLiteral(" AND %1 IS NULL").arg(col);
}

QString VenueRepository::orderBy(const VenueFilter &f, Segment, Direction direction) const
{
    const bool desc = f.descending != (direction == Direction::Backward);
    QStringList parts;
    for (const QString &c : sortColumns(f.sort))
        parts << (desc ? c + QStringLiteral(" DESC") : c);
    return QStringLiteral(" ORDER BY ") + parts.join(QStringLiteral(", "));
}

QVariant VenueRepository::bindFirst(VenueSort sort, const QVariant &value) const
{
    switch (sort) {
    case VenueSort::Capacity:
        return value.toInt();
    case VenueSort::Rating:
        return m_db.dialect().ratingToDb(value.toDouble());
    default:
        return value.toString();
    }
}

QString VenueRepository::keyCondition(const VenueFilter &f, Segment segment, Direction direction,
    bool inclusive, const VenueKey &key, Where &statement) const
{
    QStringList cols = sortColumns(f.sort);
    QStringList params;
    QList<QVariant> values;
    if (f.sort == VenueSort::Name) {
        values = { key.name, key.id };
    } else if (segment == Segment::Values) {
        values << bindFirst(f.sort, key.first);
        if (f.sort == VenueSort::City)
            values << key.name;
        values << key.id;
    } else {
        cols.removeFirst();
        if (f.sort == VenueSort::City)
            values << key.name;
        values << key.id;
    }
    for (int i = 0; i < cols.size(); ++i) {
        const QString name = QStringLiteral(":k%1").arg(i);
        const QString &col = cols.at(i);
        params << (col == QLatin1String("rating") ? m_db.dialect().numericParam(name) : name);
        statement.binds.append({ name, values.at(i) });
        statement.pgTypes.insert(name,
            col == QLatin1String("id")             ? QStringLiteral("uuid")
                : col == QLatin1String("capacity") ? QStringLiteral("integer")
                                                   : QStringLiteral("text"));
    }
    const bool greater = f.descending == (direction == Direction::Backward);
    const QString op = QString(greater ? QLatin1Char('>') : QLatin1Char('<'))
        + (inclusive ? QStringLiteral("=") : QString());
    return QStringLiteral(" AND (%1) %2 (%3)")
        .arg(cols.join(QStringLiteral(", ")), op, params.join(QStringLiteral(", ")));
}

VenueRepository::Where VenueRepository::segmentStatement(const VenueFilter &f, Segment segment,
    const std::optional<VenueKey> &key, bool inclusive, Direction direction, int limit,
    qint64 offset) const
{
    Where w = filterWhere(f);
    QString sql = QStringLiteral("SELECT %1 FROM venues WHERE %2")
                      .arg(VenueMapping::selectList(m_db.dialect()), w.sql)
        + segmentCondition(f.sort, segment);
    if (key)
        sql += keyCondition(f, segment, direction, inclusive, *key, w);
    sql += orderBy(f, segment, direction) + QStringLiteral(" LIMIT :limit");
    w.binds.append({ QStringLiteral(":limit"), limit });
    w.pgTypes.insert(QStringLiteral(":limit"), QStringLiteral("integer"));
    if (offset > 0) {
        sql += QStringLiteral(" OFFSET :offset");
        w.binds.append({ QStringLiteral(":offset"), offset });
        w.pgTypes.insert(QStringLiteral(":offset"), QStringLiteral("bigint"));
    }
    w.sql = sql;
    return w;
}

Result<QList<Venue>> VenueRepository::fetchSegment(const VenueFilter &f, Segment segment,
    const std::optional<VenueKey> &key, bool inclusive, Direction direction, int limit,
    qint64 offset) const
{
    QList<Venue> rows;
    if (limit <= 0)
        return rows;
    const Where w = segmentStatement(f, segment, key, inclusive, direction, limit, offset);
    auto q = m_db.exec(QStringLiteral("VenueRepository::fetchSegment"), w.sql, w.binds);
    if (!q)
        return q.error();
    rows.reserve(limit);
    while (q->next())
        rows.append(VenueMapping::read(*q, m_db.dialect()));
    return rows;
}

Result<QList<Venue>> VenueRepository::fetchAfter(
    const VenueFilter &f, const std::optional<VenueKey> &after, int limit) const
{
    QList<Venue> rows;
    const QList<Segment> segs = segments(f);
    int start = 0;
    if (after)
        start = std::max<int>(0, segs.indexOf(segmentOf(*after, f.sort)));
    for (int i = start; i < segs.size() && rows.size() < limit; ++i) {
        auto part = fetchSegment(f, segs.at(i), i == start ? after : std::nullopt, false,
            Direction::Forward, limit - int(rows.size()), 0);
        if (!part)
            return part.error();
        rows.append(*part);
    }
    return rows;
}

Result<QList<Venue>> VenueRepository::fetchBefore(
    const VenueFilter &f, const VenueKey &before, int limit) const
{
    QList<Venue> rows; // backwards
    const QList<Segment> segs = segments(f);
    const int start = std::max<int>(0, segs.indexOf(segmentOf(before, f.sort)));
    for (int i = start; i >= 0 && rows.size() < limit; --i) {
        auto part = fetchSegment(f, segs.at(i),
            i == start ? std::optional<VenueKey>(before) : std::nullopt, false, Direction::Backward,
            limit - int(rows.size()), 0);
        if (!part)
            return part.error();
        rows.append(*part);
    }
    std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<QList<Venue>> VenueRepository::fetchFrom(
    const VenueFilter &f, const VenueKey &anchor, int skip, int limit) const
{
    QList<Venue> rows;
    const QList<Segment> segs = segments(f);
    const int start = std::max<int>(0, segs.indexOf(segmentOf(anchor, f.sort)));
    for (int i = start; i < segs.size() && rows.size() < limit; ++i) {
        auto part = fetchSegment(f, segs.at(i),
            i == start ? std::optional<VenueKey>(anchor) : std::nullopt, i == start,
            Direction::Forward, limit - int(rows.size()), i == start ? skip : 0);
        if (!part)
            return part.error();
        rows.append(*part);
    }
    return rows;
}

VenueRepository::Where VenueRepository::keyAtOffsetStatement(const VenueFilter &f, Segment segment,
    qint64 offset, const std::optional<VenueKey> &after) const
{
    Where w = filterWhere(f);
    const QStringList cols = sortColumns(f.sort);
    // Key columns only, so PostgreSQL answers from the index without visiting the table.
    w.sql = QStringLiteral("SELECT %1, %2, id FROM venues WHERE %3")
                .arg(cols.first(), keyNameColumn(f.sort), w.sql)
        + segmentCondition(f.sort, segment);
    if (after)
        w.sql += keyCondition(f, segment, Direction::Forward, false, *after, w);
    w.sql += orderBy(f, segment, Direction::Forward) + QStringLiteral(" LIMIT 1 OFFSET :offset");
    w.binds.append({ QStringLiteral(":offset"), offset });
    w.pgTypes.insert(QStringLiteral(":offset"), QStringLiteral("bigint"));
    return w;
}

Result<std::optional<VenueKey>> VenueRepository::readKey(const Where &w, VenueSort sort) const
{
    auto q = m_db.exec(QStringLiteral("VenueRepository::readKey"), w.sql, w.binds);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<VenueKey>();
    VenueKey key { q->value(0), q->value(1).toString(), q->value(2).toString() };
    if (sort == VenueSort::Capacity && !key.first.isNull())
        key.first = key.first.toInt();
    else if (sort == VenueSort::Rating && !key.first.isNull())
        key.first = m_db.dialect().ratingFromDb(key.first).value_or(0.0);
    return std::optional<VenueKey>(key);
}

Result<std::optional<VenueKey>> VenueRepository::keyAtOffset(
    const VenueFilter &f, Segment segment, qint64 offset) const
{
    return readKey(keyAtOffsetStatement(f, segment, offset), f.sort);
}

Result<qint64> VenueRepository::countSegment(const VenueFilter &f, Segment segment) const
{
    Where w = filterWhere(f);
    auto v = m_db.scalar(QStringLiteral("VenueRepository::countSegment"),
        QStringLiteral("SELECT count(*) FROM venues WHERE %1").arg(w.sql)
            + segmentCondition(f.sort, segment),
        w.binds);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QList<Venue>> VenueRepository::fetchAtRow(const VenueFilter &f, qint64 row, int limit) const
{
    qint64 remaining = row;
    for (Segment seg : segments(f)) {
        auto key = keyAtOffset(f, seg, remaining);
        if (!key)
            return key.error();
        if (*key)
            return fetchFrom(f, **key, 0, limit);
        auto n = countSegment(f, seg);
        if (!n)
            return n.error();
        remaining -= *n;
        if (remaining < 0)
            break;
    }
    return QList<Venue>();
}

Result<VenueKeyMap> VenueRepository::buildKeyMap(
    const VenueFilter &f, int every, const std::function<bool()> &cancelled) const
{
    VenueKeyMap map;
    for (Segment seg : segments(f)) {
        auto first = keyAtOffset(f, seg, 0);
        if (!first)
            return first.error();
        if (!*first)
            continue; // an empty segment
        VenueKey anchor = **first;
        qint64 row = map.total;
        map.anchors.append({ row, anchor });
        for (;;) {
            if (cancelled && cancelled())
                return map;
            // The key `every` rows on: an index walk of `every` entries, key columns only.
            auto next = readKey(keyAtOffsetStatement(f, seg, every - 1, anchor), f.sort);
            if (!next)
                return next.error();
            if (!*next)
                break;
            anchor = **next;
            row += every;
            map.anchors.append({ row, anchor });
        }
        // The rows after the last anchor, fewer than `every`.
        Where rest = filterWhere(f);
        rest.sql
            = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM venues WHERE %1").arg(rest.sql)
            + segmentCondition(f.sort, seg)
            + keyCondition(f, seg, Direction::Forward, false, anchor, rest)
            + orderBy(f, seg, Direction::Forward) + QStringLiteral(" LIMIT :every) AS t");
        rest.binds.append({ QStringLiteral(":every"), every });
        auto n = m_db.scalar(QStringLiteral("VenueRepository::buildKeyMap"), rest.sql, rest.binds);
        if (!n)
            return n.error();
        map.total = row + 1 + n->toLongLong();
    }
    return map;
}

VenueRepository::Where VenueRepository::quickCountStatement(const VenueFilter &f) const
{
    Where w = filterWhere(f);
    // Counted along the list's own index, so the planner never reads the table to stop early.
    w.sql = QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM venues WHERE %1 ORDER BY %2 LIMIT :cap) AS t")
                .arg(w.sql, sortColumns(f.sort).join(QStringLiteral(", ")));
    w.binds.append({ QStringLiteral(":cap"), kExactCountCap + 1 });
    w.pgTypes.insert(QStringLiteral(":cap"), QStringLiteral("integer"));
    return w;
}

Result<VenueCount> VenueRepository::quickCount(const VenueFilter &f) const
{
    const Where w = quickCountStatement(f);
    auto v = m_db.scalar(QStringLiteral("VenueRepository::quickCount"), w.sql, w.binds);
    if (!v)
        return v.error();
    const qint64 n = v->toLongLong();
    if (n > kExactCountCap)
        return VenueCount { kExactCountCap, VenueCount::Kind::AtLeast };
    return VenueCount { n, VenueCount::Kind::Exact };
}

Result<qint64> VenueRepository::exactCount(const VenueFilter &f) const
{
    Where w = filterWhere(f, true);
    auto v = m_db.scalar(QStringLiteral("VenueRepository::exactCount"),
        QStringLiteral("SELECT count(*) FROM venues WHERE %1").arg(w.sql), w.binds);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<VenueCount> VenueRepository::estimateCount(const VenueFilter &f) const
{
    if (!m_db.dialect().plansOnServer()) {
        auto n = exactCount(f);
        if (!n)
            return n.error();
        return VenueCount { *n, VenueCount::Kind::Exact };
    }
    Where w = filterWhere(f);
    w.sql = QStringLiteral("SELECT 1 FROM venues WHERE ") + w.sql;
    const auto [sql, args] = planArguments(w, m_db.dialect());
    auto v = m_db.scalar(QStringLiteral("VenueRepository::estimateCount"),
        QStringLiteral("SELECT venuemap_plan_rows(:query, CAST(:args AS text[]))"),
        { { QStringLiteral(":query"), sql }, { QStringLiteral(":args"), args } });
    if (!v)
        return v.error();
    return VenueCount { v->toLongLong(), VenueCount::Kind::Estimate };
}

Result<VenueCount> VenueRepository::labelCount(const VenueFilter &f) const
{
    if (m_db.dialect().plansOnServer()) {
        auto estimate = estimateCount(f);
        if (!estimate)
            return estimate.error();
        if (estimate->value > kEstimateFirstAbove)
            return *estimate;
    }
    return quickCount(f);
}

QPair<QString, QString> VenueRepository::planArguments(const Where &w, const SqlDialect &dialect)
{
    QString sql = w.sql;
    QStringList args;
    Binds binds = w.binds;
    // Longest names first, so :k1 never eats the start of :k10.
    std::sort(binds.begin(), binds.end(),
        [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[name, value] : binds) {
        args << value.toString();
        sql.replace(name,
            QStringLiteral("CAST($1[%1] AS %2)")
                .arg(args.size())
                .arg(w.pgTypes.value(name, QStringLiteral("text"))));
    }
    return { sql, dialect.facilitiesToDb(args).toString() };
}

Result<QString> VenueRepository::explain(const Where &w) const
{
    if (m_db.dialect().plansOnServer()) {
        const auto [sql, args] = planArguments(w, m_db.dialect());
        auto v = m_db.scalar(QStringLiteral("VenueRepository::explain"),
            QStringLiteral("SELECT CAST(venuemap_plan(:query, CAST(:args AS text[])) AS text)"),
            { { QStringLiteral(":query"), sql }, { QStringLiteral(":args"), args } });
        if (!v)
            return v.error();
        return v->toString();
    }
    auto q = m_db.exec(QStringLiteral("VenueRepository::explain"),
        QStringLiteral("EXPLAIN QUERY PLAN ") + w.sql, w.binds);
    if (!q)
        return q.error();
    QStringList lines;
    while (q->next())
        lines << q->value(3).toString();
    return lines.join(QLatin1Char('\n'));
}

Result<QStringList> VenueRepository::explainListQueries(
    const VenueFilter &f, const VenueKey &key) const
{
    QList<Where> statements;
    for (Segment seg : segments(f)) {
        statements << segmentStatement(f, seg, std::nullopt, false, Direction::Forward, 100, 0);
        statements << segmentStatement(f, seg, key, false, Direction::Forward, 100, 0);
        statements << segmentStatement(f, seg, key, false, Direction::Backward, 100, 0);
        statements << segmentStatement(f, seg, key, true, Direction::Forward, 100, 500);
        statements << keyAtOffsetStatement(f, seg, 5000);
        statements << keyAtOffsetStatement(f, seg, 999, key);
    }
    statements << quickCountStatement(f);
    QStringList plans;
    for (const Where &w : statements) {
        auto plan = explain(w);
        if (!plan)
            return plan.error();
        plans << *plan;
    }
    return plans;
}

Result<QList<QPair<QString, qint64>>> VenueRepository::cityCounts(int limit) const
{
    VenueFilter live;
    const Where w = filterWhere(live);
    Binds binds = w.binds;
    binds.append({ QStringLiteral(":limit"), limit });
    auto q = m_db.exec(QStringLiteral("VenueRepository::cityCounts"),
        QStringLiteral("SELECT city, count(*) AS n FROM venues WHERE %1 AND city IS NOT NULL "
                       "GROUP BY city ORDER BY n DESC, city LIMIT :limit")
            .arg(w.sql),
        binds);
    if (!q)
        return q.error();
    QList<QPair<QString, qint64>> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toLongLong() });
    return out;
}

Result<QStringList> VenueRepository::facilityNames() const
{
    // A sample along the name index: enough to learn the vocabulary without reading the book.
    auto q = m_db.exec(QStringLiteral("VenueRepository::facilityNames"),
        QStringLiteral("SELECT facilities FROM venues ORDER BY name, id LIMIT 2000"));
    if (!q)
        return q.error();
    // Every term of the vocabulary, and what the sample holds besides (as its canonical label).
    QStringList names = facilityTerms().labels();
    while (q->next()) {
        for (const QString &f : m_db.dialect().facilitiesFromDb(q->value(0))) {
            const QString label = facilityTerms().resolve(f);
            if (!label.isEmpty() && !names.contains(label))
                names << label;
        }
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

Result<QList<Venue>> VenueRepository::search(const VenueFilter &f, int limit) const
{
    QList<Venue> rows;
    std::optional<VenueKey> after;
    while (rows.size() < limit) {
        auto part = fetchAfter(f, after, std::min(500, limit - int(rows.size())));
        if (!part)
            return part.error();
        if (part->isEmpty())
            break;
        after = keyOf(part->last(), f.sort);
        rows.append(*part);
    }
    return rows;
}

Result<Venue> VenueRepository::fetchVenue(const QString &id) const
{
    if (QUuid::fromString(id).isNull())
        return DbError::make(DbError::Kind::NotFound, Tr::tr("open the venue"),
            Tr::tr("There is no venue with that id."),
            QStringLiteral("VenueRepository::fetchVenue"));
    auto q = m_db.exec(QStringLiteral("VenueRepository::fetchVenue"),
        QStringLiteral("SELECT %1 FROM venues WHERE id = :id")
            .arg(VenueMapping::selectList(m_db.dialect())),
        { { QStringLiteral(":id"), id } });
    if (!q)
        return q.error();
    if (!q->next())
        return DbError::make(DbError::Kind::NotFound, Tr::tr("open the venue"),
            Tr::tr("The venue no longer exists; someone may have removed it."),
            QStringLiteral("VenueRepository::fetchVenue"));
    return VenueMapping::read(*q, m_db.dialect());
}

Result<QList<Venue>> VenueRepository::findDuplicates(
    const QString &name, const QString &city, const QString &excludeId) const
{
    Binds binds { { QStringLiteral(":name"), name.trimmed() } };
    QString sql
        = QStringLiteral("SELECT %1 FROM venues WHERE lower(trim(name)) = lower(trim(:name))")
              .arg(VenueMapping::selectList(m_db.dialect()));
    if (city.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (city IS NULL OR trim(city) = '')");
    } else {
        sql += QStringLiteral(" AND lower(trim(city)) = lower(trim(:city))");
        binds.append({ QStringLiteral(":city"), city.trimmed() });
    }
    sql += QStringLiteral(" AND ") + m_db.dialect().flagIs(QStringLiteral("is_deleted"), false);
    if (!excludeId.isEmpty()) {
        sql += QStringLiteral(" AND id <> :exclude");
        binds.append({ QStringLiteral(":exclude"), excludeId });
    }
    sql += QStringLiteral(" ORDER BY name, id LIMIT 20");
    auto q = m_db.exec(QStringLiteral("VenueRepository::findDuplicates"), sql, binds);
    if (!q)
        return q.error();
    QList<Venue> out;
    while (q->next())
        out.append(VenueMapping::read(*q, m_db.dialect()));
    return out;
}

static DbError invalid(
    const QList<VenueFieldProblem> &problems, const QString &operation, const QString &where)
{
    return DbError::make(DbError::Kind::Validation, operation, problems.first().message, where);
}

Result<Venue> VenueRepository::addVenue(const Venue &venue)
{
    const QString op = Tr::tr("add the venue");
    if (const auto problems = validateVenue(venue); !problems.isEmpty())
        return invalid(problems, op, QStringLiteral("VenueRepository::addVenue"));
    const QString id
        = venue.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : venue.id;
    Binds binds = VenueMapping::binds(venue, m_db.dialect());
    binds.append({ QStringLiteral(":id"), id });
    auto q = m_db.exec({ QStringLiteral("VenueRepository::addVenue"), op },
        VenueMapping::insertSql(m_db.dialect()), binds);
    if (!q)
        return q.error();
    if (!q->next())
        return DbError::make(DbError::Kind::Sql, op,
            Tr::tr("The database did not return the venue it added."),
            QStringLiteral("VenueRepository::addVenue"));
    qCInfo(lcVenues) << "added venue" << id;
    return VenueMapping::read(*q, m_db.dialect());
}

Result<Venue> VenueRepository::updateVenue(const Venue &venue)
{
    const QString op = Tr::tr("save the venue");
    if (const auto problems = validateVenue(venue); !problems.isEmpty())
        return invalid(problems, op, QStringLiteral("VenueRepository::updateVenue"));
    Binds binds = VenueMapping::binds(venue, m_db.dialect());
    binds.append({ QStringLiteral(":id"), venue.id });
    binds.append({ QStringLiteral(":version"), venue.version });
    auto q = m_db.exec({ QStringLiteral("VenueRepository::updateVenue"), op },
        VenueMapping::updateSql(m_db.dialect()), binds);
    if (!q)
        return q.error();
    if (q->next())
        return VenueMapping::read(*q, m_db.dialect());
    // No row back: a colleague saved in between, or the venue is gone (fetchVenue says which).
    q->finish();
    auto current = fetchVenue(venue.id);
    if (!current)
        return current.error();
    qCInfo(lcVenues) << "conflict saving venue" << venue.id << "expected version" << venue.version
                     << "found" << current->version;
    return DbError::make(DbError::Kind::Conflict, op,
        Tr::tr("Someone else saved this venue after you opened it."),
        QStringLiteral("VenueRepository::updateVenue"));
}

static Status setDeleted(const Database &db, const QString &id, bool deleted)
{
    const QString op = deleted ? Tr::tr("delete the venue") : Tr::tr("restore the venue");
    const QString value = db.dialect().boolLiteral(deleted);
    auto q = db.exec({ QStringLiteral("VenueRepository::setDeleted"), op },
        QStringLiteral("UPDATE venues SET is_deleted = %1, updated_at = %2, version = version + 1 "
                       "WHERE id = :id")
            .arg(value, db.dialect().now()),
        { { QStringLiteral(":id"), id } });
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return DbError::make(DbError::Kind::NotFound, op, Tr::tr("The venue no longer exists."),
            QStringLiteral("VenueRepository::setDeleted"));
    qCInfo(lcVenues) << (deleted ? "deleted venue" : "restored venue") << id;
    return {};
}

Status VenueRepository::removeVenue(const QString &id)
{
    return setDeleted(m_db, id, true);
}

Status VenueRepository::restoreVenue(const QString &id)
{
    return setDeleted(m_db, id, false);
}

} // namespace VenueMap::Core
