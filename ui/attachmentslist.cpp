#include "attachmentslist.h"

#include "auth/session.h"
#include "db/backgroundreader.h"
#include "domain/language.h"
#include "readonlyedits.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace VenueMap::Ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
const QString kPurpose = QStringLiteral("attachments");

// A name a copy can be written under: the stored name without its suffix, stripped of what a
// file system or a shell would read into it; the suffix is the content's type's.
QString copyName(const Core::Attachment &a)
{
    QString base = QFileInfo(a.fileName).completeBaseName();
    QString clean;
    for (QChar c : base)
        clean.append(c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-')
                    || c == QLatin1Char('_') || c == QLatin1Char('(') || c == QLatin1Char(')')
                ? c
                : QLatin1Char('_'));
    clean = clean.trimmed().left(80);
    if (clean.isEmpty())
        clean = QStringLiteral("file");
    return clean + QLatin1Char('.') + Core::AttachmentRules::suffixFor(a.mimeType);
}

Core::DbError ioError(const QString &operation, const QString &message)
{
    return Core::DbError::make(
        Core::DbError::Kind::Io, operation, message, QStringLiteral("AttachmentsList"));
}
} // namespace

AttachmentsList::AttachmentsList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_hint(new QLabel(this))
    , m_add(new QToolButton(this))
    , m_open(new QToolButton(this))
    , m_save(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    setAcceptDrops(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Name"), tr("Kind"), tr("Size"), tr("Added by"),
        tr("Added", "column: when the file was added") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAcceptDrops(false); // drops go to the widget
    m_list->setMinimumHeight(120);
    m_list->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 0; }"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = KindColumn; c < ColumnCount; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #777;"));

    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add files (PDF, images, text, Office documents; up to 25 MB each), "
                         "their kind taken from their names; the arrow adds them as a kind you "
                         "choose. You can also drop files here."));
    // Add… guesses each file's kind from its name; the menu says the kind outright.
    auto *kinds = new QMenu(m_add);
    for (Core::AttachmentKind k : Core::allAttachmentKinds())
        connect(kinds->addAction(tr("Add as %1…").arg(Core::attachmentKindLabel(k))),
            &QAction::triggered, this, [this, k] { chooseFiles(k); });
    m_add->setMenu(kinds);
    m_add->setPopupMode(QToolButton::MenuButtonPopup);
    m_open->setText(tr("Open", "button: open the file"));
    m_open->setToolTip(tr("Open a copy with the desktop's viewer"));
    m_save->setText(tr("Save As…"));
    m_remove->setText(tr("Remove"));
    m_add->setObjectName(QStringLiteral("addAttachmentButton"));
    m_open->setObjectName(QStringLiteral("openAttachmentButton"));
    m_save->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_remove->setObjectName(QStringLiteral("removeAttachmentButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *b : { m_add, m_open, m_save, m_remove })
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, [this] { chooseFiles(); });
    connect(m_open, &QToolButton::clicked, this, &AttachmentsList::openSelected);
    connect(m_save, &QToolButton::clicked, this, &AttachmentsList::saveSelectedAs);
    connect(m_remove, &QToolButton::clicked, this, &AttachmentsList::removeSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &AttachmentsList::openSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AttachmentsList::updateButtons);
    m_opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    updateButtons();
}

AttachmentsList::~AttachmentsList() = default;

void AttachmentsList::setDatabase(const Core::Database &db, const QString &actingUserId)
{
    m_db = db;
    m_userId = actingUserId;
    m_reader
        = std::make_unique<Core::BackgroundReader>(db, Core::uniqueConnectionName(db, kPurpose));
}

void AttachmentsList::setOwner(const Core::AttachmentOwner &owner, bool editable)
{
    const bool same
        = owner.venueId == m_owner.venueId && owner.projectVenueId == m_owner.projectVenueId;
    m_owner = owner;
    m_editable = editable && !(m_db && m_db->isReadOnly());
    if (!same)
        m_list->clear(); // never show the last owner's files while this one's load
    reload();
}

int AttachmentsList::count() const
{
    return m_list->topLevelItemCount();
}

QString AttachmentsList::userId() const
{
    return m_userId.isEmpty() ? Core::Session::userId().toString() : m_userId;
}

void AttachmentsList::report(const Core::DbError &error)
{
    m_lastMessage = error.sentence();
    Q_EMIT failed(error);
}

QString AttachmentsList::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, kIdRole).toString() : QString();
}

