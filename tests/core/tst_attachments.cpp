// Attachments (issue 14): files kept with a venue or a shortlisted venue (table attachments,
// migration 0016). The bytes come back as they went in; the type is the content's, never the
// name's; the 25 MB limit is the app's and the database's; removing marks a file deleted and the
// row stays; adding and removing are in the project's activity log; lists never carry content.
// Both backends.
#include "domain/attachment.h"
#include "peopletestsupport.h"
#include "repositories/activityrepository.h"
#include "repositories/attachmentrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/userrepository.h"
#include "testdatabase.h"
#include "workflowfixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace VenueMap::Core;
using namespace VenueMap::Test;

namespace {

struct Book
{
    QString anna;
    QString venue; // Hotel Miramar
    QString project; // Acme Pharma — Spring Summit
    QString row; // Hotel Miramar on Acme's shortlist
};

Book makeBook(const Database &db)
{
    Book b;
    b.anna = insertUser(db, QStringLiteral("Anna"));
    b.venue = insertVenue(db, QStringLiteral("Hotel Miramar"));
    Project p;
    p.clientName = QStringLiteral("Acme Pharma");
    p.eventName = QStringLiteral("Spring Summit");
    b.project = ProjectRepository(db, b.anna).addProject(p)->id;
    b.row = OutreachRepository(db, b.anna).addVenues(b.project, { b.venue })->added.first().id;
    return b;
}

QByteArray pdfBytes()
{
    // Every byte value, after a PDF header: nothing may be lost or re-encoded on the way.
    QByteArray b("%PDF-1.7\n");
    for (int round = 0; round < 4; ++round)
        for (int i = 0; i < 256; ++i)
            b.append(char(i));
    b.append("\n%%EOF\n");
    return b;
}

QByteArray pngBytes()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8"
                                  "BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

QByteArray elfBytes()
{
    QByteArray b("\x7f"
                 "ELF\x02\x01\x01\x00",
        8);
    b.append(QByteArray(120, '\0'));
    return b;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

int countAttachments(const Database &db)
{
    return countRows(db, QStringLiteral("SELECT count(*) FROM attachments"));
}

} // namespace

class tst_Attachments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindsHaveOneLabelEach();
    void typeByContent_data();
    void typeByContent();
    void roundTrip_data() { addBackendRows(); }
    void roundTrip();
    void refusedFilesWriteNothing_data() { addBackendRows(); }
    void refusedFilesWriteNothing();
    void databaseKeepsTheLimit_data() { addBackendRows(); }
    void databaseKeepsTheLimit();
    void removeKeepsTheRow_data() { addBackendRows(); }
    void removeKeepsTheRow();
    void activityLog_data() { addBackendRows(); }
    void activityLog();
    void shortlistRowWithFilesStays_data() { addBackendRows(); }
    void shortlistRowWithFilesStays();
    void eventManagerCannotDelete_data() { addBackendRows(); }
    void eventManagerCannotDelete();
};

void tst_Attachments::kindsHaveOneLabelEach()
{
    for (AttachmentKind k : allAttachmentKinds()) {
        QCOMPARE(attachmentKindFromText(attachmentKindKey(k)), std::optional<AttachmentKind>(k));
        QCOMPARE(attachmentKindFromText(attachmentKindLabel(k)), std::optional<AttachmentKind>(k));
    }
    QVERIFY(!attachmentKindFromText(QStringLiteral("invoice")));
    QCOMPARE(guessAttachmentKind(QStringLiteral("Miramar_Contract_signed.pdf")),
        AttachmentKind::Contract);
    QCOMPARE(
        guessAttachmentKind(QStringLiteral("floor-plan level 2.png")), AttachmentKind::FloorPlan);
    QCOMPARE(guessAttachmentKind(QStringLiteral("Liability insurance 2027.pdf")),
        AttachmentKind::InsuranceCertificate);
    QCOMPARE(
        guessAttachmentKind(QStringLiteral("Miramar brochure.pdf")), AttachmentKind::VenueBrochure);
    QCOMPARE(guessAttachmentKind(QStringLiteral("IMG_2041.jpg")), AttachmentKind::Other);
    QCOMPARE(AttachmentRules::sizeText(12), QStringLiteral("12 bytes"));
    QCOMPARE(AttachmentRules::sizeText(840 * 1024), QStringLiteral("840 KB"));
    QCOMPARE(AttachmentRules::sizeText(3565158), QStringLiteral("3.4 MB"));
    // A name is its last part, without control characters.
    QCOMPARE(AttachmentRules::storedFileName(QStringLiteral("/tmp/x/con\ntract.pdf")),
        QStringLiteral("contract.pdf"));
}

