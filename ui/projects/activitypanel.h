#pragma once

#include "db/dberror.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QListView;

namespace VenueMap::Core {
class BackgroundReader;
class ActivityModel;
class ActivityRepository;
}

namespace VenueMap::Ui {

// A project's activity log in plain sentences, newest first, filterable by action.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(Core::ActivityRepository *repository, QWidget *parent = nullptr);
    ~ActivityPanel() override;

    void setProjectId(const QString &projectId) { m_projectId = projectId; }
    // Reads the entries off the GUI thread (DESIGN §4); a failure is told through failed().
    void reload();
    // The last reload() asked for has not come back yet.
    bool isLoading() const { return m_loading; }
    Core::ActivityModel *model() const { return m_model; }
    QComboBox *filterCombo() const { return m_filter; }
    QStringList sentences() const;

Q_SIGNALS:
    // A read was refused; lastError() says why.
    void failed();

public:
    const Core::DbError &lastError() const { return m_lastError; }

private:
    Core::DbError m_lastError;
    Core::ActivityRepository *m_repo;
    std::unique_ptr<Core::BackgroundReader> m_reader; // opened on the first reload()
    bool m_loading = false;
    QString m_projectId;
    Core::ActivityModel *m_model;
    QComboBox *m_filter;
    QListView *m_view;
};

} // namespace VenueMap::Ui
