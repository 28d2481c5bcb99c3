// VenueRepository on both backends: keyset windows in every order, jumps, filters, literal
// search, counts, optimistic locking, soft delete, duplicates and photos.
#include "repositories/photorepository.h"
#include "repositories/venuerepository.h"
#include "testdatabase.h"
#include "venuetestdata.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

QVariant sortValue(const Venue &v, VenueSort sort)
{
    return VenueRepository::keyOf(v, sort).first;
}

int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString());
    const double x = a.toDouble(), y = b.toDouble();
    return x < y ? -1 : (x > y ? 1 : 0);
}

// The order the list promises: the sort column (NULLs last either way), then name for the city
// order, then id.
bool before(const Venue &a, const Venue &b, VenueSort sort, bool desc)
{
    const QVariant ka = sortValue(a, sort), kb = sortValue(b, sort);
    if (ka.isNull() != kb.isNull())
        return kb.isNull();
    auto decide = [desc](int c) { return desc ? c > 0 : c < 0; };
    if (!ka.isNull())
        if (int c = compareValues(ka, kb))
            return decide(c);
    if (sort == VenueSort::City)
        if (int c = a.name.compare(b.name))
            return decide(c);
    return decide(a.id.compare(b.id));
}

QStringList ids(const QList<Venue> &rows)
{
    QStringList out;
    for (const Venue &v : rows)
        out << v.id;
    return out;
}

QList<Venue> everything(const VenueRepository &repo, const VenueFilter &f)
{
    auto all = repo.search(f, 1000000);
    return all ? *all : QList<Venue>();
}

QByteArray pngBytes(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestVenueRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overLongRowFromBeforeTheLimitsSaysWhatToShorten_data() { addBackendRows(); }
    void overLongRowFromBeforeTheLimitsSaysWhatToShorten();
    void addFetchUpdate_data() { addBackendRows(); }
    void addFetchUpdate();
    void conflictWithSecondConnection_data() { addBackendRows(); }
    void conflictWithSecondConnection();
    void keysetWindowsInEveryOrder_data() { addBackendRows(); }
    void keysetWindowsInEveryOrder();
    void filtersCombine_data() { addBackendRows(); }
    void filtersCombine();
    void searchIsLiteral_data() { addBackendRows(); }
    void searchIsLiteral();
    void counts_data() { addBackendRows(); }
    void counts();
    void softDeleteAndRestore_data() { addBackendRows(); }
    void softDeleteAndRestore();
    void duplicates_data() { addBackendRows(); }
    void duplicates();
    void photos_data() { addBackendRows(); }
    void photos();
    void commandLineSearch_data() { addBackendRows(); }
    void commandLineSearch();
};

void TestVenueRepository::addFetchUpdate()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueRepository repo(*db);
    Venue v = makeVenue(QStringLiteral("  Grand Hall "), QStringLiteral("Lyon"), 250, 4.5,
        { QStringLiteral("wifi"), QStringLiteral("stage") });
    v.contactEmail = QStringLiteral("events@grandhall.example");
    v.website = QStringLiteral("www.grandhall.example");
    v.latitude = 45.76;
    auto added = repo.addVenue(v);
    VM_VERIFY_OK(added);
    QCOMPARE(added->name, QStringLiteral("Grand Hall"));
    QCOMPARE(added->version, 1);
    QCOMPARE(added->facilities, (QStringList { QStringLiteral("wifi"), QStringLiteral("stage") }));
    QCOMPARE(added->rating, std::optional<double>(4.5));
    QCOMPARE(added->capacity, std::optional<int>(250));
    QVERIFY(added->address.isEmpty());
    QVERIFY(added->createdAt.isValid());
    // The timestamps are the server's, in UTC, to the millisecond (read as ISO text on both
    // backends, never through the local time zone).
    QCOMPARE(added->createdAt.timeSpec(), Qt::UTC);
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE venues SET created_at = :t WHERE id = :id"),
        { { QStringLiteral(":t"),
              db->dialect().toDb(QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 987), Qt::UTC)) },
            { QStringLiteral(":id"), added->id } }));
    auto stamped = repo.fetchVenue(added->id);
    VM_VERIFY_OK(stamped);
    QCOMPARE(stamped->createdAt, QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 987), Qt::UTC));
    QCOMPARE(stamped->createdAt.timeSpec(), Qt::UTC);

    Venue edited = *added;
    edited.capacity.reset();
    edited.rating = 3.0;
    edited.notes = QStringLiteral("Quote 'early' \\ \"late\"");
    auto saved = repo.updateVenue(edited);
    VM_VERIFY_OK(saved);
    QCOMPARE(saved->version, 2);
    QVERIFY(!saved->capacity);
    QCOMPARE(saved->notes, edited.notes);

    Venue bad = *saved;
    bad.name = QStringLiteral("   ");
    auto refused = repo.updateVenue(bad);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, DbError::Kind::Validation);
    QCOMPARE(validateVenue(bad).first().field, VenueField::Name);
}