void tst_Attachments::typeByContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mimeType"); // empty: refused
    QTest::addColumn<QString>("sentenceSays");

    QTest::newRow("pdf") << "contract.pdf" << pdfBytes() << "application/pdf"
                         << "";
    // The content decides: a PNG named .pdf is kept as the PNG it is (and opens as one).
    QTest::newRow("png named pdf") << "plan.pdf" << pngBytes() << "image/png"
                                   << "";
    QTest::newRow("pdf named txt") << "notes.txt" << pdfBytes() << "application/pdf"
                                   << "";
    QTest::newRow("jpeg") << "room.jpg" << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11)
                          << "image/jpeg"
                          << "";
    QTest::newRow("gif") << "a.gif" << QByteArray("GIF89a\x01\x00\x01\x00", 10) << "image/gif"
                         << "";
    QTest::newRow("webp") << "a.webp" << QByteArray("RIFF\x24\x00\x00\x00WEBPVP8 ", 16)
                          << "image/webp"
                          << "";
    QTest::newRow("text") << "directions.txt"
                          << QByteArray("Take the tram 28 to Graça.\nLoading bay on the left.\n")
                          << "text/plain"
                          << "";
    QTest::newRow("docx") << "contract.docx"
                          << QByteArray("PK\x03\x04", 4) + QByteArray(26, '\x01')
            + "[Content_Types].xml" + QByteArray(40, 'x') + "word/document.xml"
                          << "application/vnd.openxmlformats-officedocument.wordprocessingml."
                             "document"
                          << "";
    QTest::newRow("odt") << "contract.odt"
                         << QByteArray("PK\x03\x04", 4) + QByteArray(26, '\x01') + "mimetype"
            + "application/vnd.oasis.opendocument.text" + QByteArray("PK\x03\x04", 4)
                         << "application/vnd.oasis.opendocument.text"
                         << "";
    // Programs, whatever their name: refused, naming the file and what it really is.
    QTest::newRow("elf named pdf") << "contract.pdf" << elfBytes() << ""
                                   << "contract.pdf is named like a PDF but its content is an "
                                      "ELF executable";
    QTest::newRow("exe named pdf")
        << "invoice.pdf" << QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8) + QByteArray(100, '\0')
        << ""
        << "invoice.pdf is named like a PDF but its content is a "
           "Windows executable";
    QTest::newRow("script") << "readme.txt" << QByteArray("#!/bin/sh\nrm -rf ~\n") << ""
                            << "its content is a script";
    QTest::newRow("html") << "brochure.html"
                          << QByteArray("<!DOCTYPE html><html><body>Hi</body></html>") << ""
                          << "brochure.html is a file of type";
    QTest::newRow("zip") << "photos.zip" << QByteArray("PK\x03\x04", 4) + QByteArray(60, 'a') << ""
                         << "photos.zip is";
    QTest::newRow("empty") << "blank.pdf" << QByteArray() << ""
                           << "blank.pdf is empty";
}

void tst_Attachments::typeByContent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mimeType);
    QFETCH(QString, sentenceSays);
    const auto type = AttachmentRules::contentType(bytes, fileName);
    QCOMPARE(type.mimeType, mimeType);
    if (mimeType.isEmpty()) {
        QVERIFY(!type.ok());
        QVERIFY2(type.refusal.contains(sentenceSays), qPrintable(type.refusal));
        QVERIFY2(type.refusal.contains(fileName), qPrintable(type.refusal));
    } else {
        QVERIFY2(type.ok(), qPrintable(type.refusal));
    }
}

