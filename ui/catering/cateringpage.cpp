#include "cateringpage.h"
#include "plaintextlabels.h"

#include "cateringdialog.h"
#include "db/backgroundreader.h"
#include "itemmodels/cateringmodel.h"
#include "readonlyedits.h"
#include "repositories/cateringrepository.h"
#include "tableheader.h"
#include "ui_cateringpage.h"
#include "undo/undohistory.h"

#include <QAction>
#include <QHeaderView>
#include <QPointer>
#include <QTimer>

namespace VenueMap::Ui {

CateringPage::CateringPage(Core::Database db, QWidget *parent)
    : QWidget(parent)
    , m_ui(new ::Ui::CateringPage)
    , m_db(db)
    , m_reader(std::make_unique<Core::BackgroundReader>(
          db, Core::uniqueConnectionName(db, QStringLiteral("catering"))))
    , m_model(new Core::CateringModel(this))
    , m_undoAction(new QAction(tr("&Undo"), this))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    m_ui->table->setModel(m_model);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->verticalHeader()->setDefaultSectionSize(28);
    m_columnsRemembered
        = TableHeader::install(m_ui->table->horizontalHeader(), QStringLiteral("catering"))
              ->restored();
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &CateringPage::reload);
    connect(m_ui->showDeletedCheck, &QCheckBox::toggled, this, &CateringPage::reload);
    connect(m_ui->newButton, &QPushButton::clicked, this, &CateringPage::newProvider);
    connect(m_ui->editButton, &QPushButton::clicked, this, &CateringPage::editSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CateringPage::deleteSelected);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &CateringPage::restoreSelected);
    connect(m_undoAction, &QAction::triggered, this, [this] { undoHistory()->undo(); });
    connect(m_ui->table, &QTableView::doubleClicked, this, &CateringPage::editSelected);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CateringPage::updateButtons);
    reload();
}

CateringPage::~CateringPage()
{
    delete m_ui;
}

void CateringPage::reload()
{
    load(QString());
}

void CateringPage::load(const QString &selectId)
{
    const QString keep = !selectId.isEmpty() ? selectId
        : selectedRow() >= 0                 ? m_model->providerAt(selectedRow())->id
                                             : QString();
    const bool deleted = m_ui->showDeletedCheck->isChecked();
    const QString search = m_ui->searchEdit->text();
    m_loading = true;
    m_reader->read<QList<Core::CateringProvider>>(
        [deleted, search](const Core::Database &db) {
            return Core::CateringRepository(db).fetchProviders(deleted, search);
        },
        [this, keep](const Core::Result<QList<Core::CateringProvider>> &rows) {
            m_loading = false;
            if (!rows) {
                m_ui->messageBar->showError(rows.error());
                return;
            }
            showProviders(*rows, keep);
        });
}

void CateringPage::showProviders(const QList<Core::CateringProvider> &rows, const QString &selectId)
{
    m_model->setProviders(rows);
    if (!m_columnsRemembered) { // the person's own widths stay as they left them
        m_ui->table->resizeColumnsToContents();
        m_ui->table->horizontalHeader()->resizeSection(Core::CateringModel::Name,
            qMax(220, m_ui->table->horizontalHeader()->sectionSize(Core::CateringModel::Name)));
    }
    const int live = int(
        std::count_if(rows.cbegin(), rows.cend(), [](const auto &p) { return !p.isDeleted; }));
    m_ui->countLabel->setText(m_ui->showDeletedCheck->isChecked()
            ? tr("%Ln caterer(s), %1 deleted", nullptr, int(rows.size())).arg(rows.size() - live)
            : tr("%Ln caterer(s)", nullptr, live));
    if (!selectId.isEmpty())
        selectRow(m_model->rowOf(selectId));
    updateButtons();
}

