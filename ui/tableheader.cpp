#include "tableheader.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTimer>

namespace VenueMap::Ui {

namespace {
const QString kState = QStringLiteral("state");
const QString kColumns = QStringLiteral("columns");
}

TableHeader *TableHeader::install(QHeaderView *header, const QString &key)
{
    return new TableHeader(header, key);
}

QString TableHeader::settingsKey(const QString &key)
{
    return QStringLiteral("tables/") + key;
}

TableHeader::TableHeader(QHeaderView *header, const QString &key)
    : QObject(header)
    , m_header(header)
    , m_key(key)
    , m_timer(new QTimer(this))
{
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_defaults = header->saveState();
    m_columns = header->count();

    QSettings s;
    s.beginGroup(settingsKey(key));
    const QByteArray state = s.value(kState).toByteArray();
    // Columns remembered for another version of the table (a column added since) are not applied.
    if (!state.isEmpty() && s.value(kColumns).toInt() == m_columns)
        m_restored = header->restoreState(state);
    if (m_restored && header->count() > 0 && header->hiddenSectionCount() >= header->count()) {
        header->restoreState(m_defaults); // never a table without columns
        m_restored = false;
    }

    // QSettings writes its file (fdatasync) when written: a drag that resizes a column is
    // remembered once, a second after it ends.
    m_timer->setSingleShot(true);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TableHeader::flush);
    connect(header, &QHeaderView::sectionResized, this, &TableHeader::changed);
    connect(header, &QHeaderView::sectionMoved, this, &TableHeader::changed);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableHeader::changed);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_header)
            return;
        QMenu *menu = createMenu(m_header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_header->mapToGlobal(at));
    });
}

TableHeader::~TableHeader()
{
    // The header is on its way out: what it last said is written, it is not asked again.
    if (m_timer->isActive() && !m_pending.isEmpty()) {
        QSettings s;
        s.beginGroup(settingsKey(m_key));
        s.setValue(kState, m_pending);
        s.setValue(kColumns, m_columns);
    }
}

void TableHeader::changed()
{
    if (!m_header)
        return;
    m_pending = m_header->saveState();
    m_timer->start();
}

void TableHeader::flush()
{
    m_timer->stop();
    if (m_header)
        m_pending = m_header->saveState();
    if (m_pending.isEmpty())
        return;
    QSettings s;
    s.beginGroup(settingsKey(m_key));
    s.setValue(kState, m_pending);
    s.setValue(kColumns, m_columns);
}

QString TableHeader::columnTitle(int logical) const
{
    const QAbstractItemModel *model = m_header->model();
    QString title;
    if (model) {
        title = model->headerData(logical, m_header->orientation(), Qt::DisplayRole).toString();
        if (title.isEmpty())
            title = model->headerData(logical, m_header->orientation(), Qt::ToolTipRole).toString();
    }
    return title.isEmpty() ? tr("Column %1").arg(logical + 1) : title;
}

QMenu *TableHeader::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnChooser"));
    menu->setTitle(tr("Columns"));
    const int shown = m_header->count() - m_header->hiddenSectionCount();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        QAction *a = menu->addAction(columnTitle(logical));
        a->setCheckable(true);
        a->setChecked(!m_header->isSectionHidden(logical));
        a->setData(logical);
        // The last column shown stays: a table always has one.
        a->setEnabled(m_header->isSectionHidden(logical) || shown > 1);
        connect(
            a, &QAction::toggled, this, [this, logical](bool on) { setColumnShown(logical, on); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset columns"));
    reset->setObjectName(QStringLiteral("resetColumns"));
    connect(reset, &QAction::triggered, this, &TableHeader::resetColumns);
    return menu;
}

void TableHeader::setColumnShown(int logical, bool shown)
{
    if (!m_header || logical < 0 || logical >= m_header->count())
        return;
    if (!shown && m_header->count() - m_header->hiddenSectionCount() <= 1)
        return;
    m_header->setSectionHidden(logical, !shown);
    changed();
}

void TableHeader::resetColumns()
{
    if (!m_header)
        return;
    m_header->restoreState(m_defaults);
    changed();
}

} // namespace VenueMap::Ui
