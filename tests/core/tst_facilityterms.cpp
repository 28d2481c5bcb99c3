// One facility vocabulary (issue 19): the canonical labels and their aliases (facility_terms,
// migration 0009), resolved by one function for import, the editor and the filters; the
// migration's rewrite both ways; venuemapctl's facility search; admins alone add terms.
#include "domain/facilityterms.h"
#include "export/venueimporter.h"
#include "migration/migrationmanager.h"
#include "peopletestsupport.h"
#include "repositories/facilitytermrepository.h"
#include "repositories/userrepository.h"
#include "repositories/venuerepository.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSqlQuery>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

class tst_FacilityTerms : public QObject
{
    Q_OBJECT
private slots:
    void resolvesAliasesCaseInsensitively_data();
    void resolvesAliasesCaseInsensitively();
    void newTermsAreChecked();
    void migrationRewritesBothWays_data() { addBackendRows(); }
    void migrationRewritesBothWays();
    void filterFindsEverySpelling_data() { addBackendRows(); }
    void filterFindsEverySpelling();
    void importStoresLabels_data() { addBackendRows(); }
    void importStoresLabels();
    void venuemapctlSearchesByAlias_data() { addBackendRows(); }
    void venuemapctlSearchesByAlias();
    void onlyAdminsAddTerms_data() { addBackendRows(); }
    void onlyAdminsAddTerms();
};

void tst_FacilityTerms::resolvesAliasesCaseInsensitively_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("label");
    QTest::newRow("label") << "Wi-Fi"
                           << "Wi-Fi";
    QTest::newRow("old key") << "wifi"
                             << "Wi-Fi";
    QTest::newRow("upper alias") << "WLAN"
                                 << "Wi-Fi";
    QTest::newRow("key with _") << "av_equipment"
                                << "AV equipment";
    QTest::newRow("spaced, any case") << "  aV   Equipment "
                                      << "AV equipment";
    QTest::newRow("A/V") << "A/V"
                         << "AV equipment";
    QTest::newRow("typed title case") << "Catering Kitchen"
                                      << "Catering kitchen";
    QTest::newRow("unknown stays") << " Rooftop pool "
                                   << "Rooftop pool";
}

void tst_FacilityTerms::resolvesAliasesCaseInsensitively()
{
    QFETCH(QString, typed);
    QFETCH(QString, label);
    QCOMPARE(FacilityVocabulary::seeded().resolve(typed), label);
    QCOMPARE(FacilityVocabulary::seeded().resolve(QStringList { typed, label, QString() }),
        QStringList { label });
}

void tst_FacilityTerms::newTermsAreChecked()
{
    const FacilityVocabulary &v = FacilityVocabulary::seeded();
    auto ok = v.checkNewTerm(QStringLiteral("  Rooftop  terrace "),
        { QStringLiteral("Roof_Top"), QStringLiteral("rooftop terrace"), QString() });
    QCOMPARE(ok.problem, QString());
    QCOMPARE(ok.term.label, QStringLiteral("Rooftop terrace"));
    QCOMPARE(ok.term.aliases, QStringList { QStringLiteral("roof top") });
    QCOMPARE(v.checkNewTerm(QStringLiteral("wlan"), {}).problem,
        QStringLiteral("\"wlan\" is already a facility: Wi-Fi."));
    QCOMPARE(v.checkNewTerm(QStringLiteral("Sauna"), { QStringLiteral("A/V") }).problem,
        QStringLiteral("\"A/V\" already means AV equipment."));
    QCOMPARE(v.checkNewTerm(QStringLiteral(" "), {}).problem,
        QStringLiteral("A facility needs a name."));
}

namespace {

QStringList facilitiesOf(const Database &db, const QString &table, const QString &column)
{
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
            .arg(db.dialect().facilitiesSelect(column), table));
    QStringList out;
    if (!q)
        return { q.error().details() };
    while (q->next())
        out << db.dialect().facilitiesFromDb(q->value(0)).join(QLatin1Char('|'));
    return out;
}

// A venue written as the agency's existing backend writes it: straight into the table.
Status insertVenue(
    const Database &db, const QString &id, const QString &name, const QStringList &facilities)
{
    auto q = db.exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO venues (id, name, city, facilities) VALUES (:id, "
                       ":name, 'Berlin', %1)")
            .arg(db.dialect().facilitiesParam(QStringLiteral(":f"))),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":name"), name },
            { QStringLiteral(":f"), db.dialect().facilitiesToDb(facilities) } });
    if (!q)
        return q.error();
    return {};
}

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

