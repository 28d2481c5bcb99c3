#include "activitypanel.h"

#include "db/backgroundreader.h"
#include "itemmodels/activitymodel.h"
#include "repositories/activityrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using namespace Core;

namespace {
// Draws an entry as its sentence, wrapped to the panel's width, with the time in grey below.
class ActivityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString sentence = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect r = opt.rect.adjusted(6, 4, -6, -4);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        QRect used;
        painter->drawText(r, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, sentence, &used);
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(
            selected ? opt.palette.color(QPalette::HighlightedText) : QColor(0x80, 0x80, 0x80));
        painter->drawText(QRect(r.left(), used.bottom() + 2, r.width(), r.bottom() - used.bottom()),
            Qt::AlignLeft | Qt::AlignTop,
            index.siblingAtColumn(ActivityModel::When).data().toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = qMax(120, (option.widget ? option.widget->width() : 300) - 32);
        const QFontMetrics fm(option.font);
        const QRect text
            = fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, index.data().toString());
        return QSize(width, text.height() + fm.height() + 12);
    }
};
} // namespace

ActivityPanel::ActivityPanel(ActivityRepository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repo(repository)
    , m_model(new ActivityModel(this))
    , m_filter(new QComboBox(this))
    , m_view(new QListView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show"), this);
    label->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->addItem(tr("Everything"), QString());
    for (const QString &action : Action::all())
        m_filter->addItem(Action::label(action), action);
    row->addWidget(label);
    row->addWidget(m_filter);
    row->addStretch();
    layout->addLayout(row);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setModel(m_model);
    m_view->setModelColumn(ActivityModel::What);
    m_view->setItemDelegate(new ActivityDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_view);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ActivityPanel::reload);
}

ActivityPanel::~ActivityPanel() = default;

void ActivityPanel::reload()
{
    if (m_projectId.isEmpty()) {
        if (m_reader)
            m_reader->cancel();
        m_loading = false;
        m_model->setEntries({});
        return;
    }
    if (!m_reader) {
        const Database &db = m_repo->database();
        m_reader = std::make_unique<BackgroundReader>(
            db, uniqueConnectionName(db, QStringLiteral("activity")));
    }
    m_loading = true;
    m_reader->read<QList<ActivityEntry>>(
        [projectId = m_projectId, action = m_filter->currentData().toString(),
            userId = m_repo->actingUserId()](const Database &db) {
            return ActivityRepository(db, userId).fetchForProject(projectId, action);
        },
        [this](const Result<QList<ActivityEntry>> &entries) {
            m_loading = false;
            if (!entries) {
                m_lastError = entries.error();
                Q_EMIT failed();
                return;
            }
            m_model->setEntries(*entries);
        });
}

QStringList ActivityPanel::sentences() const
{
    QStringList out;
    for (int i = 0; i < m_model->rowCount(); ++i)
        out << m_model->index(i, ActivityModel::What).data().toString();
    return out;
}

} // namespace VenueMap::Ui