QString AttachmentsList::currentName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void AttachmentsList::reload(const QString &selectId)
{
    if (!m_reader || !m_owner.isValid()) {
        if (m_reader)
            m_reader->cancel();
        m_pending = false;
        m_list->clear();
        updateButtons();
        return;
    }
    m_pending = true;
    updateButtons();
    const Core::AttachmentOwner owner = m_owner;
    const QString user = userId();
    m_reader->read<QList<Core::Attachment>>(
        [owner, user](const Core::Database &db) {
            return Core::AttachmentRepository(db, user).fetchFor(owner);
        },
        [this, selectId](const Core::Result<QList<Core::Attachment>> &files) {
            m_pending = false;
            const QString keep = selectId.isEmpty() ? currentId() : selectId;
            m_list->clear();
            if (!files) {
                report(files.error());
            } else {
                for (const Core::Attachment &a : *files) {
                    auto *item = new QTreeWidgetItem(m_list);
                    item->setText(NameColumn, a.fileName);
                    item->setText(KindColumn, Core::attachmentKindLabel(a.kind));
                    item->setText(SizeColumn, Core::AttachmentRules::sizeText(a.byteSize));
                    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
                    item->setText(ByColumn, a.createdByName.isEmpty() ? tr("—") : a.createdByName);
                    const QString when = Core::displayDateTime(a.createdAt);
                    item->setText(AddedColumn, when);
                    // The whole story in the tooltip too: a narrow list hides who and when.
                    QString tip = tr("%1\n%2, %3 — added by %4, %5")
                                      .arg(a.fileName, Core::attachmentKindLabel(a.kind),
                                          Core::AttachmentRules::sizeText(a.byteSize),
                                          item->text(ByColumn), when);
                    if (!a.note.isEmpty())
                        tip += QLatin1Char('\n') + a.note;
                    for (int c = 0; c < ColumnCount; ++c)
                        item->setToolTip(c, tip);
                    item->setData(NameColumn, kIdRole, a.id);
                    if (a.id == keep)
                        m_list->setCurrentItem(item);
                }
            }
            updateButtons();
            Q_EMIT loaded();
        });
}

void AttachmentsList::updateButtons()
{
    const bool has = m_owner.isValid() && m_editable && m_db;
    const bool selected = m_list->currentItem() != nullptr;
    m_add->setEnabled(has);
    m_open->setEnabled(selected);
    m_save->setEnabled(selected);
    m_remove->setEnabled(has && selected);
    m_list->setVisible(count() > 0);
    m_hint->setVisible(count() == 0);
    m_hint->setText(!m_owner.isValid() ? QString()
            : m_pending                ? tr("Loading files…")
            : m_editable ? tr("No files yet. Drop contracts, floor plans or certificates here, "
                              "or choose Add.")
                         : tr("No files."));
    if (m_db)
        ReadOnlyEdits::apply(*m_db, { m_add, m_remove });
}