void TestVenueRepository::conflictWithSecondConnection()
{
    VM_TEMP_DATABASE(temp);
    auto mine = temp.openMigrated();
    VM_VERIFY_OK(mine);
    auto theirs = temp.open();
    VM_VERIFY_OK(theirs);
    VenueRepository myRepo(*mine), theirRepo(*theirs);
    auto added
        = myRepo.addVenue(makeVenue(QStringLiteral("Dock 5"), QStringLiteral("Hamburg"), 100, 4.0));
    VM_VERIFY_OK(added);

    // A colleague opens and saves the same venue first.
    auto colleague = theirRepo.fetchVenue(added->id);
    VM_VERIFY_OK(colleague);
    colleague->capacity = 180;
    VM_VERIFY_OK(theirRepo.updateVenue(*colleague));

    Venue stale = *added;
    stale.notes = QStringLiteral("my notes");
    auto conflict = myRepo.updateVenue(stale);
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().kind, DbError::Kind::Conflict);
    auto current = myRepo.fetchVenue(added->id);
    VM_VERIFY_OK(current);
    QCOMPARE(current->capacity, std::optional<int>(180)); // theirs is not overwritten
    QCOMPARE(current->version, 2);

    // Mixing: keep their capacity, add my notes, on top of their version.
    Venue merged = *current;
    copyVenueField(stale, merged, VenueField::Notes);
    auto saved = myRepo.updateVenue(merged);
    VM_VERIFY_OK(saved);
    QCOMPARE(saved->notes, QStringLiteral("my notes"));
    QCOMPARE(saved->capacity, std::optional<int>(180));
    QCOMPARE(saved->version, 3);
}

void TestVenueRepository::keysetWindowsInEveryOrder()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 300));
    VenueRepository repo(*db);

    for (VenueSort sort :
        { VenueSort::Name, VenueSort::City, VenueSort::Capacity, VenueSort::Rating }) {
        for (bool desc : { false, true }) {
            VenueFilter f;
            f.sort = sort;
            f.descending = desc;
            const QString what = QStringLiteral("sort %1 desc %2").arg(int(sort)).arg(desc);
            QList<Venue> expected = everything(repo, VenueFilter());
            QCOMPARE(expected.size(), 300);
            std::stable_sort(expected.begin(), expected.end(),
                [&](const Venue &a, const Venue &b) { return before(a, b, sort, desc); });

            // Forward in windows of 7.
            QList<Venue> walked;
            std::optional<VenueKey> after;
            for (;;) {
                auto page = repo.fetchAfter(f, after, 7);
                VM_VERIFY_OK(page);
                if (page->isEmpty())
                    break;
                walked.append(*page);
                after = VenueRepository::keyOf(page->last(), sort);
            }
            QVERIFY2(ids(walked) == ids(expected), qPrintable(what));

            // Backward from the end in windows of 11.
            QList<Venue> back;
            VenueKey key = VenueRepository::keyOf(expected.last(), sort);
            back.prepend(expected.last());
            for (;;) {
                auto page = repo.fetchBefore(f, key, 11);
                VM_VERIFY_OK(page);
                if (page->isEmpty())
                    break;
                back = *page + back;
                key = VenueRepository::keyOf(page->first(), sort);
            }
            QVERIFY2(ids(back) == ids(expected), qPrintable(what));

            // Jumps: through the key map and without it.
            auto map = repo.buildKeyMap(f, 50);
            VM_VERIFY_OK(map);
            QCOMPARE(map->total, 300);
            for (qint64 row : { 0, 1, 49, 50, 51, 137, 269, 270, 285, 299 }) {
                const auto anchor = map->anchorFor(row);
                QVERIFY(anchor);
                QVERIFY(anchor->first <= row && row - anchor->first < 50);
                auto viaMap = repo.fetchFrom(f, anchor->second, int(row - anchor->first), 5);
                VM_VERIFY_OK(viaMap);
                auto viaOffset = repo.fetchAtRow(f, row, 5);
                VM_VERIFY_OK(viaOffset);
                const QStringList want = ids(expected.mid(row, 5));
                QVERIFY2(ids(*viaMap) == want,
                    qPrintable(what + QStringLiteral(" map row %1").arg(row)));
                QVERIFY2(ids(*viaOffset) == want,
                    qPrintable(what + QStringLiteral(" offset row %1").arg(row)));
            }
        }
    }
}

