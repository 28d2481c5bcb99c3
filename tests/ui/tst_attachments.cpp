// The Files list (issue 14, attachments) on real databases (both backends): files added through
// the widget from paths set as a file chooser would, listed with kind, size, who and when;
// a refused file said with its name; Remove asks first; Open hands a private copy (typed by
// content) to the desktop; Save As writes the bytes; the project workspace's Files… dialog puts
// its changes in the project's activity log. Nothing runs a statement on the GUI thread.
#include "attachmentslist.h"
#include "itemmodels/venuelistmodel.h"
#include "messagebar.h"
#include "projects/activitypanel.h"
#include "projects/attachmentsdialog.h"
#include "projects/projectworkspace.h"
#include "repositories/activityrepository.h"
#include "repositories/attachmentrepository.h"
#include "testdatabase.h"
#include "venues/venuespage.h"
#include "workflowbook.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace VenueMap::Core;
using namespace VenueMap::Ui;
using namespace VenueMap::Test;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray pdf(int size)
{
    QByteArray b("%PDF-1.7\n");
    while (b.size() < size - 7)
        b.append("0123456789abcdef\n");
    b.append("%%EOF\n");
    return b;
}

QByteArray floorPlanPng()
{
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.drawRect(20, 20, 600, 360);
    p.drawLine(320, 20, 320, 380);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray docx()
{
    return QByteArray("PK\x03\x04", 4) + QByteArray(26, '\x01') + "[Content_Types].xml"
        + QByteArray(20000, 'x') + "word/document.xml";
}

QStringList names(const AttachmentsList &list)
{
    QStringList out;
    for (int i = 0; i < list.list()->topLevelItemCount(); ++i)
        out << list.list()->topLevelItem(i)->text(AttachmentsList::NameColumn);
    return out;
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("VENUEMAP_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class tst_AttachmentsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addListOpenRemove_data() { addBackendRows(); }
    void addListOpenRemove();
    void workspaceFilesDialog_data() { addBackendRows(); }
    void workspaceFilesDialog();
    void venueDetailPane_data() { addBackendRows(); }
    void venueDetailPane();
};

void tst_AttachmentsUi::addListOpenRemove()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    const QString venue = book.venueIds.first(); // Harbour Loft
    QTemporaryDir dir;
    const QString contract = writeFile(dir, QStringLiteral("Harbour Loft contract.pdf"), pdf(4000));
    const QString plan = writeFile(dir, QStringLiteral("plan.pdf"), floorPlanPng()); // a PNG
    const QString program = writeFile(dir, QStringLiteral("invoice.pdf"),
        QByteArray("\x7f"
                   "ELF\x02\x01\x01\x00",
            8)
            + QByteArray(64, '\0'));

    AttachmentsList list;
    list.resize(700, 300);
    list.setDatabase(*db, book.annaId);
    QStringList opened;
    list.setOpener([&opened](const QUrl &url) {
        opened << url.toLocalFile();
        return true;
    });
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    const qint64 onGuiThread = Database::statementsOnMainThread();
    list.setOwner(AttachmentOwner::venue(venue));
    QTRY_VERIFY(!list.isLoading());
    QCOMPARE(list.count(), 0);

    // Added as a person would after choosing them: the kind from each name, the program refused.
    list.addFiles({ contract, plan, program });
    QTRY_VERIFY(!list.isLoading());
    QCOMPARE(list.count(), 2);
    QVERIFY2(list.lastMessage().contains(QStringLiteral("invoice.pdf is named like a PDF")),
        qPrintable(list.lastMessage()));
    QStringList shown = names(list);
    shown.sort();
    QCOMPARE(shown,
        (QStringList { QStringLiteral("Harbour Loft contract.pdf"), QStringLiteral("plan.pdf") }));
    QTreeWidgetItem *top = list.list()->currentItem(); // the last one added is selected
    QVERIFY(top);
    QCOMPARE(top->text(AttachmentsList::NameColumn), QStringLiteral("plan.pdf"));
    QCOMPARE(top->text(AttachmentsList::KindColumn), QStringLiteral("Floor plan"));
    QCOMPARE(top->text(AttachmentsList::ByColumn), QStringLiteral("Anna Reyes"));
    QVERIFY(!top->text(AttachmentsList::AddedColumn).isEmpty());
    const QList<QTreeWidgetItem *> contracts = list.list()->findItems(
        QStringLiteral("Harbour Loft contract.pdf"), Qt::MatchExactly, AttachmentsList::NameColumn);
    QCOMPARE(contracts.size(), 1);
    QCOMPARE(contracts.first()->text(AttachmentsList::KindColumn), QStringLiteral("Contract"));
    QCOMPARE(contracts.first()->text(AttachmentsList::SizeColumn), QStringLiteral("4 KB"));

    // A kind chosen from Add's menu wins over the name.
    const QString cert = writeFile(dir, QStringLiteral("scan 0042.pdf"), pdf(900));
    list.addFiles({ cert }, AttachmentKind::InsuranceCertificate);
    QTRY_VERIFY(!list.isLoading());
    QCOMPARE(list.count(), 3);
    QCOMPARE(list.list()->currentItem()->text(AttachmentsList::KindColumn),
        QStringLiteral("Insurance certificate"));

    // Open: a private, read-only copy whose suffix is the content's (the PNG named .pdf opens
    // as a PNG), handed to the desktop.
    list.list()->setCurrentItem(top
        = list.list()
              ->findItems(QStringLiteral("plan.pdf"), Qt::MatchExactly, AttachmentsList::NameColumn)
              .first());
    list.openSelected();
    QCOMPARE(opened.size(), 1);
    QVERIFY2(opened.first().endsWith(QStringLiteral("/plan.png")), qPrintable(opened.first()));
    QFile copy(opened.first());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), floorPlanPng());
    QCOMPARE(copy.permissions() & (QFileDevice::WriteOwner | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    // Save As: the bytes, under the name the person chose.
    const QString target = dir.filePath(QStringLiteral("saved copy.pdf"));
    QVERIFY(list.saveSelectedTo(target));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), floorPlanPng());

    // Remove asks; Cancel keeps the file, Remove marks it deleted.
    list.removeSelected();
    QTRY_VERIFY(list.pendingQuestion() && list.pendingQuestion()->isVisible());
    QVERIFY(list.pendingQuestion()->text().contains(QStringLiteral("plan.pdf")));
    list.pendingQuestion()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!list.pendingQuestion());
    QCOMPARE(list.count(), 3);
    list.removeSelected();
    QTRY_VERIFY(list.pendingQuestion());
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *b : list.pendingQuestion()->buttons())
        if (list.pendingQuestion()->buttonRole(b) == QMessageBox::DestructiveRole)
            remove = b;
    QVERIFY(remove);
    remove->click();
    QTRY_VERIFY(!list.isLoading());
    QTRY_COMPARE(list.count(), 2);
    QVERIFY(!names(list).contains(QStringLiteral("plan.pdf")));
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);
    auto all = AttachmentRepository(*db, book.annaId).fetchFor(AttachmentOwner::venue(venue), true);
    VM_VERIFY_OK(all);
    QCOMPARE(all->size(), 3); // the row stays, marked deleted
}

