#include "demogenerator.h"

#include "demobulkwriter.h"
#include "demodata.h"
#include "demophotopainter.h"
#include "demorandom.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDriver>

#include <atomic>
#include <QScopeGuard>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

Q_LOGGING_CATEGORY(lcDemo, "venuemap.demo")

namespace VenueMap::Core {

namespace {

using Type = DemoBulkWriter::Type;
using namespace DemoData;

// Streams of the PRNG, one per kind of row, so that e.g. the venues do not change when the
// number of projects does.
enum Stream : quint64 { UserStream = 1, CatererStream, VenueStream, PhotoStream, ProjectStream };

constexpr qint64 kDay = 24 * 3600;
constexpr int kCaterers = 30;
constexpr int kMaxPhotoVenues = 1000;
constexpr int kVenueBatch = 10000;

struct Person
{
    const char *first;
    const char *last;
    bool admin;
    const char *phone;
};

const Person kTeam[] = {
    {"Anna", "Berg", true, "+49 30 5550 1001"},      {"Jonas", "Keller", false, "+49 30 5550 1002"},
    {"Sofia", "Marino", false, "+39 02 5550 1003"},   {"Lucas", "Dubois", false, "+33 1 5550 1004"},
    {"Emma", "Visser", false, "+31 20 5550 1005"},    {"Mateo", "García", false, "+34 91 5550 1006"},
    {"Ingrid", "Holm", false, "+46 8 5550 1007"},     {"Tomasz", "Nowak", false, "+48 22 5550 1008"},
};

const char *const kStatuses[] = {"draft", "sent", "awaiting", "responded", "declined"};

struct VenueRow
{
    QString id, name, address, city, country, contactName, contactEmail, contactPhone, website, notes;
    int cityIndex = 0;
    int capacity = 0;
    QStringList facilities;
    int ratingTenths = -1; // -1: no rating
    qint64 latitudeMicro = 0, longitudeMicro = 0;
    qint64 createdAt = 0, updatedAt = 0; // seconds since the epoch
};

struct PhotoPlan
{
    int venueIndex = 0;
    QString id;
    QString caption;
    int sortOrder = 0;
    int scene = 0;
    quint64 paintSeed = 0;
    qint64 createdAt = 0;
};

struct LogRow
{
    QString id, userId, action;
    QJsonObject details;
    qint64 at = 0;
};

struct ShortlistRow
{
    QString id, venueId, catererId, declineReason, notes;
    int status = 0;
    int sortOrder = 0;
    bool include = false;
    std::optional<qint64> quotedCents;
    qint64 createdAt = 0, updatedAt = 0;
    std::optional<qint64> sentAt, respondedAt;
    int version = 1;
};

struct ProjectRow
{
    QString id, client, event, status, city, notes, createdBy;
    QStringList requiredFacilities;
    QDate eventDate;
    int attendees = 0;
    std::optional<qint64> budgetCents;
    qint64 createdAt = 0, updatedAt = 0;
    std::vector<ShortlistRow> shortlist;
    std::vector<LogRow> logs;
};

QString fillTemplate(QString text, const QString &surname, const QString &district, const QString &city,
                     const QString &first, int number)
{
    text.replace(QLatin1String("{S}"), surname);
    text.replace(QLatin1String("{D}"), district);
    text.replace(QLatin1String("{C}"), city);
    text.replace(QLatin1String("{F}"), first);
    text.replace(QLatin1String("{N}"), QString::number(number));
    return text;
}

// Everything one generate() call needs, so the steps can share it.
class Run
{
public:
    Run(const Database &db, const DemoOptions &options, std::function<bool(qint64, qint64)> progress)
        : m_db(db), m_dialect(db.dialect()), m_options(options), m_progress(std::move(progress))
    {
        for (const City &c : cities()) {
            m_cumulativeWeight.push_back((m_cumulativeWeight.empty() ? 0 : m_cumulativeWeight.back()) + c.weight);
        }
    }

    Result<DemoSummary> execute();

private:
    int pickCity(DemoRandom &rng) const;
    VenueRow makeVenue(qint64 index) const;
    int cityOfVenue(qint64 index) const;
    void planPhotos();
    void planProjects();
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

    Database m_db;
    SqlDialect m_dialect;
    DemoOptions m_options;
    std::function<bool(qint64, qint64)> m_progress;
    std::vector<int> m_cumulativeWeight;
    qint64 m_anchor = DemoGenerator::anchor().toSecsSinceEpoch();

    QStringList m_userIds;     // the team, in kTeam order (existing accounts reused)
    int m_usersInserted = 0;
    QStringList m_catererIds;
    std::vector<PhotoPlan> m_photos;
    std::vector<ProjectRow> m_projects;
    int m_shortlisted = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_cancel = false;