void TestVenueRepository::filtersCombine()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 400));
    VenueRepository repo(*db);
    const QList<Venue> all = everything(repo, VenueFilter());

    struct Case
    {
        QString name;
        VenueFilter filter;
        std::function<bool(const Venue &)> keep;
    };
    QList<Case> cases;
    {
        VenueFilter f;
        f.city = QStringLiteral("City 05");
        cases.append({ QStringLiteral("city"), f,
            [](const Venue &v) { return v.city == QLatin1String("City 05"); } });
    }
    {
        VenueFilter f;
        f.minCapacity = 500;
        f.maxCapacity = 1500;
        f.sort = VenueSort::Capacity;
        cases.append({ QStringLiteral("capacity range"), f, [](const Venue &v) {
                          return v.capacity && *v.capacity >= 500 && *v.capacity <= 1500;
                      } });
    }
    {
        VenueFilter f;
        f.facilities = { QStringLiteral("wifi"), QStringLiteral("stage") };
        f.sort = VenueSort::Rating;
        f.descending = true;
        cases.append({ QStringLiteral("facilities"), f, [](const Venue &v) {
                          return v.facilities.contains(QLatin1String("wifi"))
                              && v.facilities.contains(QLatin1String("stage"));
                      } });
    }
    {
        VenueFilter f;
        f.minRating = 3.5;
        f.sort = VenueSort::City;
        cases.append({ QStringLiteral("rating"), f,
            [](const Venue &v) { return v.rating && *v.rating >= 3.5; } });
    }
    {
        VenueFilter f;
        f.city = QStringLiteral("City 11");
        f.minCapacity = 300;
        f.facilities = { QStringLiteral("parking"), QStringLiteral("wifi") };
        f.minRating = 1.0;
        f.text = QStringLiteral("venue 00");
        cases.append({ QStringLiteral("combined"), f, [](const Venue &v) {
                          return v.city == QLatin1String("City 11") && v.capacity
                              && *v.capacity >= 300 && v.rating && *v.rating >= 1.0
                              && v.facilities.contains(QLatin1String("parking"))
                              && v.facilities.contains(QLatin1String("wifi"));
                      } });
    }
    {
        VenueFilter f;
        f.text = QStringLiteral("ity 2"); // city, not name
        cases.append({ QStringLiteral("text in city"), f,
            [](const Venue &v) { return v.city.contains(QLatin1String("ity 2")); } });
    }
    {
        VenueFilter f;
        f.text = QStringLiteral("Ve"); // short: name prefix
        cases.append({ QStringLiteral("short text"), f, [](const Venue &) { return true; } });
    }
    for (const Case &c : cases) {
        QList<Venue> expected;
        for (const Venue &v : all)
            if (c.keep(v))
                expected.append(v);
        std::stable_sort(expected.begin(), expected.end(), [&](const Venue &a, const Venue &b) {
            return before(a, b, c.filter.sort, c.filter.descending);
        });
        QVERIFY2(!expected.isEmpty(), qPrintable(c.name));
        auto got = repo.search(c.filter, 1000);
        VM_VERIFY_OK(got);
        QVERIFY2(ids(*got) == ids(expected),
            qPrintable(
                c.name + QStringLiteral(": %1 vs %2").arg(got->size()).arg(expected.size())));
        auto count = repo.quickCount(c.filter);
        VM_VERIFY_OK(count);
        QCOMPARE(count->value, expected.size());
        QCOMPARE(count->kind, VenueCount::Kind::Exact);
    }
}

