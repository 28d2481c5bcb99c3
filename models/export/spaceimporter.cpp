#include "spaceimporter.h"

#include "auth/session.h"
#include "domain/language.h"
#include "domain/venuefieldparser.h"
#include "repositories/activityrepository.h"
#include "repositories/importrepository.h"
#include "repositories/spacerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context SpaceImporter.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SpaceImporter)
};

} // namespace

namespace {

using Column = VenueSpaceCsv::Column;
using Kind = VenueSpaceCsv::Column::Kind;
using VenueFieldParser::quoted;

const QString kSpacesImportedAction = QStringLiteral("venue_spaces_imported");

bool isBlank(const QStringList &record)
{
    for (const QString &f : record) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString lowerFirst(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toLower();
    return sentence;
}

QString thousands(qsizetype n)
{
    return QLocale(QLocale::English).toString(qint64(n));
}

QString venueCalled(const QString &name, const QString &city)
{
    return city.trimmed().isEmpty()
        ? quoted(name.trimmed())
        : Tr::tr("%1 in %2", "a venue in a city").arg(quoted(name.trimmed()), city.trimmed());
}

QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

QString asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

QString rowList(const QList<int> &rows)
{
    QStringList out;
    for (int r : rows)
        out << QString::number(r);
    return out.join(QStringLiteral(", "));
}

} // namespace

int SpaceImportPreview::invalidCount() const
{
    int n = 0;
    for (const SpaceImportRow &r : rows)
        n += r.valid ? 0 : 1;
    return n;
}

int SpaceImportPlan::newVenueCount() const
{
    int n = 0;
    for (const SpaceImportTarget &t : targets)
        n += t.bookVenueId.isEmpty() ? 1 : 0;
    return n;
}

int SpaceImportPlan::bookVenueCount() const
{
    return int(targets.size()) - newVenueCount();
}

QString SpaceImportPlan::summary() const
{
    QStringList parts;
    const int fresh = newVenueCount();
    const int book = bookVenueCount();
    // Counted texts keep their English "(s)" forms without a translator too (venuemapctl).
    const auto counted = [](const QString &text, int n) { return englishPluralForm(text, n); };
    const QString rooms
        = counted(Tr::tr("%1 room(s)", nullptr, spaceCount).arg(thousands(spaceCount)), spaceCount);
    const QString bookVenues
        = counted(Tr::tr("%1 venue(s)", nullptr, book).arg(thousands(book)), book);
    //: %1 is a number of rooms ("2 rooms"), %2 of venues ("1 new venue")
    if (fresh > 0 && book == 0)
        parts << Tr::tr("%1 for %2")
                     .arg(rooms,
                         counted(Tr::tr("%1 new venue(s)", nullptr, fresh).arg(thousands(fresh)),
                             fresh));
    //: %1 is a number of rooms ("2 rooms"), %2 of venues ("1 venue")
    else if (fresh == 0 && book > 0)
        parts << Tr::tr("%1 for %2 already in the book").arg(rooms, bookVenues);
    //: %1 is a number of rooms ("5 rooms"), %2 a number of new venues, %3 of others ("1 venue")
    else
        parts << Tr::tr("%1 for %2 new and %3 already in the book")
                     .arg(rooms, thousands(fresh), bookVenues);
    if (book > 0 && alone)
        parts << (book == 1 ? Tr::tr("they replace the rooms of that venue; a rooms file "
                                     "alone is not an import batch and cannot be undone")
                            : Tr::tr("they replace the rooms of those venues; a rooms file "
                                     "alone is not an import batch and cannot be undone"));
    else if (book > 0)
        parts << (book == 1 ? Tr::tr("they replace the rooms of that venue, and undoing the "
                                     "import does not put its old rooms back")
                            : Tr::tr("they replace the rooms of those venues, and undoing the "
                                     "import does not put their old rooms back"));
    if (skippedRows > 0)
        parts << (skippedRows == 1 ? Tr::tr("1 room skipped with its invalid venue row")
                                   : Tr::tr("%1 rooms skipped with their invalid venue rows")
                                         .arg(thousands(skippedRows)));
    //: the separator between the parts of an import's summary: "2 rooms for 1 venue; ..."
    return parts.join(Tr::tr("; ", "summary separator")) + Tr::tr(".", "summary end");
}

SpaceImportPreview SpaceImporter::analyze(QByteArrayView bytes, const QString &fileName)
{
    SpaceImportPreview p;
    p.fileName = fileName;
    CsvParseResult parsed = CsvReader::parse(bytes);
    if (!parsed.ok()) {
        p.fileError = parsed.error().message();
        return p;
    }
    const CsvDocument document = parsed.takeDocument();
    if (document.records.isEmpty() || isBlank(document.records.first())) {
        p.headerIssues.append({ 0, 0, {},
            Tr::tr("The rooms file is empty: the first row must name the columns "
                   "(Venue, City, Space, Part of, Theatre, ...).") });
        return p;
    }
    p.headers = document.records.first();
    QHash<int, int> columnOf; // a column's identity (kind * 16 + layout) -> its index
    auto identity = [](const Column &c) { return int(c.kind) * 16 + int(c.layout); };
    for (int c = 0; c < p.headers.size(); ++c) {
        auto column = VenueSpaceCsv::columnForHeader(p.headers.at(c));
        if (column && columnOf.contains(identity(*column))) {
            p.headerIssues.append({ 1, c + 1, p.headers.at(c),
                Tr::tr("columns %1 and %2 both hold the %3; keep one.")
                    .arg(columnOf.value(identity(*column)) + 1)
                    .arg(c + 1)
                    .arg(VenueSpaceCsv::columnLabel(*column)) });
            column.reset();
        } else if (column) {
            columnOf.insert(identity(*column), c);
        } else if (!p.headers.at(c).trimmed().isEmpty()) {
            p.ignoredColumns << p.headers.at(c).trimmed();
        }
        p.mapping.append(column);
    }
    for (Kind needed : { Kind::Venue, Kind::Space }) {
        if (!columnOf.contains(identity({ needed }))) {
            QStringList found;
            for (const QString &h : std::as_const(p.headers))
                found << quoted(h);
            p.headerIssues.append({ 0, 0, {},
                (needed == Kind::Venue
                        ? Tr::tr("No column holds the venue's name: the first row of a rooms "
                                 "file names the columns, among them \"%1\" (found %2).")
                        : Tr::tr("No column holds the space's name: the first row of a rooms "
                                 "file names the columns, among them \"%1\" (found %2)."))
                    .arg(VenueSpaceCsv::columnLabel({ needed }),
                        found.join(QStringLiteral(", "))) });
        }
    }
    if (!p.headerIssues.isEmpty())
        return p;

    const int width = int(p.headers.size());
    for (qsizetype r = 1; r < document.records.size(); ++r) {
        const QStringList &record = document.records.at(r);
        const int rowNumber = int(r) + 1;
        if (isBlank(record)) {
            ++p.blankRows;
            continue;
        }
        SpaceImportRow row;
        row.row = rowNumber;
        auto problem = [&](int column, const QString &reason) {
            row.valid = false;
            p.issues.append({ rowNumber, column,
                column > 0 ? p.headers.value(column - 1) : QString(), reason });
        };
        if (record.size() != width) {
            problem(0,
                Tr::tr("the row has %1 fields but the header has %2; a value may hold an unquoted "
                       "\"%3\".")
                    .arg(record.size())
                    .arg(width)
                    .arg(QLatin1Char(document.delimiter)));
            p.rows.append(row);
            continue;
        }
        VenueSpace &s = row.space;
        // The space's name first: the capacity sentences name it.
        for (int c = 0; c < width; ++c)
            if (p.mapping.at(c) && p.mapping.at(c)->kind == Kind::Space)
                s.name = record.at(c).trimmed();
        for (int c = 0; c < width; ++c) {
            const auto &column = p.mapping.at(c);
            if (!column)
                continue;
            const QString text = record.at(c).trimmed();
            switch (column->kind) {
            case Kind::Venue:
                row.venueName = text;
                if (text.isEmpty())
                    problem(c + 1,
                        Tr::tr("the venue is empty; each room names the venue it belongs "
                               "to, with its city."));
                break;
            case Kind::City:
                row.city = text;
                break;
            case Kind::Space:
                if (text.isEmpty())
                    problem(c + 1, Tr::tr("the space has no name; every space needs a name."));
                break;
            case Kind::PartOf:
                row.parentName = text;
                break;
            case Kind::Floor:
                s.floor = text;
                break;
            case Kind::Notes:
                s.notes = record.at(c);
                break;
            case Kind::Area:
            case Kind::Ceiling: {
                if (text.isEmpty())
                    break;
                const auto value = VenueFieldParser::decimal(text);
                if (!value) {
                    problem(c + 1,
                        column->kind == Kind::Area
                            ? Tr::tr("the area in m² must be a number, not %1.").arg(quoted(text))
                            : Tr::tr("the ceiling height in m must be a number, not %1.")
                                  .arg(quoted(text)));
                    break;
                }
                (column->kind == Kind::Area ? s.areaM2 : s.ceilingHeightM) = *value;
                break;
            }
            case Kind::Daylight:
                if (text.isEmpty())
                    break;
                if (auto yes = VenueSpaceCsv::daylightFromText(text))
                    s.hasDaylight = *yes;
                else
                    problem(c + 1,
                        Tr::tr("daylight is \"yes\", \"no\" or empty, not %1.").arg(quoted(text)));
                break;
            case Kind::Layout: {
                const SpaceCapacityParse parsed = parseSpaceCapacity(s.name, column->layout, text);
                if (!parsed.problem.isEmpty())
                    problem(c + 1, lowerFirst(parsed.problem));
                else if (parsed.value)
                    s.capacities.insert(column->layout, *parsed.value);
                break;
            }
            }
        }
        // Lengths and ranges, in the words of the editor.
        if (row.valid && !s.name.isEmpty()) {
            VenueSpace alone = s;
            alone.parentId.clear();
            for (const QString &sentence : validateSpaces({ alone }))
                problem(0, lowerFirst(sentence));
        }
        p.rows.append(std::move(row));
    }
    if (p.rows.isEmpty()) {
        p.headerIssues.append(
            { 0, 0, {}, Tr::tr("The rooms file has a header row but no rooms.") });
        return p;
    }

    // Within each venue: names once, "Part of" another space of the same venue, no cycles.
    int spaceColumn = 0, parentColumn = 0;
    for (int c = 0; c < width; ++c) {
        if (p.mapping.at(c) && p.mapping.at(c)->kind == Kind::Space)
            spaceColumn = c + 1;
        if (p.mapping.at(c) && p.mapping.at(c)->kind == Kind::PartOf)
            parentColumn = c + 1;
    }
    QHash<QString, QList<int>> groups; // venue key -> row indexes
    QStringList order;
    for (int i = 0; i < p.rows.size(); ++i) {
        const SpaceImportRow &r = p.rows.at(i);
        if (r.venueName.isEmpty() || r.space.name.isEmpty())
            continue;
        const QString key = VenueImporter::duplicateKey(r.venueName, r.city);
        if (!groups.contains(key))
            order << key;
        groups[key].append(i);
    }
    for (const QString &key : std::as_const(order)) {
        const QList<int> &indexes = groups.value(key);
        QHash<QString, int> byName; // name key -> row index
        for (int i : indexes) {
            SpaceImportRow &r = p.rows[i];
            const QString k = nameKey(r.space.name);
            if (const auto first = byName.constFind(k); first != byName.cend()) {
                r.valid = false;
                p.issues.append({ r.row, spaceColumn, p.headers.value(spaceColumn - 1),
                    Tr::tr("%1 is already a space of %2 (row %3); a space name is used "
                           "once per venue.")
                        .arg(quoted(r.space.name), venueCalled(r.venueName, r.city))
                        .arg(p.rows.at(*first).row) });
                continue;
            }
            byName.insert(k, i);
        }
        for (int i : indexes) {
            SpaceImportRow &r = p.rows[i];
            if (r.parentName.isEmpty())
                continue;
            auto parentIssue = [&](const QString &reason) {
                r.valid = false;
                p.issues.append({ r.row, parentColumn, p.headers.value(parentColumn - 1), reason });
            };
            if (!byName.contains(nameKey(r.parentName))) {
                parentIssue(Tr::tr("%1 is not a space of %2 in this file; \"Part of\" "
                                   "names another space of the same venue.")
                                .arg(quoted(r.parentName), venueCalled(r.venueName, r.city)));
                continue;
            }
            // Up the parents by name: reaching this space again is a cycle.
            QString at = nameKey(r.parentName);
            for (int steps = 0; !at.isEmpty(); ++steps) {
                if (at == nameKey(r.space.name) || steps > indexes.size()) {
                    parentIssue(Tr::tr("%1 would be inside one of its own parts (a \"Part of\" "
                                       "cycle).")
                                    .arg(quoted(r.space.name)));
                    break;
                }
                const auto next = byName.constFind(at);
                at = next == byName.cend() ? QString() : nameKey(p.rows.at(*next).parentName);
            }
        }
    }
    std::stable_sort(p.issues.begin(), p.issues.end(),
        [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    return p;
}

Result<SpaceImportPreview> SpaceImporter::preview(
    QByteArrayView bytes, const QString &fileName) const
{
    SpaceImportPreview p = analyze(bytes, fileName);
    if (p.isBlocked())
        return p;
    QStringList names;
    QSet<QString> seen;
    for (const SpaceImportRow &r : std::as_const(p.rows)) {
        const QString n = r.venueName.trimmed();
        // Both spellings of lower(): SQLite's folds ASCII only, PostgreSQL's follows its locale.
        for (const QString &variant : { asciiLower(n), n.toLower() }) {
            if (!n.isEmpty() && !seen.contains(variant)) {
                seen.insert(variant);
                names << variant;
            }
        }
    }
    auto existing = ImportRepository(m_db).findByNames(names);
    if (!existing)
        return existing.error();
    for (const ExistingVenueKey &k : std::as_const(*existing))
        p.bookVenues[VenueImporter::duplicateKey(k.name, k.city)].append(k.id);
    return p;
}

SpaceImportPlan SpaceImporter::plan(
    const SpaceImportPreview &spaces, const ImportPreview *venues, const ImportOptions &options)
{
    SpaceImportPlan plan;
    plan.alone = venues == nullptr;
    if (spaces.isBlocked())
        return plan;
    // The venues file's rows by key: those the import writes, and those it skips as invalid.
    QHash<QString, QList<int>> imported;
    QSet<QString> skippedInvalid;
    if (venues && !venues->isBlocked()) {
        for (const ImportRow &r : venues->rows) {
            if (!r.valid) {
                if (options.skipInvalid && !r.venue.name.trimmed().isEmpty())
                    skippedInvalid.insert(VenueImporter::duplicateKey(r.venue.name, r.venue.city));
                continue;
            }
            if (r.duplicate && !options.includeDuplicates)
                continue;
            imported[VenueImporter::duplicateKey(r.venue.name, r.venue.city)].append(r.row);
        }
    }
    // No venue written: the rooms are written alone, without a batch.
    plan.alone = imported.isEmpty();
    QHash<QString, int> targetOf;
    for (int i = 0; i < spaces.rows.size(); ++i) {
        const SpaceImportRow &r = spaces.rows.at(i);
        if (r.venueName.isEmpty())
            continue;
        const QString key = VenueImporter::duplicateKey(r.venueName, r.city);
        if (const auto t = targetOf.constFind(key); t != targetOf.cend()) {
            if (*t >= 0) {
                plan.targets[*t].rows.append(i);
                ++plan.spaceCount;
            } else if (*t == -2) {
                ++plan.skippedRows;
            }
            continue;
        }
        const QString venue = venueCalled(r.venueName, r.city);
        auto refuse = [&](const QString &reason) {
            plan.issues.append({ r.row, 0, {}, reason });
            targetOf.insert(key, -1);
        };
        const QList<int> fileRows = imported.value(key);
        if (fileRows.size() > 1) {
            refuse(Tr::tr("the venues file imports %1 venues named %2 (rows %3), so the "
                          "rooms cannot tell which is theirs; give each a distinct name "
                          "or city.")
                       .arg(fileRows.size())
                       .arg(venue, rowList(fileRows)));
            continue;
        }
        SpaceImportTarget target;
        target.key = key;
        target.venueName = r.venueName;
        target.city = r.city;
        if (fileRows.isEmpty()) {
            if (skippedInvalid.contains(key)) {
                targetOf.insert(key, -2);
                ++plan.skippedRows;
                continue;
            }
            const QStringList book = spaces.bookVenues.value(key);
            if (book.isEmpty()) {
                refuse(venues
                        ? Tr::tr("there is no venue %1 in the book nor in the venues file; the "
                                 "Venue and City columns name a venue exactly as it is spelled "
                                 "there (case and surrounding spaces aside).")
                              .arg(venue)
                        : Tr::tr("there is no venue %1 in the book; the Venue and City columns "
                                 "name a venue exactly as it is spelled there (case and "
                                 "surrounding spaces aside).")
                              .arg(venue));
                continue;
            }
            if (book.size() > 1) {
                refuse(Tr::tr("the book has %1 venues named %2, so the rooms cannot tell "
                              "which is theirs; rename one of them first.")
                           .arg(book.size())
                           .arg(venue));
                continue;
            }
            target.bookVenueId = book.first();
        }
        target.rows.append(i);
        ++plan.spaceCount;
        targetOf.insert(key, int(plan.targets.size()));
        plan.targets.append(std::move(target));
    }
    // Later rows of a refused venue name their row too, so that each can be found in the file.
    QHash<QString, int> refusedAt; // key -> the row that says why
    for (int i = 0; i < spaces.rows.size(); ++i) {
        const SpaceImportRow &r = spaces.rows.at(i);
        if (r.venueName.isEmpty())
            continue;
        const QString key = VenueImporter::duplicateKey(r.venueName, r.city);
        if (targetOf.value(key) != -1)
            continue;
        if (const auto first = refusedAt.constFind(key); first == refusedAt.cend())
            refusedAt.insert(key, r.row); // the row refuse() named
        else
            plan.issues.append({ r.row, 0, {},
                Tr::tr("the venue %1 cannot be matched, as row %2 says.")
                    .arg(venueCalled(r.venueName, r.city))
                    .arg(*first) });
    }
    std::stable_sort(plan.issues.begin(), plan.issues.end(),
        [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    return plan;
}

Status SpaceImporter::check(const SpaceImportPreview &spaces, const SpaceImportPlan &plan)
{
    const QString op = Tr::tr("import the rooms");
    const QString where = QStringLiteral("SpaceImporter::check");
    auto refuse = [&](const QList<ImportIssue> &issues) {
        QStringList sentences;
        for (const ImportIssue &i : issues)
            sentences << i.text();
        const int rows = int(issues.size());
        return DbError::make(DbError::Kind::Validation, op,
            rows == 1 ? Tr::tr("The rooms file has a problem (%1): nothing was imported. %2")
                            .arg(spaces.fileName, sentences.join(QLatin1Char(' ')))
                      : Tr::tr("The rooms file has %1 problems (%2): nothing was imported. %3")
                            .arg(QString::number(rows), spaces.fileName,
                                sentences.join(QLatin1Char(' '))),
            where);
    };
    if (!spaces.fileError.isEmpty())
        return DbError::make(DbError::Kind::Validation, op,
            QStringLiteral("%1: %2").arg(spaces.fileName, spaces.fileError), where);
    if (!spaces.headerIssues.isEmpty())
        return refuse(spaces.headerIssues);
    if (!spaces.issues.isEmpty())
        return refuse(spaces.issues);
    if (!plan.issues.isEmpty())
        return refuse(plan.issues);
    return {};
}

QHash<QString, int> SpaceImporter::largestCapacities(
    const SpaceImportPreview &spaces, const SpaceImportPlan &plan)
{
    QHash<QString, int> out;
    for (const SpaceImportTarget &target : plan.targets) {
        if (!target.bookVenueId.isEmpty())
            continue;
        QList<VenueSpace> list;
        for (int i : target.rows)
            list.append(spaces.rows.at(i).space);
        if (const auto largest = largestSpaceCapacity(list))
            out.insert(target.key, *largest);
    }
    return out;
}

Result<SpaceImportOutcome> SpaceImporter::write(const SpaceImportPreview &spaces,
    const SpaceImportPlan &plan, const QHash<QString, QString> &newVenueIds) const
{
    const QString op = Tr::tr("import the rooms");
    const QString where = QStringLiteral("SpaceImporter::write");
    SpaceRepository repo(m_db);
    SpaceImportOutcome outcome;
    // The rooms the book's venues have now, read for all of them at once.
    QStringList bookIds;
    for (const SpaceImportTarget &target : plan.targets)
        if (!target.bookVenueId.isEmpty())
            bookIds << target.bookVenueId;
    QHash<QString, QList<VenueSpace>> storedSpaces;
    if (!bookIds.isEmpty()) {
        auto stored = repo.fetchSpacesOfVenues(bookIds);
        if (!stored)
            return stored.error().withOperation(op);
        storedSpaces = *stored;
    }
    // A room the file leaves out goes; one that a live hold names stays unless the hold is
    // released first (the hold would silently become a hold of the whole venue).
    {
        QHash<QString, std::pair<const SpaceImportTarget *, QString>> leftOut; // id -> venue, name
        for (const SpaceImportTarget &target : plan.targets) {
            if (target.bookVenueId.isEmpty())
                continue;
            QSet<QString> named;
            for (int i : target.rows)
                named.insert(nameKey(spaces.rows.at(i).space.name));
            for (const VenueSpace &s : storedSpaces.value(target.bookVenueId))
                if (!named.contains(nameKey(s.name)))
                    leftOut.insert(s.id, { &target, s.name });
        }
        if (!leftOut.isEmpty()) {
            auto held = repo.liveHoldCounts(leftOut.keys());
            if (!held)
                return held.error().withOperation(op);
            QStringList sentences;
            for (auto it = held->cbegin(); it != held->cend(); ++it) {
                const auto &[target, name] = leftOut.value(it.key());
                const QString room = quoted(name);
                const QString venue = venueCalled(target->venueName, target->city);
                sentences << (it.value() == 1
                        ? Tr::tr("The rooms file leaves out %1 of %2, which 1 live hold names; "
                                 "keep the room in the file, or release it first.")
                              .arg(room, venue)
                        : Tr::tr("The rooms file leaves out %1 of %2, which %3 live holds name; "
                                 "keep the room in the file, or release them first.")
                              .arg(room, venue, QString::number(it.value())));
            }
            if (!sentences.isEmpty()) {
                sentences.sort();
                return DbError::make(DbError::Kind::Validation, op,
                    Tr::tr("%1 Nothing was imported.").arg(sentences.join(QLatin1Char(' '))),
                    where);
            }
        }
    }
    QList<VenueSpace> fresh;
    for (const SpaceImportTarget &target : plan.targets) {
        const QString venueId
            = target.bookVenueId.isEmpty() ? newVenueIds.value(target.key) : target.bookVenueId;
        if (venueId.isEmpty())
            return DbError::make(DbError::Kind::NotFound, op,
                Tr::tr("The venue %1 was not written, so its rooms cannot be.")
                    .arg(venueCalled(target.venueName, target.city)),
                where);
        const QList<VenueSpace> fetched = storedSpaces.value(venueId);
        // A stored space of the same name keeps its id (and is not written when unchanged).
        QHash<QString, const VenueSpace *> storedByName;
        for (const VenueSpace &s : std::as_const(fetched))
            storedByName.insert(nameKey(s.name), &s);
        QList<VenueSpace> list;
        QHash<QString, QString> idByName;
        for (int i : target.rows) {
            VenueSpace s = spaces.rows.at(i).space;
            s.name = s.name.trimmed();
            if (const VenueSpace *old = storedByName.value(nameKey(s.name))) {
                s.id = old->id;
                s.version = old->version;
                s.createdAt = old->createdAt;
                s.updatedAt = old->updatedAt;
            } else {
                s.id = Sql::newId();
                s.version = 0;
            }
            s.venueId = venueId;
            s.sortOrder = int(list.size());
            idByName.insert(nameKey(s.name), s.id);
            list.append(std::move(s));
        }
        for (int k = 0; k < list.size(); ++k) {
            const QString parent = spaces.rows.at(target.rows.at(k)).parentName;
            list[k].parentId = parent.isEmpty() ? QString() : idByName.value(nameKey(parent));
        }
        if (const QStringList problems = validateSpaces(list); !problems.isEmpty())
            return DbError::make(DbError::Kind::Validation, op,
                //: %1 names a venue, %2 is what is wrong with its rooms
                Tr::tr("The rooms of %1: %2")
                    .arg(venueCalled(target.venueName, target.city),
                        problems.join(QLatin1Char(' '))),
                where);
        outcome.spaces += int(list.size());
        if (fetched.isEmpty()) {
            // A venue without rooms yet (new, or in the book): all of them go in a few bulk
            // statements below.
            fresh += list;
        } else if (Status s = repo.writeSpaces(venueId, fetched, list); !s) {
            return s.error().withOperation(op);
        }
        (target.bookVenueId.isEmpty() ? outcome.newVenues : outcome.bookVenues) += 1;
    }
    if (!fresh.isEmpty())
        if (Status s = repo.insertNewSpaces(fresh, op); !s)
            return s.error();
    return outcome;
}

Result<SpaceImportOutcome> SpaceImporter::commit(
    const SpaceImportPreview &spaces, const SpaceImportPlan *given) const
{
    const QString op = Tr::tr("import the rooms");
    const SpaceImportPlan planned = given ? *given : plan(spaces, nullptr, {});
    if (Status s = check(spaces, planned); !s)
        return s.error();
    if (planned.isEmpty())
        return DbError::make(DbError::Kind::Validation, op,
            Tr::tr("The rooms file holds no room: nothing to import."),
            QStringLiteral("SpaceImporter::commit"));
    TransactionGuard guard(m_db);
    if (Status s = guard.begun(); !s)
        return s.error().withOperation(op);
    auto outcome = write(spaces, planned, {});
    if (!outcome)
        return outcome.error();
    ActivityRepository activity(m_db, Session::userId().toString());
    if (Status s = activity.append({}, kSpacesImportedAction,
            { { QStringLiteral("file"), spaces.fileName },
                { QStringLiteral("spaces"), outcome->spaces },
                { QStringLiteral("venues"), outcome->bookVenues } });
        !s)
        return s.error();
    if (Status s = guard.commit(); !s)
        return s.error().withOperation(op);
    return outcome;
}

} // namespace VenueMap::Core