void tst_Attachments::roundTrip()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("Miramar contract.pdf"), pdfBytes());
    AttachmentRepository repo(*db, b.anna);
    auto added = repo.addFile(AttachmentOwner::shortlisted(b.row), path, AttachmentKind::Contract,
        QStringLiteral("Signed by both"));
    VM_VERIFY_OK(added);
    QCOMPARE(added->fileName, QStringLiteral("Miramar contract.pdf"));
    QCOMPARE(added->mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(added->byteSize, qint64(pdfBytes().size()));
    QVERIFY(added->createdAt.isValid());
    // A PNG named .pdf, for the venue itself: kept as a PNG.
    auto plan = repo.add(AttachmentOwner::venue(b.venue), QStringLiteral("floor plan.pdf"),
        pngBytes(), AttachmentKind::FloorPlan);
    VM_VERIFY_OK(plan);
    QCOMPARE(plan->mimeType, QStringLiteral("image/png"));

    // The lists: each owner's own files, with who and when, and never the content.
    auto shortlisted = repo.fetchFor(AttachmentOwner::shortlisted(b.row));
    VM_VERIFY_OK(shortlisted);
    QCOMPARE(shortlisted->size(), 1);
    const Attachment &listed = shortlisted->first();
    QCOMPARE(listed.id, added->id);
    QCOMPARE(listed.kind, AttachmentKind::Contract);
    QCOMPARE(listed.note, QStringLiteral("Signed by both"));
    QCOMPARE(listed.createdByName, QStringLiteral("Anna"));
    QCOMPARE(listed.byteSize, qint64(pdfBytes().size()));
    QVERIFY(listed.content.isEmpty());
    auto venueFiles = repo.fetchFor(AttachmentOwner::venue(b.venue));
    VM_VERIFY_OK(venueFiles);
    QCOMPARE(venueFiles->size(), 1);
    QCOMPARE(venueFiles->first().fileName, QStringLiteral("floor plan.pdf"));
    QVERIFY(venueFiles->first().content.isEmpty());

    // The bytes come back exactly.
    auto content = repo.fetchContent(added->id);
    VM_VERIFY_OK(content);
    QCOMPARE(content->content, pdfBytes());
    QCOMPARE(content->fileName, QStringLiteral("Miramar contract.pdf"));
    QCOMPARE(repo.fetchContent(plan->id)->content, pngBytes());
    QCOMPARE(AttachmentRules::suffixFor(plan->mimeType), QStringLiteral("png"));
}

void tst_Attachments::refusedFilesWriteNothing()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    QTemporaryDir dir;
    AttachmentRepository repo(*db, b.anna);
    const auto owner = AttachmentOwner::shortlisted(b.row);

    // Over the limit: refused before it is read (a sparse file of 30 MB).
    const QString big = dir.filePath(QStringLiteral("site survey.pdf"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
        QVERIFY(f.resize(30 * 1024 * 1024));
    }
    auto tooBig = repo.addFile(owner, big, AttachmentKind::Other);
    QVERIFY(!tooBig);
    QCOMPARE(tooBig.error().kind, DbError::Kind::Validation);
    QCOMPARE(tooBig.error().message,
        QStringLiteral("site survey.pdf is 30.0 MB; a file can be at most 25 MB."));
    // One byte over, handed over as bytes: refused as well.
    QByteArray justOver("%PDF-1.4\n");
    justOver.resize(AttachmentRules::kMaxBytes + 1);
    QVERIFY(!repo.add(owner, QStringLiteral("big.pdf"), justOver, AttachmentKind::Other));

    // Unreadable: a missing file and a folder, each named.
    auto missing
        = repo.addFile(owner, dir.filePath(QStringLiteral("gone.pdf")), AttachmentKind::Other);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("gone.pdf cannot be read")),
        qPrintable(missing.error().message));
    auto folder = repo.addFile(owner, dir.path(), AttachmentKind::Other);
    QVERIFY(!folder);
    QVERIFY(folder.error().message.contains(QStringLiteral("is a folder")));

    // A program named .pdf: refused, naming the file.
    const QString elf = writeFile(dir, QStringLiteral("contract.pdf"), elfBytes());
    auto program = repo.addFile(owner, elf, AttachmentKind::Contract);
    QVERIFY(!program);
    QCOMPARE(program.error().kind, DbError::Kind::Validation);
    QVERIFY2(program.error().message.startsWith(QStringLiteral("contract.pdf is named like a PDF")),
        qPrintable(program.error().message));

    // Nothing was written: no file, no activity.
    QCOMPARE(countAttachments(*db), 0);
    QCOMPARE(
        countRows(*db,
            QStringLiteral("SELECT count(*) FROM activity_logs WHERE action LIKE 'attachment%'")),
        0);
}

