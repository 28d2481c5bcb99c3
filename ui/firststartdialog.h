#pragma once

#include "db/databaseurl.h"
#include "db/dberror.h"

#include <QDialog>

class QPushButton;
class QThread;

namespace Ui {
class FirstStartDialog;
}

namespace VenueMap::Ui {

class DemoWorker;

// Shown once on a brand-new embedded database: offers to fill it with sample data.
class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstStartDialog(const Core::DatabaseUrl &url, QWidget *parent = nullptr);
    ~FirstStartDialog() override;

    static constexpr int kVenues = 500;
    static constexpr int kProjects = 20;

    QPushButton *loadButton() const { return m_load; }
    QPushButton *emptyButton() const { return m_empty; }
    bool isLoading() const { return m_thread != nullptr; }
    bool loadedSampleData() const { return m_loaded; }
    QString statusText() const;

public Q_SLOTS:
    void loadSampleData();

Q_SIGNALS:
    void loadFailed(const VenueMap::Core::DbError &error);

protected:
    void reject() override; // while loading: cancel the load

private:
    void setLoading(bool loading);
    void stopThread();

    ::Ui::FirstStartDialog *m_ui;
    Core::DatabaseUrl m_url;
    QPushButton *m_load = nullptr;
    QPushButton *m_empty = nullptr;
    QPushButton *m_cancel = nullptr;
    QThread *m_thread = nullptr;
    DemoWorker *m_worker = nullptr;
    bool m_loaded = false;
    bool m_cancelling = false;
};

} // namespace VenueMap::Ui