void tst_FacilityTerms::migrationRewritesBothWays()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.open();
    VM_VERIFY_OK(db);
    MigrationManager manager(*db);
    VM_VERIFY_OK(manager.migrate(8));
    VM_VERIFY_OK(insertVenue(*db, uuid(1), QStringLiteral("Keys"),
        { QStringLiteral("wifi"), QStringLiteral("catering_kitchen"),
            QStringLiteral("av_equipment") }));
    VM_VERIFY_OK(insertVenue(*db, uuid(2), QStringLiteral("Typed"),
        { QStringLiteral("Catering Kitchen"), QStringLiteral("Wi-Fi"), QStringLiteral("WLAN"),
            QStringLiteral("Rooftop pool") }));
    VM_VERIFY_OK(insertVenue(*db, uuid(3), QStringLiteral("Imported"),
        { QStringLiteral("av equipment"), QStringLiteral(" stage ") }));
    VM_VERIFY_OK(insertVenue(*db, uuid(4), QStringLiteral("None"), {}));
    VM_VERIFY_OK(db->exec(QStringLiteral("test"),
        QStringLiteral("INSERT INTO projects (id, client_name, event_name, required_facilities) "
                       "VALUES (:id, 'C', 'E', %1)")
            .arg(db->dialect().facilitiesParam(QStringLiteral(":f"))),
        { { QStringLiteral(":id"), uuid(9) },
            { QStringLiteral(":f"),
                db->dialect().facilitiesToDb(
                    { QStringLiteral("catering_kitchen"), QStringLiteral("stage") }) } }));

    VM_VERIFY_OK(manager.migrate());
    const QStringList up = { QStringLiteral("Wi-Fi|Catering kitchen|AV equipment"),
        QStringLiteral("Catering kitchen|Wi-Fi|Rooftop pool"), QStringLiteral("AV equipment|Stage"),
        QString() };
    QCOMPARE(facilitiesOf(*db, QStringLiteral("venues"), QStringLiteral("facilities")), up);
    QCOMPARE(facilitiesOf(*db, QStringLiteral("projects"), QStringLiteral("required_facilities")),
        QStringList { QStringLiteral("Catering kitchen|Stage") });

    // Down: the seeded labels become their old keys again; what no term knows stays.
    VM_VERIFY_OK(manager.migrateDown(8));
    QCOMPARE(facilitiesOf(*db, QStringLiteral("venues"), QStringLiteral("facilities")),
        (QStringList { QStringLiteral("wifi|catering_kitchen|av_equipment"),
            QStringLiteral("catering_kitchen|wifi|Rooftop pool"),
            QStringLiteral("av_equipment|stage"), QString() }));
    QCOMPARE(facilitiesOf(*db, QStringLiteral("projects"), QStringLiteral("required_facilities")),
        QStringList { QStringLiteral("catering_kitchen|stage") });
    VM_VERIFY_OK(manager.migrate());
    QCOMPARE(facilitiesOf(*db, QStringLiteral("venues"), QStringLiteral("facilities")), up);
}

void tst_FacilityTerms::filterFindsEverySpelling()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    // Written after 0009 by the existing backend, with its labels.
    VM_VERIFY_OK(insertVenue(*db, uuid(1), QStringLiteral("Alpha"), { QStringLiteral("Wi-Fi") }));
    VM_VERIFY_OK(insertVenue(*db, uuid(2), QStringLiteral("Beta"),
        { QStringLiteral("AV equipment"), QStringLiteral("Wi-Fi") }));
    VM_VERIFY_OK(insertVenue(*db, uuid(3), QStringLiteral("Gamma"), { QStringLiteral("Stage") }));
    // ... and by a writer that does not know the vocabulary: still found under "Wi-Fi".
    VM_VERIFY_OK(insertVenue(*db, uuid(4), QStringLiteral("Delta"), { QStringLiteral("wifi") }));
    VenueRepository repo(*db);
    const auto names = [&](const QStringList &facilities) {
        VenueFilter f;
        f.facilities = facilities;
        auto r = repo.search(f, 10);
        QStringList out;
        if (!r)
            return QStringList { r.error().details() };
        for (const Venue &v : *r)
            out << v.name;
        return out;
    };
    const QStringList wifi
        = { QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Delta") };
    QCOMPARE(names({ QStringLiteral("Wi-Fi") }), wifi);
    QCOMPARE(names({ QStringLiteral("wifi") }), wifi);
    QCOMPARE(names({ QStringLiteral("WLAN") }), wifi);
    QCOMPARE(names({ QStringLiteral("av equipment") }), QStringList { QStringLiteral("Beta") });
    QCOMPARE(names({ QStringLiteral("A/V"), QStringLiteral("wi_fi") }),
        QStringList { QStringLiteral("Beta") });
    QCOMPARE(names({ QStringLiteral("Parking") }), QStringList());
    // The filter menu offers the canonical labels.
    auto menu = repo.facilityNames();
    VM_VERIFY_OK(menu);
    QVERIFY(menu->contains(QStringLiteral("AV equipment")));
    QVERIFY(!menu->contains(QStringLiteral("av_equipment")));
    QVERIFY(!menu->contains(QStringLiteral("wifi")));
}