void tst_Attachments::databaseKeepsTheLimit()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    const auto insert = [&](const QString &venue, const QString &row, const QByteArray &content,
                            qint64 size) {
        return db->exec(QStringLiteral("test"),
            QStringLiteral("INSERT INTO attachments (id, venue_id, project_venue_id, file_name, "
                           "mime_type, byte_size, content) VALUES (:id, :venue, :row, 'x.pdf', "
                           "'application/pdf', :size, :content)"),
            { { QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral(":venue"),
                    venue.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(venue) },
                { QStringLiteral(":row"),
                    row.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(row) },
                { QStringLiteral(":size"), size }, { QStringLiteral(":content"), content } });
    };
    // A writer that skips the app: within the limit and honest, accepted.
    VM_VERIFY_OK(insert(b.venue, {}, QByteArray("%PDF-1.4 small"), 14));
    QCOMPARE(countAttachments(*db), 1);
    // Over 25 MB: refused by the database.
    QByteArray huge(AttachmentRules::kMaxBytes + 1, 'a');
    QVERIFY(!insert(b.venue, {}, huge, huge.size()));
    // A byte_size that lies about the content: refused.
    QVERIFY(!insert(b.venue, {}, huge, 14));
    // Both owners, or none: refused.
    QVERIFY(!insert(b.venue, b.row, QByteArray("%PDF-1.4 small"), 14));
    QVERIFY(!insert({}, {}, QByteArray("%PDF-1.4 small"), 14));
    // An unknown kind: refused.
    QVERIFY(!db->exec(
        QStringLiteral("test"), QStringLiteral("UPDATE attachments SET kind = 'invoice'")));
    QCOMPARE(countAttachments(*db), 1);
}

void tst_Attachments::removeKeepsTheRow()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    AttachmentRepository repo(*db, b.anna);
    auto added = repo.add(AttachmentOwner::venue(b.venue), QStringLiteral("brochure.pdf"),
        pdfBytes(), AttachmentKind::VenueBrochure);
    VM_VERIFY_OK(added);
    VM_VERIFY_OK(repo.remove(added->id));
    QVERIFY(repo.fetchFor(AttachmentOwner::venue(b.venue))->isEmpty());
    // The row stays, marked deleted by Anna, with its content.
    auto all = repo.fetchFor(AttachmentOwner::venue(b.venue), true);
    VM_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QVERIFY(all->first().isDeleted);
    QVERIFY(all->first().deletedAt.isValid());
    QCOMPARE(countAttachments(*db), 1);
    QCOMPARE(
        countRows(*db, QStringLiteral("SELECT count(*) FROM attachments WHERE deleted_by = :anna"),
            { { QStringLiteral(":anna"), b.anna } }),
        1);
    QCOMPARE(repo.fetchContent(added->id)->content, pdfBytes());
    // Removing it twice (a colleague was first): said, not done again.
    auto again = repo.remove(added->id);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, DbError::Kind::NotFound);
    QCOMPARE(countRows(*db,
                 QStringLiteral(
                     "SELECT count(*) FROM activity_logs WHERE action = 'attachment_removed'")),
        1);
}

void tst_Attachments::activityLog()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    AttachmentRepository repo(*db, b.anna);
    auto added = repo.add(AttachmentOwner::shortlisted(b.row), QStringLiteral("contract.pdf"),
        pdfBytes(), AttachmentKind::Contract);
    VM_VERIFY_OK(added);
    VM_VERIFY_OK(repo.remove(added->id));
    ActivityRepository log(*db, b.anna);
    auto entries = log.fetchForProject(b.project);
    VM_VERIFY_OK(entries);
    QStringList sentences;
    for (const ActivityEntry &e : *entries)
        sentences << e.sentence();
    QVERIFY2(
        sentences.contains(QStringLiteral("Anna added contract.pdf (contract) for Hotel Miramar")),
        qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY2(
        sentences.contains(QStringLiteral("Anna removed contract.pdf (contract) of Hotel Miramar")),
        qPrintable(sentences.join(QLatin1Char('\n'))));
    QCOMPARE(entries->first().action, Action::AttachmentRemoved); // newest first
    auto onlyAdded = log.fetchForProject(b.project, Action::AttachmentAdded);
    QCOMPARE(onlyAdded->size(), 1);
    // A venue's own file has no project: its entry is kept without one.
    VM_VERIFY_OK(repo.add(AttachmentOwner::venue(b.venue), QStringLiteral("insurance 2027.pdf"),
        pdfBytes(), AttachmentKind::InsuranceCertificate));
    QCOMPARE(countRows(*db,
                 QStringLiteral("SELECT count(*) FROM activity_logs WHERE project_id IS NULL AND "
                                "action = 'attachment_added'")),
        1);
}