void tst_AttachmentsUi::workspaceFilesDialog()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    QTemporaryDir dir;
    ProjectWorkspace ws(*db, book.anna);
    ws.resize(1366, 768);
    VM_VERIFY_OK(ws.open(book.summit.id));
    ws.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ws));
    QTRY_VERIFY(!ws.isOpening());
    const qint64 onGuiThread = Database::statementsOnMainThread();
    ws.selectRow(0);
    auto *files = ws.findChild<QPushButton *>(QStringLiteral("filesButton"));
    QVERIFY(files && files->isEnabled());
    shoot(&ws, QStringLiteral("attachments-workspace"));
    QTest::mouseClick(files, Qt::LeftButton);
    QTRY_VERIFY(ws.filesDialog() && ws.filesDialog()->isVisible());
    AttachmentsList *list = ws.filesDialog()->list();
    QTRY_VERIFY(!list->isLoading());
    const QString venueName = ws.filesDialog()->windowTitle().section(QStringLiteral("— "), 1);
    QVERIFY(!venueName.isEmpty());

    const QString contract
        = writeFile(dir, QStringLiteral("Signed contract 2026.pdf"), pdf(1'300'000));
    const QString plan
        = writeFile(dir, QStringLiteral("Floor plan ground level.png"), floorPlanPng());
    const QString quote = writeFile(dir, QStringLiteral("Catering offer.docx"), docx());
    list->addFiles({ contract, plan, quote });
    QTRY_VERIFY(!list->isLoading());
    QCOMPARE(list->count(), 3);
    // A file over the limit, refused with its name; nothing else changes.
    const QString big = dir.filePath(QStringLiteral("venue video.pdf"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
        QVERIFY(f.resize(40 * 1024 * 1024));
    }
    list->addFiles({ big });
    QTRY_VERIFY(!list->isLoading());
    QCOMPARE(list->count(), 3);
    QTRY_VERIFY(ws.filesDialog()->messageBar()->text().contains(
        QStringLiteral("venue video.pdf is 40.0 MB; a file can be at most 25 MB.")));
    ws.filesDialog()->messageBar()->hide();
    list->list()->setCurrentItem(list->list()->topLevelItem(0));
    shoot(ws.filesDialog(), QStringLiteral("attachments-dialog"));
    QTRY_VERIFY(!ws.activityPanel()->isLoading());
    QCOMPARE(Database::statementsOnMainThread(), onGuiThread);

    // The project's activity log says what happened, with the venue's name.
    ActivityRepository log(*db, book.annaId);
    auto entries = log.fetchForProject(book.summit.id, Action::AttachmentAdded);
    VM_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 3);
    QStringList sentences;
    for (const ActivityEntry &e : *entries)
        sentences << e.sentence();
    QVERIFY2(sentences.contains(
                 QStringLiteral("Anna Reyes added Signed contract 2026.pdf (contract) for %1")
                     .arg(venueName)),
        qPrintable(sentences.join(QLatin1Char('\n'))));
    ws.filesDialog()->close();
    QTRY_VERIFY(!ws.filesDialog());
}