void TestVenueRepository::searchIsLiteral()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueRepository repo(*db);
    const QStringList names = { QStringLiteral("50% Hall"), QStringLiteral("500 Hall"),
        QStringLiteral("a_b Loft"), QStringLiteral("axb Loft"), QStringLiteral("O'Brien's Barn"),
        QStringLiteral("Back\\slash Club"), QStringLiteral("Backslash Club"),
        QStringLiteral("The \"Quoted\" Room"), QStringLiteral("Quoted Room") };
    for (const QString &n : names)
        VM_VERIFY_OK(repo.addVenue(makeVenue(n, QStringLiteral("Bern"), 10, 3.0)));

    const QList<QPair<QString, QStringList>> cases = {
        { QStringLiteral("50%"), { QStringLiteral("50% Hall") } },
        { QStringLiteral("0% h"), { QStringLiteral("50% Hall") } },
        { QStringLiteral("a_b"), { QStringLiteral("a_b Loft") } },
        { QStringLiteral("n's"), { QStringLiteral("O'Brien's Barn") } },
        { QStringLiteral("k\\s"), { QStringLiteral("Back\\slash Club") } },
        { QStringLiteral("\"Quoted\""), { QStringLiteral("The \"Quoted\" Room") } },
        { QStringLiteral("QUOTED ROOM"), { QStringLiteral("Quoted Room") } },
        { QStringLiteral("%%%"), {} },
        { QStringLiteral("___"), {} },
        { QStringLiteral("5%"), {} }, // short: a name prefix, and no name starts with "5%"
        { QStringLiteral("a_"), { QStringLiteral("a_b Loft") } },
    };
    for (const auto &[text, want] : cases) {
        VenueFilter f;
        f.text = text;
        auto got = repo.search(f, 100);
        VM_VERIFY_OK(got);
        QStringList gotNames;
        for (const Venue &v : *got)
            gotNames << v.name;
        QVERIFY2(gotNames == want,
            qPrintable(text + QStringLiteral(" -> ") + gotNames.join(QStringLiteral(" | "))));
    }
}

static QString cities0(const VenueRepository &repo)
{
    auto cities = repo.cityCounts(1);
    return cities && !cities->isEmpty() ? cities->first().first : QString();
}

void TestVenueRepository::counts()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 10050));
    VenueRepository repo(*db);
    auto quick = repo.quickCount(VenueFilter());
    VM_VERIFY_OK(quick);
    QCOMPARE(quick->kind, VenueCount::Kind::AtLeast);
    QCOMPARE(quick->text(), QStringLiteral("10,000+ venues"));
    auto estimate = repo.estimateCount(VenueFilter());
    VM_VERIFY_OK(estimate);
    if (temp.isPostgres()) {
        QCOMPARE(estimate->kind, VenueCount::Kind::Estimate);
        QVERIFY2(estimate->value > 9000 && estimate->value < 11000,
            qPrintable(QString::number(estimate->value)));
        QVERIFY(estimate->text().startsWith(QLatin1String("about ")));
    } else {
        QCOMPARE(estimate->kind, VenueCount::Kind::Exact);
        QCOMPARE(estimate->value, 10050);
    }
    VenueFilter withText;
    withText.text = QStringLiteral("ue 000");
    withText.facilities = { QStringLiteral("wifi") };
    VM_VERIFY_OK(repo.estimateCount(withText));
    // The label starts from the estimate on PostgreSQL when many rows are expected, and is
    // exact when few are (one city of 37 here is about 270 venues).
    auto label = repo.labelCount(VenueFilter());
    VM_VERIFY_OK(label);
    QCOMPARE(
        label->kind, temp.isPostgres() ? VenueCount::Kind::Estimate : VenueCount::Kind::AtLeast);
    VenueFilter oneCity;
    oneCity.city = cities0(repo);
    auto cityLabel = repo.labelCount(oneCity);
    VM_VERIFY_OK(cityLabel);
    QCOMPARE(cityLabel->kind, VenueCount::Kind::Exact);
    QCOMPARE(cityLabel->value, *repo.exactCount(oneCity));
    auto exact = repo.exactCount(VenueFilter());
    VM_VERIFY_OK(exact);
    QCOMPARE(*exact, 10050);
    QCOMPARE((VenueCount { 12437, VenueCount::Kind::Estimate }.text()),
        QStringLiteral("about 12,400 venues"));
    QCOMPARE((VenueCount { 1, VenueCount::Kind::Exact }.text()), QStringLiteral("1 venue"));
    auto cities = repo.cityCounts();
    VM_VERIFY_OK(cities);
    QCOMPARE(cities->size(), 37);
    qint64 sum = 0;
    for (const auto &c : *cities)
        sum += c.second;
    QCOMPARE(sum, 10050 - 10050 / 20);
    auto facilities = repo.facilityNames();
    VM_VERIFY_OK(facilities);
    // The vocabulary's labels (migration 0009): the book's "catering" and "wifi" as the one
    // label each, no second entry for a second spelling.
    QCOMPARE(*facilities, FacilityVocabulary::seeded().labels());
}