int CateringPage::selectedRow() const
{
    const auto rows = m_ui->table->selectionModel() ? m_ui->table->selectionModel()->selectedRows()
                                                    : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CateringPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_ui->table->selectRow(row);
}

void CateringPage::updateButtons()
{
    const auto *p = m_model->providerAt(selectedRow());
    m_ui->editButton->setEnabled(p != nullptr);
    m_ui->deleteButton->setEnabled(p && !p->isDeleted);
    m_ui->restoreButton->setEnabled(p && p->isDeleted);
    m_ui->restoreButton->setVisible(m_ui->showDeletedCheck->isChecked());
    ReadOnlyEdits::apply(
        m_db, { m_ui->newButton, m_ui->editButton, m_ui->deleteButton, m_ui->restoreButton });
}

void CateringPage::openDialogFor(const Core::CateringProvider &provider)
{
    if (m_db.isReadOnly())
        return; // a double-click too
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new CateringDialog(m_db, provider, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, this, [this, d = m_dialog] {
        if (m_dialog == d)
            m_dialog = nullptr;
    });
    connect(m_dialog, &CateringDialog::providerSaved, this,
        [this](const Core::CateringProvider &saved) {
            load(saved.id);
            m_ui->messageBar->showMessage(
                tr("Saved %1.").arg(saved.name), MessageBar::Kind::Success);
            Q_EMIT caterersChanged();
        });
    m_dialog->open();
}

void CateringPage::newProvider()
{
    openDialogFor({});
}

void CateringPage::editSelected()
{
    if (const auto *p = m_model->providerAt(selectedRow()))
        openDialogFor(*p);
}

void CateringPage::deleteSelected()
{
    const auto *p = m_model->providerAt(selectedRow());
    if (!p || p->isDeleted || m_db.isReadOnly())
        return;
    changeDeleted(*p, true);
}

void CateringPage::restoreSelected()
{
    const auto *p = m_model->providerAt(selectedRow());
    if (!p || !p->isDeleted || m_db.isReadOnly())
        return;
    changeDeleted(*p, false);
}

void CateringPage::changeDeleted(const Core::CateringProvider &provider, bool deleted)
{
    const QString id = provider.id;
    const QString name = provider.name;
    const UndoableChange::Step remove = [id](const Core::Database &db) {
        return Core::CateringRepository(db).removeProvider(id);
    };
    const UndoableChange::Step restore = [id](const Core::Database &db) {
        return Core::CateringRepository(db).restoreProvider(id);
    };
    auto *change
        = new UndoableChange(deleted ? tr("Delete %1").arg(name) : tr("Restore %1").arg(name),
            deleted ? remove : restore, deleted ? restore : remove);
    QPointer<CateringPage> page(this);
    change->done = [page, id, name, deleted](bool undone) {
        if (!page)
            return;
        page->load(id);
        QAction *undo = undone ? nullptr : page->m_undoAction;
        if (deleted != undone)
            page->m_ui->messageBar->showMessage(
                tr("Deleted %1; it stays on the shortlists that chose it.").arg(name),
                MessageBar::Kind::Info, undo);
        else
            page->m_ui->messageBar->showMessage(
                tr("%1 is back.").arg(name), MessageBar::Kind::Success, undo);
        Q_EMIT page->caterersChanged();
    };
    change->failed = [page](bool, const Core::DbError &error) {
        if (page)
            page->m_ui->messageBar->showError(error);
    };
    if (undoHistory()->push(change))
        m_undo->offer(m_undoAction, change);
}

void CateringPage::setUndoHistory(UndoHistory *history)
{
    m_undo = history;
}

UndoHistory *CateringPage::undoHistory()
{
    if (!m_undo)
        m_undo = new UndoHistory(m_db, this);
    return m_undo;
}

QString CateringPage::messageText() const
{
    return m_ui->messageBar->text();
}

QString CateringPage::messageActionText() const
{
    return m_ui->messageBar->actionText();
}

} // namespace VenueMap::Ui