void tst_FacilityTerms::importStoresLabels()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VenueImporter importer(*db);
    auto preview = importer.preview(
        QByteArray("name,city,facilities\nHall,Berlin,\"av equipment, WLAN, wifi, Sauna\"\n"),
        QStringLiteral("agency.csv"));
    VM_VERIFY_OK(preview);
    VM_VERIFY_OK(importer.commit(*preview));
    QCOMPARE(facilitiesOf(*db, QStringLiteral("venues"), QStringLiteral("facilities")),
        QStringList { QStringLiteral("AV equipment|Wi-Fi|Sauna") });
    VenueFilter f;
    f.facilities = { QStringLiteral("av equipment") };
    auto found = VenueRepository(*db).search(f, 10);
    VM_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
}

void tst_FacilityTerms::venuemapctlSearchesByAlias()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    VM_VERIFY_OK(insertVenue(*db, uuid(1), QStringLiteral("Alpha"), { QStringLiteral("Wi-Fi") }));
    VM_VERIFY_OK(insertVenue(*db, uuid(2), QStringLiteral("Gamma"), { QStringLiteral("Stage") }));
    const auto run = [&](const QString &facility) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VENUEMAP_DB"), tmp.url().toFullString());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VENUEMAP_CTL_PATH),
            { QStringLiteral("venues"), QStringLiteral("search"), QStringLiteral("--facility"),
                facility });
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    };
    const QString byLabel = run(QStringLiteral("Wi-Fi"));
    QVERIFY2(byLabel.contains(QLatin1String("Alpha")), qPrintable(byLabel));
    QVERIFY2(!byLabel.contains(QLatin1String("Gamma")), qPrintable(byLabel));
    QCOMPARE(run(QStringLiteral("wifi")), byLabel);
    QCOMPARE(run(QStringLiteral("WLAN")), byLabel);
}

void tst_FacilityTerms::onlyAdminsAddTerms()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    auto added = FacilityTermRepository(*db).add(
        QStringLiteral("Rooftop terrace"), { QStringLiteral("Roof_top") });
    VM_VERIFY_OK(added);
    auto again = FacilityTermRepository(*db).add(QStringLiteral("roof top"), {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, DbError::Kind::Validation);
    auto vocabulary = FacilityTermRepository(*db).load();
    VM_VERIFY_OK(vocabulary);
    QCOMPARE(vocabulary->resolve(QStringLiteral("ROOF TOP")), QStringLiteral("Rooftop terrace"));
    if (!tmp.isPostgres())
        return; // a SQLite file has no roles: the app offers adding to admins only
    // PostgreSQL: an event manager's own login is refused by the database, an admin's is not.
    UserRepository users(*db);
    const QString tag = uniqueTag();
    auto manager = users.addPerson(
        { QStringLiteral("Max Manager"), QStringLiteral("max-%1@example.com").arg(tag),
            UserRole::EventManager, QStringLiteral("manager-password-1"), {} });
    VM_VERIFY_OK(manager);
    cleanup.logins << manager->dbRole;
    auto admin = users.addPerson(
        { QStringLiteral("Ada Admin"), QStringLiteral("ada-%1@example.com").arg(tag),
            UserRole::Admin, QStringLiteral("admin-password-1"), {} });
    VM_VERIFY_OK(admin);
    cleanup.logins << admin->dbRole;

    auto asManager
        = Database::open(tmp.urlFor(manager->dbRole, QStringLiteral("manager-password-1")),
            uniqueConnectionName(QStringLiteral("manager")));
    VM_VERIFY_OK(asManager);
    VM_VERIFY_OK(FacilityTermRepository(*asManager).load()); // reading is for everyone
    auto refused = FacilityTermRepository(*asManager).add(QStringLiteral("Sauna"), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, DbError::Kind::Permission);
    // Not by hand either (psql with the manager's password).
    QVERIFY(!asManager
                 ->exec(QStringLiteral("test"),
                     QStringLiteral("DELETE FROM facility_terms WHERE label = 'Bar'"))
                 .ok());

    auto asAdmin = Database::open(tmp.urlFor(admin->dbRole, QStringLiteral("admin-password-1")),
        uniqueConnectionName(QStringLiteral("admin")));
    VM_VERIFY_OK(asAdmin);
    VM_VERIFY_OK(FacilityTermRepository(*asAdmin).add(QStringLiteral("Sauna"), {}));
}

QTEST_GUILESS_MAIN(tst_FacilityTerms)
#include "tst_facilityterms.moc"