void AttachmentsList::chooseFiles(std::optional<Core::AttachmentKind> kind)
{
    auto *dialog = new QFileDialog(this, tr("Add files"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.txt *.doc *.docx *.xls "
           "*.xlsx *.ppt *.pptx *.odt *.ods *.odp);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this,
        [this, kind](const QStringList &paths) { addFiles(paths, kind); });
    dialog->open();
}

void AttachmentsList::addFiles(const QStringList &paths, std::optional<Core::AttachmentKind> chosen)
{
    if (!m_db || !m_owner.isValid() || !m_editable || paths.isEmpty())
        return;
    m_lastMessage.clear();
    QList<Core::DbError> errors;
    // Each file is read, checked and written off the GUI thread; the errors are said here.
    const auto added = Core::runOnOwnConnection<QString>(*m_db, kPurpose,
        [&paths, &errors, &chosen, owner = m_owner, user = userId()](
            const Core::Database &db) -> Core::Result<QString> {
            Core::AttachmentRepository repo(db, user);
            QString lastId;
            for (const QString &path : paths) {
                const auto kind = chosen.value_or(Core::guessAttachmentKind(path));
                auto a = repo.addFile(owner, path, kind);
                if (!a)
                    errors << a.error();
                else
                    lastId = a->id;
            }
            return lastId;
        });
    if (!added)
        errors << added.error();
    for (const Core::DbError &e : errors)
        report(e);
    const QString last = added ? *added : QString();
    reload(last);
    if (!last.isEmpty())
        Q_EMIT attachmentsChanged();
}

void AttachmentsList::openSelected()
{
    const QString id = currentId();
    if (!m_db || id.isEmpty())
        return;
    if (!m_copies) {
        // A folder only this person can read (QTemporaryDir makes it 0700), removed with the list.
        m_copies = std::make_unique<QTemporaryDir>(
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                .filePath(QStringLiteral("venuemap-files-XXXXXX")));
        if (!m_copies->isValid()) {
            report(ioError(tr("open the file"),
                tr("VenueMap cannot make a private folder for a copy: %1.")
                    .arg(m_copies->errorString())));
            m_copies.reset();
            return;
        }
    }
    const QString folder = m_copies->path();
    // Read from the database and written to the copy off the GUI thread.
    const auto written = Core::runOnOwnConnection<QString>(*m_db, kPurpose,
        [&id, &folder, user = userId()](const Core::Database &db) -> Core::Result<QString> {
            auto a = Core::AttachmentRepository(db, user).fetchContent(id);
            if (!a)
                return a.error();
            // Each opening its own subfolder: two files of one name, or one opened twice while
            // a viewer still holds the first copy, never collide.
            const QString sub = QDir(folder).filePath(a->id.left(8));
            QDir().mkpath(sub);
            const QString path = QDir(sub).filePath(copyName(*a));
            QFile::remove(path);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(a->content) != a->content.size())
                return ioError(tr("open the file"),
                    tr("%1 could not be copied for the viewer: %2.")
                        .arg(a->fileName, f.errorString()));
            f.close();
            // Read-only: a viewer that "saves" would otherwise change a copy nobody sees.
            f.setPermissions(QFileDevice::ReadOwner);
            return path;
        });
    if (!written) {
        report(written.error());
        return;
    }
    m_lastOpened = *written;
    if (!m_opener(QUrl::fromLocalFile(*written)))
        report(ioError(tr("open the file"),
            tr("No program on this computer opens %1; use Save As… to keep a copy.")
                .arg(currentName())));
}

void AttachmentsList::saveSelectedAs()
{
    const QString name = currentName();
    if (!m_db || name.isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Save a copy of %1").arg(name),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this](const QString &path) { saveSelectedTo(path); });
    dialog->open();
}

bool AttachmentsList::saveSelectedTo(const QString &path)
{
    const QString id = currentId();
    if (!m_db || id.isEmpty() || path.isEmpty())
        return false;
    const auto written = Core::runOnOwnConnection<QString>(*m_db, kPurpose,
        [&id, &path, user = userId()](const Core::Database &db) -> Core::Result<QString> {
            auto a = Core::AttachmentRepository(db, user).fetchContent(id);
            if (!a)
                return a.error();
            // Written beside the target and renamed over it: a failure leaves no half file.
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(a->content) != a->content.size()
                || !f.commit())
                return ioError(tr("save the file"),
                    tr("%1 could not be written: %2.")
                        .arg(QFileInfo(path).fileName(), f.errorString()));
            return a->fileName;
        });
    if (!written) {
        report(written.error());
        return false;
    }
    Q_EMIT saved(tr("Saved %1 as %2.").arg(*written, QDir::toNativeSeparators(path)), path);
    return true;
}

void AttachmentsList::removeSelected()
{
    const QString id = currentId();
    if (!m_db || id.isEmpty() || !m_editable)
        return;
    if (m_question)
        m_question->close();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove file"),
        tr("Remove %1? Colleagues will no longer see it in the list.").arg(currentName()),
        QMessageBox::NoButton, this);
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(QStringLiteral("removeAttachmentQuestion"));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *clicked) {
        if (clicked == remove)
            removeNow(id);
    });
    m_question = box;
    box->open();
}

QMessageBox *AttachmentsList::pendingQuestion() const
{
    return m_question;
}

void AttachmentsList::removeNow(const QString &id)
{
    if (!m_db)
        return;
    const auto done = Core::runOnOwnConnection<bool>(
        *m_db, kPurpose, [&id, user = userId()](const Core::Database &db) -> Core::Result<bool> {
            if (auto s = Core::AttachmentRepository(db, user).remove(id); !s)
                return s.error();
            return true;
        });
    if (!done)
        report(done.error());
    reload();
    Q_EMIT attachmentsChanged();
}

void AttachmentsList::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In the venue pane (a third of a laptop screen) who and when move to the tooltip, so the
    // names keep their room.
    const bool narrow = width() < 560;
    m_list->setColumnHidden(ByColumn, narrow);
    m_list->setColumnHidden(AddedColumn, narrow);
}

void AttachmentsList::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_owner.isValid() && m_editable)
        event->acceptProposedAction();
}

void AttachmentsList::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace VenueMap::Ui
