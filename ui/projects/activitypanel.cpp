#include "activitypanel.h"

#include "itemmodels/activitymodel.h"
#include "repositories/activityrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using namespace Core;

ActivityPanel::ActivityPanel(ActivityRepository *repository, QWidget *parent)
    : QWidget(parent), m_repo(repository), m_model(new ActivityModel(this)), m_filter(new QComboBox(this)),
      m_view(new QTreeView(this))
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
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(true);
    m_view->header()->setSectionResizeMode(ActivityModel::When, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ActivityPanel::reload);
}

void ActivityPanel::reload()
{
    if (m_projectId.isEmpty()) {
        m_model->setEntries({});
        return;
    }
    auto entries = m_repo->fetchForProject(m_projectId, m_filter->currentData().toString());
    if (!entries) {
        m_lastError = entries.error();
        Q_EMIT failed();
        return;
    }
    m_model->setEntries(*entries);
}

QStringList ActivityPanel::sentences() const
{
    QStringList out;
    for (int i = 0; i < m_model->rowCount(); ++i)
        out << m_model->index(i, ActivityModel::What).data().toString();
    return out;
}

} // namespace VenueMap::Ui