void tst_Attachments::shortlistRowWithFilesStays()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    AttachmentRepository repo(*db, b.anna);
    VM_VERIFY_OK(repo.add(AttachmentOwner::shortlisted(b.row), QStringLiteral("contract.pdf"),
        pdfBytes(), AttachmentKind::Contract));
    // Taking the venue off the shortlist would delete its contract with it: refused, said.
    OutreachRepository outreach(*db, b.anna);
    const int version = outreach.fetchEntry(b.row)->row.version;
    auto refused = outreach.removeVenue(b.row, version);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, DbError::Kind::Validation);
    QVERIFY2(refused.error().sentence().contains(
                 QStringLiteral("Hotel Miramar has files on this shortlist")),
        qPrintable(refused.error().sentence()));
    QCOMPARE(countAttachments(*db), 1);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM project_venues")), 1);
    // Raw SQL is refused as well.
    QVERIFY(!db->exec(QStringLiteral("test"), QStringLiteral("DELETE FROM project_venues")));
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM project_venues")), 1);
    // Once its files are removed it can leave; the removed files stay, now with the venue.
    const QString fileId = repo.fetchFor(AttachmentOwner::shortlisted(b.row))->first().id;
    VM_VERIFY_OK(repo.remove(fileId));
    VM_VERIFY_OK(outreach.removeVenue(b.row, version));
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM project_venues")), 0);
    auto kept = repo.fetchFor(AttachmentOwner::venue(b.venue), true);
    VM_VERIFY_OK(kept);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().id, fileId);
    QVERIFY(kept->first().isDeleted);
    QVERIFY(repo.fetchFor(AttachmentOwner::venue(b.venue))->isEmpty());
}

void tst_Attachments::eventManagerCannotDelete()
{
    RoleCleanup cleanup;
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    const Book b = makeBook(*db);
    if (!tmp.isPostgres())
        return; // a SQLite file has no roles: the app never deletes, and only it writes the file
    // PostgreSQL: an event manager adds and removes through the app, and cannot delete a file or
    // change its content by hand (psql with the manager's password).
    auto manager = UserRepository(*db).addPerson(
        { QStringLiteral("Max Manager"), QStringLiteral("max-%1@example.com").arg(uniqueTag()),
            UserRole::EventManager, QStringLiteral("manager-password-1"), {} });
    VM_VERIFY_OK(manager);
    cleanup.logins << manager->dbRole;
    auto asManager
        = Database::open(tmp.urlFor(manager->dbRole, QStringLiteral("manager-password-1")),
            uniqueConnectionName(QStringLiteral("manager")));
    VM_VERIFY_OK(asManager);
    AttachmentRepository repo(*asManager, manager->id);
    auto added = repo.add(AttachmentOwner::shortlisted(b.row), QStringLiteral("contract.pdf"),
        pdfBytes(), AttachmentKind::Contract);
    VM_VERIFY_OK(added);
    QCOMPARE(repo.fetchFor(AttachmentOwner::shortlisted(b.row))->first().createdByName,
        QStringLiteral("Max Manager"));
    QVERIFY(!asManager->exec(QStringLiteral("test"),
        QStringLiteral("DELETE FROM attachments WHERE id = :id"),
        { { QStringLiteral(":id"), added->id } }));
    QVERIFY(!asManager->exec(QStringLiteral("test"),
        QStringLiteral("UPDATE attachments SET content = :bytes, byte_size = 3 WHERE id = :id"),
        { { QStringLiteral(":bytes"), QByteArray("abc") }, { QStringLiteral(":id"), added->id } }));
    VM_VERIFY_OK(repo.remove(added->id));
    QCOMPARE(countAttachments(*db), 1);
    QCOMPARE(repo.fetchContent(added->id)->content, pdfBytes());
    // The venue can then leave the shortlist: the database moves the removed file to the venue
    // (as the owner; the manager could not change a file's owner by hand).
    OutreachRepository outreach(*asManager, manager->id);
    VM_VERIFY_OK(outreach.removeVenue(b.row, outreach.fetchEntry(b.row)->row.version));
    QCOMPARE(repo.fetchFor(AttachmentOwner::venue(b.venue), true)->size(), 1);
}

QTEST_GUILESS_MAIN(tst_Attachments)
#include "tst_attachments.moc"