void tst_AttachmentsUi::venueDetailPane()
{
    VM_TEMP_DATABASE(tmp);
    auto db = tmp.openMigrated();
    VM_VERIFY_OK(db);
    WorkflowBook book = makeWorkflowBook(*db);
    const QString tomas = insertUser(*db, QStringLiteral("Tomás Silva"));
    AttachmentRepository asAnna(*db, book.annaId);
    AttachmentRepository asTomas(*db, tomas);
    VenuesPage page(*db);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(page.model()->rowCount() > 0);
    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue().has_value());
    const QString venue = page.shownVenue()->id;
    VM_VERIFY_OK(asTomas.add(AttachmentOwner::venue(venue),
        QStringLiteral("Venue brochure 2026.pdf"), pdf(3'400'000), AttachmentKind::VenueBrochure));
    VM_VERIFY_OK(asAnna.add(AttachmentOwner::venue(venue),
        QStringLiteral("Public liability insurance — valid to Dec 2026.pdf"), pdf(240'000),
        AttachmentKind::InsuranceCertificate));
    VM_VERIFY_OK(asAnna.add(AttachmentOwner::venue(venue),
        QStringLiteral("Floor plan, level 2.png"), floorPlanPng(), AttachmentKind::FloorPlan));
    VM_VERIFY_OK(asTomas.add(AttachmentOwner::venue(venue),
        QStringLiteral("Access & <b>loading<b> notes.txt"),
        QByteArray("Loading bay on Rua do Cais, max 3.5 t.\n"), AttachmentKind::Other));
    auto *list = page.findChild<AttachmentsList *>();
    QVERIFY(list);
    // Another venue and back: the list reads the files again.
    page.selectRow(1);
    QTRY_VERIFY(page.shownVenue() && page.shownVenue()->id != venue);
    QTRY_VERIFY(!list->isLoading());
    QCOMPARE(list->count(), 0);
    page.selectRow(0);
    QTRY_VERIFY(page.shownVenue() && page.shownVenue()->id == venue);
    QTRY_VERIFY(!list->isLoading());
    QTRY_COMPARE(list->count(), 4);
    // A name in markup is shown as the text it is.
    QVERIFY(names(*list).contains(QStringLiteral("Access & <b>loading<b> notes.txt")));
    QTest::qWait(50); // laid out with the files in
    if (auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("detailScroll")))
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QTest::qWait(50);
    shoot(&page, QStringLiteral("attachments-venue-pane"));
}

QTEST_MAIN(tst_AttachmentsUi)
#include "tst_attachments.moc"