    // Photos are painted on a helper thread while the venues are written.
    std::vector<DemoPhoto> m_painted;
    std::atomic<int> m_paintedCount{0};
    std::atomic<bool> m_stopPainting{false};
    std::mutex m_paintMutex;
    std::condition_variable m_paintReady;
};

int Run::pickCity(DemoRandom &rng) const
{
    const int r = int(rng.below(quint64(m_cumulativeWeight.back())));
    const auto it = std::upper_bound(m_cumulativeWeight.begin(), m_cumulativeWeight.end(), r);
    return int(it - m_cumulativeWeight.begin());
}

int Run::cityOfVenue(qint64 index) const
{
    // Same draws as the start of makeVenue(): the id, then the city.
    DemoRandom rng = DemoRandom::forRow(m_options.seed, VenueStream, quint64(index));
    rng.next();
    rng.next();
    return pickCity(rng);
}

VenueRow Run::makeVenue(qint64 index) const
{
    DemoRandom rng = DemoRandom::forRow(m_options.seed, VenueStream, quint64(index));
    VenueRow v;
    v.id = rng.uuid();
    v.cityIndex = pickCity(rng);
    const City &city = cities()[std::size_t(v.cityIndex)];
    const LanguagePool &lang = pool(city.language);
    v.city = city.name;
    v.country = city.country;

    const QString surname = lang.surnames.at(int(rng.below(quint64(lang.surnames.size()))));
    const QString district = city.districts.at(int(rng.below(quint64(city.districts.size()))));
    const QString first = lang.firstNames.at(int(rng.below(quint64(lang.firstNames.size()))));
    const int number = int(rng.between(2, 48));
    const QStringList &templates = rng.percent(65) ? lang.venueTemplates : internationalTemplates();
    v.name = fillTemplate(templates.at(int(rng.below(quint64(templates.size())))), surname, district, city.name,
                          first, number);

    QString address = lang.addressTemplate;
    address.replace(QLatin1String("{street}"), city.streets.at(int(rng.below(quint64(city.streets.size())))));
    address.replace(QLatin1String("{n}"), QString::number(rng.between(1, 180)));
    v.address = address;

    // Capacities 10-5,000, most venues small.
    const quint64 bucket = rng.below(100);
    int capacity;
    if (bucket < 38)
        capacity = int(rng.between(10, 80));
    else if (bucket < 68)
        capacity = int(rng.between(80, 250));
    else if (bucket < 87)
        capacity = int(rng.between(250, 800));
    else if (bucket < 97)
        capacity = int(rng.between(800, 2000));
    else
        capacity = int(rng.between(2000, 5000));
    if (capacity > 1000)
        capacity -= capacity % 50;
    else if (capacity > 100)
        capacity -= capacity % 10;
    v.capacity = capacity;

    // 0-6 facilities, bigger venues having more; stored in the fixed list's order.
    const int extra = capacity > 250 ? 2 : (capacity > 80 ? 1 : 0);
    const int count = qMin(6, int(rng.below(4)) + extra + int(rng.below(2)));
    const QStringList &all = facilities();
    int order[10] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    bool chosen[10] = {};
    for (int i = 0; i < count; ++i) {
        std::swap(order[i], order[i + int(rng.below(quint64(10 - i)))]);
        chosen[order[i]] = true;
    }
    for (int i = 0; i < 10; ++i) {
        if (chosen[i])
            v.facilities << all.at(i);
    }

    if (!rng.percent(12))
        v.ratingTenths = rng.below(100) < 8 ? int(rng.between(10, 29)) : int(rng.between(30, 50));

    const QString contactFirst = lang.firstNames.at(int(rng.below(quint64(lang.firstNames.size()))));
    const QString contactLast = lang.surnames.at(int(rng.below(quint64(lang.surnames.size()))));
    v.contactName = contactFirst + QLatin1Char(' ') + contactLast;
    const QString domain = slug(v.name) + QLatin1Char('.') + city.domain;
    v.contactEmail = rng.percent(50) ? QStringLiteral("events@") + domain
                                     : slug(contactFirst) + QLatin1Char('.') + slug(contactLast) + QLatin1Char('@') + domain;
    const qint64 phone = rng.between(2000000, 9999999);
    v.contactPhone = QStringLiteral("%1 %2 %3").arg(city.phonePrefix).arg(phone / 10000).arg(phone % 10000, 4, 10, QLatin1Char('0'));
    if (rng.percent(85))
        v.website = QStringLiteral("https://www.") + domain;
    if (rng.percent(55)) {
        const QStringList &notes = venueNotes();
        v.notes = notes.at(int(rng.below(quint64(notes.size()))));
        if (rng.percent(30))
            v.notes += QLatin1Char(' ') + notes.at(int(rng.below(quint64(notes.size()))));
    }
    // Around the centre, denser in the middle (sum of two uniform offsets).
    v.latitudeMicro = city.latitudeMicro + rng.between(-35000, 35000) + rng.between(-35000, 35000);
    v.longitudeMicro = city.longitudeMicro + rng.between(-55000, 55000) + rng.between(-55000, 55000);
    v.createdAt = m_anchor - rng.between(30 * kDay, 1300 * kDay);
    v.updatedAt = rng.percent(40) ? v.createdAt + rng.between(0, m_anchor - v.createdAt - kDay) : v.createdAt;
    return v;
}

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

void Run::planPhotos()
{
    const int photoVenues = DemoGenerator::photoVenueCount(m_options);
    for (int j = 0; j < photoVenues; ++j) {
        const int venueIndex = int(qint64(j) * m_options.venues / photoVenues);
        DemoRandom rng = DemoRandom::forRow(m_options.seed, PhotoStream, quint64(venueIndex));
        const int count = int(rng.between(1, 3));
        const int firstScene = int(rng.below(3));
        const qint64 createdAt = m_anchor - rng.between(10 * kDay, 600 * kDay);
        for (int k = 0; k < count; ++k) {
            PhotoPlan p;
            p.venueIndex = venueIndex;
            p.id = rng.uuid();
            p.scene = (firstScene + k) % 3;
            const QStringList &captions = photoCaptions(p.scene);
            p.caption = captions.at(int(rng.below(quint64(captions.size()))));
            p.sortOrder = k;
            p.paintSeed = rng.next();
            p.createdAt = createdAt + k * 60;
            m_photos.push_back(p);
        }
    }
}

void Run::planProjects()
{
    if (m_options.projects <= 0 || m_options.venues <= 0)
        return;
    // Venues per city, and those with photos first: shortlists are local and look good in a proposal.
    const std::size_t cityCount = cities().size();
    std::vector<std::vector<int>> byCity(cityCount), photosByCity(cityCount);
    for (int i = 0; i < m_options.venues; ++i)
        byCity[std::size_t(cityOfVenue(i))].push_back(i);
    int lastPhotoVenue = -1;
    for (const PhotoPlan &p : m_photos) {
        if (p.venueIndex != lastPhotoVenue)
            photosByCity[std::size_t(cityOfVenue(p.venueIndex))].push_back(p.venueIndex);
        lastPhotoVenue = p.venueIndex;
    }

    const QStringList &clients = clientNames();
    const QStringList &events = eventNames();
    const QDate anchorDate = DemoGenerator::anchor().date();
    for (int p = 0; p < m_options.projects; ++p) {
        DemoRandom rng = DemoRandom::forRow(m_options.seed, ProjectStream, quint64(p));
        ProjectRow pr;
        pr.id = rng.uuid();
        pr.client = clients.at(int(rng.below(quint64(clients.size()))));
        const int dayOffset = p == 0 ? int(rng.between(30, 200)) : int(rng.between(-240, 420));
        pr.eventDate = anchorDate.addDays(dayOffset);
        pr.event = events.at(int(rng.below(quint64(events.size())))) + QLatin1Char(' ')
                   + QString::number(pr.eventDate.year());
        const bool past = dayOffset < 0;
        const bool cancelledProject = p != 0 && rng.percent(past ? 10 : 7);
        pr.status = cancelledProject ? QStringLiteral("cancelled") : (past ? QStringLiteral("completed") : QStringLiteral("active"));
        const quint64 size = rng.below(100);
        pr.attendees = size < 50 ? int(rng.between(20, 120)) : (size < 85 ? int(rng.between(120, 400)) : int(rng.between(400, 1500)));
        const int cityIndex = pickCity(rng);
        pr.city = cities()[std::size_t(cityIndex)].name;
        if (!rng.percent(10))
            pr.budgetCents = qint64(pr.attendees) * rng.between(80, 450) / 100 * 100 * 100 + 100000;
        if (rng.percent(60))
            pr.notes = projectNotes().at(int(rng.below(quint64(projectNotes().size()))));
        pr.createdBy = m_userIds.at(1 + int(rng.below(quint64(m_userIds.size() - 1))));
        const int needs = int(rng.below(4));
        bool needed[10] = {};
        for (int k = 0; k < needs; ++k)
            needed[rng.below(10)] = true;
        for (int k = 0; k < 10; ++k) {
            if (needed[k])
                pr.requiredFacilities << facilities().at(k);
        }
        const qint64 eventSecs = QDateTime(pr.eventDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        pr.createdAt = qMin(eventSecs - rng.between(40, 180) * kDay, m_anchor - rng.between(20, 60) * kDay)
                       + rng.between(8 * 3600, 18 * 3600);
        pr.updatedAt = pr.createdAt;
        pr.logs.push_back({rng.uuid(), pr.createdBy, QStringLiteral("project_created"),
                           QJsonObject{{QStringLiteral("client_name"), pr.client}, {QStringLiteral("event_name"), pr.event}},
                           pr.createdAt});

        // The shortlist: half from the city's venues with photos, the rest from the city, else anywhere.
        int wanted = p == 0 ? int(rng.between(6, 9)) : int(rng.between(3, 9));
        wanted = qMin(wanted, m_options.venues);
        std::vector<int> chosen;
        QSet<int> taken;
        auto tryPick = [&](const std::vector<int> &from, int target) {
            for (int attempt = 0; attempt < 40 && int(chosen.size()) < target && !from.empty(); ++attempt) {
                const int v = from[std::size_t(rng.below(from.size()))];
                if (!taken.contains(v)) {
                    taken.insert(v);
                    chosen.push_back(v);
                }
            }
        };
        tryPick(photosByCity[std::size_t(cityIndex)], (wanted + 1) / 2);
        tryPick(byCity[std::size_t(cityIndex)], wanted);
        for (int attempt = 0; attempt < 200 && int(chosen.size()) < wanted; ++attempt) {
            const int v = int(rng.below(quint64(m_options.venues)));
            if (!taken.contains(v)) {
                taken.insert(v);
                chosen.push_back(v);
            }
        }

        for (std::size_t j = 0; j < chosen.size(); ++j) {
            const VenueRow venue = makeVenue(chosen[j]);
            ShortlistRow s;
            s.id = rng.uuid();
            s.venueId = venue.id;
            s.sortOrder = int(j);
            if (p == 0 && j < 5) {
                s.status = int(j); // the first project shows every outreach status
            } else if (pr.status == QLatin1String("completed")) {
                s.status = rng.percent(65) ? 3 : 4;
            } else {
                const quint64 r = rng.below(100);
                s.status = r < 20 ? 0 : r < 40 ? 1 : r < 60 ? 2 : r < 85 ? 3 : 4;
            }
            s.createdAt = pr.createdAt + rng.between(3600, 6 * kDay);
            const QJsonObject about{{QStringLiteral("venue_id"), venue.id}, {QStringLiteral("venue_name"), venue.name}};
            pr.logs.push_back({rng.uuid(), pr.createdBy, QStringLiteral("shortlisted"), about, s.createdAt});
            qint64 last = s.createdAt;
            auto change = [&](int from, int to, qint64 at, const QString &reason = {}) {
                QJsonObject d = about;
                d.insert(QStringLiteral("from"), QLatin1String(kStatuses[from]));
                d.insert(QStringLiteral("to"), QLatin1String(kStatuses[to]));
                if (!reason.isEmpty())
                    d.insert(QStringLiteral("reason"), reason);
                pr.logs.push_back({rng.uuid(), pr.createdBy, QStringLiteral("status_changed"), d, at});
                last = at;
                ++s.version;
            };
            if (s.status >= 1) {
                s.sentAt = s.createdAt + rng.between(kDay, 4 * kDay);
                change(0, 1, *s.sentAt);
            }
            if (s.status == 2)
                change(1, 2, *s.sentAt + rng.between(2 * kDay, 5 * kDay));
            if (s.status == 3 || s.status == 4) {
                int from = 1;
                if (rng.percent(50)) {
                    change(1, 2, *s.sentAt + rng.between(kDay, 2 * kDay));
                    from = 2;
                }
                s.respondedAt = last + rng.between(kDay, 6 * kDay);
                if (s.status == 4)
                    s.declineReason = declineReasons().at(int(rng.below(quint64(declineReasons().size()))));
                change(from, s.status, *s.respondedAt, s.declineReason);
            }
            if (s.status == 3) {
                s.quotedCents = qint64(pr.attendees) * rng.between(15, 120) / 50 * 50 * 100 + 50000;
                s.include = rng.percent(60);
                if (s.include) {
                    pr.logs.push_back({rng.uuid(), pr.createdBy, QStringLiteral("included_in_proposal"), about,
                                       last + 3600});
                    last += 3600;
                    ++s.version;
                }
            }
            if (s.status >= 1 && rng.percent(s.include ? 70 : 35))
                s.catererId = m_catererIds.at(int(rng.below(quint64(m_catererIds.size()))));
            if (rng.percent(35))
                s.notes = outreachNotes().at(int(rng.below(quint64(outreachNotes().size()))));
            s.updatedAt = last;
            pr.updatedAt = qMax(pr.updatedAt, last);
            pr.shortlist.push_back(s);
        }
        m_shortlisted += int(pr.shortlist.size());
        m_projects.push_back(std::move(pr));
    }
}

Status Run::checkNotLoaded()
{
    if (m_options.venues <= 0)
        return {};
    const QString firstId = DemoRandom::forRow(m_options.seed, VenueStream, 0).uuid();
    auto found = m_db.scalar(QStringLiteral("DemoGenerator::checkNotLoaded"),
                             QStringLiteral("SELECT count(*) FROM venues WHERE id = :id"), {{QStringLiteral(":id"), firstId}});
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

    DemoBulkWriter w(m_db, QStringLiteral("users"),
                     {{QStringLiteral("id"), Type::Uuid}, {QStringLiteral("name"), Type::Text},
                      {QStringLiteral("email"), Type::Text}, {QStringLiteral("phone"), Type::Text},
                      {QStringLiteral("signature_block"), Type::Text}, {QStringLiteral("role"), Type::Text, QStringLiteral("user_role")},
                      {QStringLiteral("created_at"), Type::Timestamp}, {QStringLiteral("updated_at"), Type::Timestamp}},
                     100);
    int i = 0;
    for (const Person &person : kTeam) {
        DemoRandom rng = DemoRandom::forRow(m_options.seed, UserStream, quint64(i));
        const QString id = rng.uuid();
        const QString first = QString::fromUtf8(person.first), last = QString::fromUtf8(person.last);
        const QString name = first + QLatin1Char(' ') + last;
        const QString email = slug(first) + QLatin1Char('.') + slug(last) + QStringLiteral("@example.agency");
        ++i;
        if (existing.contains(email)) {
            m_userIds << existing.value(email);
            continue;
        }
        m_userIds << id;
        const QString title = person.admin ? QStringLiteral("Head of Events") : QStringLiteral("Event Manager");
        const qint64 created = m_anchor - (1100 - i * 37) * kDay;
        w.add(id);
        w.add(name);
        w.add(email);
        w.add(QString::fromUtf8(person.phone));
        w.add(QStringLiteral("%1\n%2 · Example Agency\n%3").arg(name, title, QString::fromUtf8(person.phone)));
        w.add(person.admin ? QStringLiteral("admin") : QStringLiteral("event_manager"));
        w.add(ts(created));
        w.add(ts(created));
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
    DemoBulkWriter w(m_db, QStringLiteral("catering_providers"),
                     {{QStringLiteral("id"), Type::Uuid}, {QStringLiteral("name"), Type::Text},
                      {QStringLiteral("contact_name"), Type::Text}, {QStringLiteral("email"), Type::Text},
                      {QStringLiteral("phone"), Type::Text}, {QStringLiteral("website"), Type::Text},
                      {QStringLiteral("notes"), Type::Text}, {QStringLiteral("created_at"), Type::Timestamp},
                      {QStringLiteral("updated_at"), Type::Timestamp}},
                     100);
    QSet<QString> names;
    for (int i = 0; i < kCaterers; ++i) {
        DemoRandom rng = DemoRandom::forRow(m_options.seed, CatererStream, quint64(i));
        const QString id = rng.uuid(); // the same as m_catererIds[i]
        QString name;
        const City *city = nullptr;
        const LanguagePool *lang = nullptr;
        for (int attempt = 0; attempt < 8 && (name.isEmpty() || names.contains(name)); ++attempt) {
            city = &cities()[std::size_t(pickCity(rng))];
            lang = &pool(city->language);
            const QString surname = lang->surnames.at(int(rng.below(quint64(lang->surnames.size()))));
            name = fillTemplate(catererTemplates().at(int(rng.below(quint64(catererTemplates().size())))), surname,
                                QString(), city->name, QString(), 1);
        }
        if (names.contains(name))
            name += QStringLiteral(" %1").arg(city->name);
        names.insert(name);
        const QString domain = slug(name) + QLatin1Char('.') + city->domain;
        const QString first = lang->firstNames.at(int(rng.below(quint64(lang->firstNames.size()))));
        const QString last = lang->surnames.at(int(rng.below(quint64(lang->surnames.size()))));
        const qint64 phone = rng.between(2000000, 9999999);
        const qint64 created = m_anchor - rng.between(100 * kDay, 1000 * kDay);
        w.add(id);
        w.add(name);
        w.add(first + QLatin1Char(' ') + last);
        w.add(QStringLiteral("hello@") + domain);
        w.add(QStringLiteral("%1 %2 %3").arg(city->phonePrefix).arg(phone / 10000).arg(phone % 10000, 4, 10, QLatin1Char('0')));
        w.add(QStringLiteral("https://www.") + domain);
        w.add(catererNotes().at(int(rng.below(quint64(catererNotes().size())))));
        w.add(ts(created));
        w.add(ts(created));
        if (auto s = w.endRow(); !s)
            return s;
    }
    if (auto s = w.finish(); !s)
        return s;
    m_done += kCaterers;
    return {};
}

Status Run::writeVenues()
{
    DemoBulkWriter w(m_db, QStringLiteral("venues"),
                     {{QStringLiteral("id"), Type::Uuid},
                      {QStringLiteral("name"), Type::Text},
                      {QStringLiteral("address"), Type::Text},
                      {QStringLiteral("city"), Type::Text},
                      {QStringLiteral("country"), Type::Text},
                      {QStringLiteral("capacity"), Type::Integer},
                      {QStringLiteral("facilities"), Type::Facilities},
                      {QStringLiteral("rating"), Type::Numeric},
                      {QStringLiteral("contact_name"), Type::Text},
                      {QStringLiteral("contact_email"), Type::Text},
                      {QStringLiteral("contact_phone"), Type::Text},
                      {QStringLiteral("website"), Type::Text},
                      {QStringLiteral("notes"), Type::Text},
                      {QStringLiteral("latitude"), Type::Double},
                      {QStringLiteral("longitude"), Type::Double},
                      {QStringLiteral("created_at"), Type::Timestamp},
                      {QStringLiteral("updated_at"), Type::Timestamp}},
                     m_db.isPostgres() ? kVenueBatch : 2000);
    // The rows are generated and formatted on a helper thread while this one writes the previous
    // batch, so the client's work hides behind the server's.
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<DemoBulkWriter::Batch> ready;
    bool stop = false;
    const QVariant noText(QMetaType(QMetaType::QString));
    std::thread producer([&] {
        const DemoBulkWriter &writer = w;
        for (qint64 first = 0; first < m_options.venues;) {
            DemoBulkWriter::Batch batch = writer.newBatch();
            const qint64 last = qMin<qint64>(m_options.venues, first + writer.batchRows());
            for (qint64 i = first; i < last; ++i) {
                const VenueRow v = makeVenue(i);
                writer.addTo(batch, v.id);
                writer.addTo(batch, v.name);
                writer.addTo(batch, v.address);
                writer.addTo(batch, v.city);
                writer.addTo(batch, v.country);
                writer.addTo(batch, v.capacity);
                writer.addTo(batch, m_dialect.facilitiesToDb(v.facilities));
                writer.addTo(batch, m_dialect.ratingToDb(v.ratingTenths < 0 ? std::nullopt
                                                                            : std::optional<double>(v.ratingTenths / 10.0)));
                writer.addTo(batch, v.contactName);
                writer.addTo(batch, v.contactEmail);
                writer.addTo(batch, v.contactPhone);
                writer.addTo(batch, v.website.isEmpty() ? noText : QVariant(v.website));
                writer.addTo(batch, v.notes.isEmpty() ? noText : QVariant(v.notes));
                writer.addTo(batch, double(v.latitudeMicro) / 1e6);
                writer.addTo(batch, double(v.longitudeMicro) / 1e6);
                writer.addTo(batch, ts(v.createdAt));
                writer.addTo(batch, ts(v.updatedAt));
                writer.endRowOf(batch);
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
        DemoBulkWriter::Batch batch;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !ready.empty(); });
            batch = std::move(ready.front());
            ready.pop_front();
        }
        changed.notify_all();
        const int rows = batch.rows;
        if (auto s = w.write(batch); !s)
            return s;
        written += rows;
        m_done += rows;
        if (!report())
            return cancelled();
    }
    return {};
}

Status Run::writePhotos()
{
    DemoBulkWriter w(m_db, QStringLiteral("photos"),
                     {{QStringLiteral("id"), Type::Uuid}, {QStringLiteral("venue_id"), Type::Uuid},
                      {QStringLiteral("caption"), Type::Text}, {QStringLiteral("content_type"), Type::Text},
                      {QStringLiteral("data"), Type::Bytes}, {QStringLiteral("thumbnail"), Type::Bytes},
                      {QStringLiteral("width"), Type::Integer}, {QStringLiteral("height"), Type::Integer},
                      {QStringLiteral("sort_order"), Type::Integer}, {QStringLiteral("created_at"), Type::Timestamp}},
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
        w.add(DemoRandom::forRow(m_options.seed, VenueStream, quint64(plan.venueIndex)).uuid());
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
    DemoBulkWriter projects(m_db, QStringLiteral("projects"),
                            {{QStringLiteral("id"), Type::Uuid}, {QStringLiteral("client_name"), Type::Text},
                             {QStringLiteral("event_name"), Type::Text}, {QStringLiteral("status"), Type::Text, QStringLiteral("project_status")},
                             {QStringLiteral("event_date"), Type::Date}, {QStringLiteral("attendees"), Type::Integer},
                             {QStringLiteral("city"), Type::Text}, {QStringLiteral("budget"), Type::Numeric},
                             {QStringLiteral("notes"), Type::Text},
                             {QStringLiteral("required_facilities"), Type::Facilities},
                             {QStringLiteral("created_by"), Type::Uuid},
                             {QStringLiteral("created_at"), Type::Timestamp}, {QStringLiteral("updated_at"), Type::Timestamp}},
                            1000);
    DemoBulkWriter shortlist(m_db, QStringLiteral("project_venues"),
                             {{QStringLiteral("id"), Type::Uuid}, {QStringLiteral("project_id"), Type::Uuid},
                              {QStringLiteral("venue_id"), Type::Uuid}, {QStringLiteral("catering_provider_id"), Type::Uuid},
                              {QStringLiteral("outreach_status"), Type::Text, QStringLiteral("outreach_status")}, {QStringLiteral("include_in_proposal"), Type::Boolean},
                              {QStringLiteral("quoted_price"), Type::Numeric}, {QStringLiteral("decline_reason"), Type::Text},
                              {QStringLiteral("sent_at"), Type::Timestamp}, {QStringLiteral("responded_at"), Type::Timestamp},
                              {QStringLiteral("notes"), Type::Text}, {QStringLiteral("created_at"), Type::Timestamp},
                              {QStringLiteral("updated_at"), Type::Timestamp}, {QStringLiteral("version"), Type::Integer},
                              {QStringLiteral("sort_order"), Type::Integer}},
                             2000);
    DemoBulkWriter logs(m_db, QStringLiteral("activity_logs"),
                        {{QStringLiteral("id"), Type::Uuid}, {QStringLiteral("project_id"), Type::Uuid},
                         {QStringLiteral("user_id"), Type::Uuid}, {QStringLiteral("action"), Type::Text},
                         {QStringLiteral("details"), Type::Json}, {QStringLiteral("created_at"), Type::Timestamp}},
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
            shortlist.add(QLatin1String(kStatuses[s.status]));
            shortlist.add(s.include);
            shortlist.add(m_dialect.moneyToDb(s.quotedCents));
            shortlist.add(optionalText(s.declineReason));
            shortlist.add(optionalTime(s.sentAt));
            shortlist.add(optionalTime(s.respondedAt));
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
        ? m_db.scalar(where, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM venues) AND pg_has_role(c.relowner, 'USAGE') "
                                            "FROM pg_class c WHERE c.oid = to_regclass('venues')"))
        : m_db.scalar(where, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM venues)"));
    if (!eligible)
        return eligible.error();
    if (!eligible->toBool())
        return QStringList();
    QStringList definitions, drops;
    QSqlDriver *driver = m_db.connection().driver();
    if (m_db.isPostgres()) {
        auto rows = m_db.exec(where, QStringLiteral(
            "SELECT n.nspname, i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace "
            "WHERE x.indrelid = to_regclass('venues') "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid) ORDER BY i.relname"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            drops << QStringLiteral("DROP INDEX %1.%2")
                         .arg(driver->escapeIdentifier(rows->value(0).toString(), QSqlDriver::TableName),
                              driver->escapeIdentifier(rows->value(1).toString(), QSqlDriver::TableName));
            definitions << rows->value(2).toString();
        }
    } else {
        // Indexes of venues, and the triggers that keep the trigram table venues_fts in step
        // (rebuilt in one pass afterwards); any other trigger keeps firing.
        auto rows = m_db.exec(where, QStringLiteral(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'venues' AND sql IS NOT NULL "
            "AND (type = 'index' OR (type = 'trigger' AND sql LIKE '%venues_fts%')) ORDER BY type, name"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            drops << QStringLiteral("DROP %1 %2")
                         .arg(rows->value(0).toString() == QLatin1String("index") ? QStringLiteral("INDEX") : QStringLiteral("TRIGGER"),
                              driver->escapeIdentifier(rows->value(1).toString(), QSqlDriver::TableName));
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
        auto fts = m_db.scalar(where, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'venues_fts'"));
        if (!fts)
            return fts.error();
        if (fts->toInt() > 0) {
            if (auto s = m_db.execDirect(where, QStringLiteral("INSERT INTO venues_fts (venues_fts) VALUES ('rebuild')")); !s)
                return s;
        }
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

    planPhotos();
    m_painted.resize(m_photos.size());
    // Paint on a helper thread while the venues are written; painting needs no database.
    std::thread painter([this] {
        DemoPhotoPainter photoPainter;
        for (std::size_t i = 0; i < m_photos.size() && !m_stopPainting.load(); ++i) {
            const PhotoPlan &plan = m_photos[i];
            const VenueRow venue = makeVenue(plan.venueIndex);
            m_painted[i] = photoPainter.render(venue.name, venue.city + QStringLiteral(", ") + venue.country,
                                                    plan.scene, plan.paintSeed);
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
    } joiner{painter, m_stopPainting};

    // SQLite: with its default 2 MB page cache the venue indexes and the trigram table spill to
    // disk every few rows, and each INSERT with a trigger writes a statement journal to a temp
    // file; a bigger cache and in-memory temp storage for this load make it several times faster.
    struct Pragma
    {
        Database db;
        QString name;
        QVariant previous;
        Pragma(const Database &database, const char *pragma, const QString &value) : db(database), name(QLatin1String(pragma))
        {
            if (db.isPostgres())
                return;
            auto old = db.scalar(QStringLiteral("DemoGenerator::generate"), QStringLiteral("PRAGMA %1").arg(name));
            if (old.ok() && old->isValid()
                && db.execDirect(QStringLiteral("DemoGenerator::generate"), QStringLiteral("PRAGMA %1 = %2").arg(name, value)).ok())
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
    for (int i = 0; i < kCaterers; ++i)
        m_catererIds << DemoRandom::forRow(m_options.seed, CatererStream, quint64(i)).uuid();
    planProjects(); // needs the users' and caterers' ids
    qint64 logs = 0;
    for (const ProjectRow &p : m_projects)
        logs += qint64(p.logs.size());
    m_total = m_done + kCaterers + m_options.venues + qint64(m_photos.size()) + qint64(m_projects.size())
              + m_shortlisted + logs;
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
    qCInfo(lcDemo) << "planned in" << timer.elapsed() << "ms";
    if (auto s = writeVenues(); !s)
        return s.error();
    qCInfo(lcDemo) << "venues written at" << timer.elapsed() << "ms";
    if (!rebuild.isEmpty()) {
        if (auto s = recreateIndexes(rebuild); !s)
            return s.error();
        qCInfo(lcDemo) << "venue indexes rebuilt at" << timer.elapsed() << "ms";
    }
    if (auto s = writePhotos(); !s)
        return s.error();
    qCInfo(lcDemo) << "photos written at" << timer.elapsed() << "ms";
    if (auto s = writeProjects(); !s)
        return s.error();
    if (auto s = guard.commit(); !s)
        return s.error();
    qCInfo(lcDemo) << "committed at" << timer.elapsed() << "ms";
    if (m_db.isPostgres()) {
        if (auto s = m_db.execDirect(QStringLiteral("DemoGenerator::generate"), QStringLiteral("ANALYZE")); !s)
            qCWarning(lcDemo) << "ANALYZE failed:" << s.error().details();
        qCInfo(lcDemo) << "analyzed at" << timer.elapsed() << "ms";
    }

    DemoSummary summary;
    summary.venues = m_options.venues;
    summary.photos = int(m_photos.size());
    summary.caterers = kCaterers;
    summary.users = m_usersInserted;
    summary.projects = int(m_projects.size());
    summary.shortlisted = m_shortlisted;
    summary.ms = timer.elapsed();
    qCInfo(lcDemo) << "sample data loaded in" << summary.ms << "ms:" << summary.venues << "venues," << summary.photos
                   << "photos," << summary.projects << "projects";
    return summary;
}

} // namespace

DemoGenerator::DemoGenerator(Database db) : m_db(std::move(db)) { }

int DemoGenerator::photoVenueCount(const DemoOptions &options)
{
    if (options.venues <= 0)
        return 0;
    if (options.photoVenues >= 0)
        return qMin(options.photoVenues, options.venues);
    return int(qMin<qint64>(kMaxPhotoVenues, (qint64(options.venues) * 3 + 9) / 10));
}

QDateTime DemoGenerator::anchor()
{
    return QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
}

Result<DemoSummary> DemoGenerator::generate(const DemoOptions &options, std::function<bool(qint64, qint64)> progress)
{
    Run run(m_db, options, std::move(progress));
    return run.execute();
}

} // namespace VenueMap::Core