void TestVenueRepository::softDeleteAndRestore()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueRepository repo(*db);
    auto a = repo.addVenue(makeVenue(QStringLiteral("Alpha"), QStringLiteral("Oslo"), 10, 1.0));
    auto b = repo.addVenue(makeVenue(QStringLiteral("Beta"), QStringLiteral("Oslo"), 20, 2.0));
    VM_VERIFY_OK(a);
    VM_VERIFY_OK(b);
    VM_VERIFY_OK(repo.removeVenue(a->id));
    VenueFilter live, deleted;
    deleted.deleted = true;
    QCOMPARE(ids(everything(repo, live)), QStringList { b->id });
    QCOMPARE(ids(everything(repo, deleted)), QStringList { a->id });
    for (VenueSort sort : { VenueSort::City, VenueSort::Capacity, VenueSort::Rating }) {
        deleted.sort = sort;
        QCOMPARE(ids(everything(repo, deleted)), QStringList { a->id });
    }
    auto gone = repo.fetchVenue(a->id);
    VM_VERIFY_OK(gone);
    QVERIFY(gone->isDeleted);
    QCOMPARE(gone->version, 2);
    VM_VERIFY_OK(repo.restoreVenue(a->id));
    QCOMPARE(everything(repo, live).size(), 2);
    QCOMPARE(repo.removeVenue(QStringLiteral("00000000-0000-4000-8000-000000000000")).error().kind,
        DbError::Kind::NotFound);
}

void TestVenueRepository::duplicates()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueRepository repo(*db);
    auto a
        = repo.addVenue(makeVenue(QStringLiteral("The Loft"), QStringLiteral("Berlin"), 10, 1.0));
    VM_VERIFY_OK(a);
    VM_VERIFY_OK(
        repo.addVenue(makeVenue(QStringLiteral("The Loft"), QStringLiteral("Munich"), 10, 1.0)));
    auto dup = repo.findDuplicates(QStringLiteral("  the LOFT "), QStringLiteral("berlin "));
    VM_VERIFY_OK(dup);
    QCOMPARE(ids(*dup), QStringList { a->id });
    auto self = repo.findDuplicates(QStringLiteral("The Loft"), QStringLiteral("Berlin"), a->id);
    VM_VERIFY_OK(self);
    QVERIFY(self->isEmpty());
    auto none = repo.findDuplicates(QStringLiteral("The Loft"), QString());
    VM_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

void TestVenueRepository::photos()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VenueRepository venues(*db);
    PhotoRepository photos(*db);
    auto v = venues.addVenue(makeVenue(QStringLiteral("Gallery"), QStringLiteral("Rome"), 50, 4.0));
    VM_VERIFY_OK(v);

    auto first = photos.addPhoto(v->id, pngBytes(1600, 900), QStringLiteral("Front"));
    VM_VERIFY_OK(first);
    QCOMPARE(first->width, 1600);
    QCOMPARE(first->contentType, QStringLiteral("image/png"));
    QImage thumb = QImage::fromData(first->thumbnail, "JPEG");
    QVERIFY(!thumb.isNull());
    QCOMPARE(thumb.width(), PhotoRepository::kThumbnailSize);
    auto second = photos.addPhoto(v->id, pngBytes(200, 300), QStringLiteral("Hall"));
    VM_VERIFY_OK(second);

    auto notImage = photos.addPhoto(v->id, QByteArray("this is a text file, not a picture"));
    QVERIFY(!notImage.ok());
    QCOMPARE(notImage.error().kind, DbError::Kind::Validation);
    QVERIFY(notImage.error().message.contains(QLatin1String("not an image")));
    QByteArray huge = pngBytes(10, 10);
    huge.append(QByteArray(PhotoRepository::kMaxBytes, '\0'));
    auto tooBig = photos.addPhoto(v->id, huge);
    QVERIFY(!tooBig.ok());
    QVERIFY(tooBig.error().message.contains(QLatin1String("at most 10 MB")));

    auto list = photos.fetchPhotos(v->id);
    VM_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QVERIFY(list->first().data.isEmpty()); // lists carry thumbnails only
    VM_VERIFY_OK(photos.reorder(v->id, { second->id, first->id }));
    VM_VERIFY_OK(photos.setCaption(first->id, QStringLiteral("Front door")));
    list = photos.fetchPhotos(v->id);
    VM_VERIFY_OK(list);
    QCOMPARE(list->first().id, second->id);
    QCOMPARE(list->last().caption, QStringLiteral("Front door"));
    auto full = photos.fetchPhoto(first->id);
    VM_VERIFY_OK(full);
    QCOMPARE(full->data, first->data);
    VM_VERIFY_OK(photos.removePhoto(second->id));
    list = photos.fetchPhotos(v->id);
    VM_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
}

void TestVenueRepository::commandLineSearch()
{
    VM_TEMP_DATABASE(temp);
    auto db = temp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenueBook(*db, 300));
    VenueRepository repo(*db);
    VM_VERIFY_OK(repo.addVenue(makeVenue(QStringLiteral("100% Loft_1"), QStringLiteral("City 11"),
        900, 4.9, { QStringLiteral("wifi") })));

    QByteArray err;
    auto run = [&](const QStringList &args, QByteArray *out) {
        QProcess ctl;
        ctl.start(QStringLiteral(VENUEMAP_CTL_PATH),
            QStringList { QStringLiteral("--db"), temp.url().toFullString() } + args);
        if (!ctl.waitForFinished(30000))
            return -1;
        *out = ctl.readAllStandardOutput();
        err = ctl.readAllStandardError();
        return ctl.exitCode();
    };
    VenueFilter f;
    f.text = QStringLiteral("City 1");
    f.minCapacity = 300;
    f.facilities = { QStringLiteral("wifi") };
    f.minRating = 2.5;
    auto want = repo.search(f, 25);
    VM_VERIFY_OK(want);
    QVERIFY(want->size() > 3);
    QByteArray out;
    QCOMPARE(run({ QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--name"),
                     QStringLiteral("City 1"), QStringLiteral("--min-capacity"),
                     QStringLiteral("300"), QStringLiteral("--facility"), QStringLiteral("wifi"),
                     QStringLiteral("--min-rating"), QStringLiteral("2.5"),
                     QStringLiteral("--limit"), QStringLiteral("25") },
                 &out),
        0);
    const QJsonArray array = QJsonDocument::fromJson(out).array();
    QStringList got;
    for (const QJsonValue &v : array)
        got << v.toObject().value(QLatin1String("id")).toString();
    QCOMPARE(got, ids(*want));
    const QJsonObject first = array.first().toObject();
    for (const char *column :
        { "id", "name", "address", "city", "country", "capacity", "facilities", "rating",
            "contact_name", "contact_email", "contact_phone", "website", "notes", "latitude",
            "longitude", "is_deleted", "created_at", "updated_at", "version" })
        QVERIFY2(first.contains(QLatin1String(column)), column);
    QCOMPARE(first.value(QLatin1String("facilities")).toArray().first().toString(),
        want->first().facilities.first());

    QCOMPARE(
        run({ QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--name"),
                QStringLiteral("0% loft_"), QStringLiteral("--format"), QStringLiteral("csv") },
            &out),
        0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith("id,name,address,city"));
    QVERIFY(lines.last().contains("100% Loft_1"));
    QCOMPARE(run({ QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--format"),
                     QStringLiteral("table"), QStringLiteral("--limit"), QStringLiteral("2") },
                 &out),
        0);
    QCOMPARE(out.trimmed().split('\n').size(), 3);
    QVERIFY(out.startsWith("NAME"));
    // A list cut at --limit says so on stderr (stdout stays what a script reads); one that is
    // whole says nothing.
    QVERIFY2(err.contains("Showed the first 2 venues; more match"), err.constData());
    QCOMPARE(run({ QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--name"),
                     QStringLiteral("0% loft_"), QStringLiteral("--limit"), QStringLiteral("1") },
                 &out),
        0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1);
    QVERIFY2(!err.contains("more match"), err.constData());
    QCOMPARE(run({ QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--limit"),
                     QStringLiteral("none") },
                 &out),
        2);
}

// A venue whose notes were written before migration 0008's limits (by the agency's other backend,
// or an older VenueMap): deleting or editing it is refused until the notes are shortened, and the
// sentence says which text of which record, not "out of range or missing".
void TestVenueRepository::overLongRowFromBeforeTheLimitsSaysWhatToShorten()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueRepository repo(*db);
    auto added
        = repo.addVenue(makeVenue(QStringLiteral("Kornhaus"), QStringLiteral("Bern"), 300, 4.2));
    VM_VERIFY_OK(added);
    // Write the long text as it was possible before 0008: lift the limit, write, put it back.
    const Binds id { { QStringLiteral(":id"), added->id } };
    if (tmp.isPostgres()) {
        VM_VERIFY_OK(db->execDirect(QStringLiteral("test"),
            QStringLiteral("ALTER TABLE venues DROP CONSTRAINT venues_notes_length")));
        VM_VERIFY_OK(db->exec(QStringLiteral("test"),
            QStringLiteral("UPDATE venues SET notes = repeat('x', 25000) WHERE id = :id"), id));
        VM_VERIFY_OK(db->execDirect(QStringLiteral("test"),
            QStringLiteral("ALTER TABLE venues ADD CONSTRAINT venues_notes_length "
                           "CHECK (char_length(notes) <= 20000) NOT VALID")));
    } else {
        auto triggers = db->exec(QStringLiteral("test"),
            QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                           "AND tbl_name = 'venues' AND sql LIKE '%longer than it may be%'"));
        VM_VERIFY_OK(triggers);
        QList<QPair<QString, QString>> saved;
        while (triggers->next())
            saved << qMakePair(triggers->value(0).toString(), triggers->value(1).toString());
        QVERIFY(!saved.isEmpty());
        for (const auto &t : saved)
            VM_VERIFY_OK(db->execDirect(
                QStringLiteral("test"), QStringLiteral("DROP TRIGGER %1").arg(t.first)));
        VM_VERIFY_OK(db->exec(QStringLiteral("test"),
            QStringLiteral("UPDATE venues SET notes = printf('%.25000c', 'x') WHERE id = :id"),
            id));
        for (const auto &t : saved)
            VM_VERIFY_OK(db->execDirect(QStringLiteral("test"), t.second));
    }
    const Status removed = repo.removeVenue(added->id);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, DbError::Kind::Validation);
    const QString sentence = removed.error().message;
    QVERIFY2(sentence.contains(QLatin1String("longer than VenueMap allows"))
            && sentence.contains(QLatin1String("venue"))
            && sentence.contains(QLatin1String("shorten it")),
        qPrintable(sentence));
    if (tmp.isPostgres())
        QVERIFY2(
            sentence.startsWith(QLatin1String("The notes of this venue")), qPrintable(sentence));
    // Shortened, it goes.
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE venues SET notes = 'short' WHERE id = :id"), id));
    VM_VERIFY_OK(repo.removeVenue(added->id));
}

QTEST_GUILESS_MAIN(TestVenueRepository)
#include "tst_venuerepository.moc"
