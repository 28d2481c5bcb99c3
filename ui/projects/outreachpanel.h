#pragma once

#include "domain/projectvenue.h"

#include "db/dberror.h"
#include <QMap>

#include <QDialog>
#include <QPointer>
#include <QWidget>
#include <memory>

class QChartView;
class QSpinBox;
class QTreeWidget;
class QLabel;
class QBarSet;
class QPushButton;
class QDialogButtonBox;

namespace VenueMap::Core {
class OutreachRepository;
class BackgroundReader;
}

namespace VenueMap::Ui {

class DateEdit;

// The day a venue should answer by, changed from the chase list.
class RespondByDialog : public QDialog
{
    Q_OBJECT

public:
    RespondByDialog(const QString &venueName, const QDate &day, QWidget *parent = nullptr);
    DateEdit *dateEdit() const { return m_date; }
    QPushButton *saveButton() const { return m_save; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // A sentence under the date (empty hides it).
    void say(const QString &sentence);
    QString said() const;

private:
    DateEdit *m_date;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

// The outreach of one project: counts by status as a bar chart with the numbers on the bars,
// and the chase list of venues waiting for a reply longer than the days the person sets.
class OutreachPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutreachPanel(Core::OutreachRepository *repository, QWidget *parent = nullptr);
    ~OutreachPanel() override;

    void setProjectId(const QString &projectId)
    {
        m_projectId = projectId;
        m_notice.clear();
    }
    void setCounts(const QMap<Core::OutreachStatus, int> &counts);
    // Re-reads the chase list (one query, off the GUI thread).
    void reloadChaseList();
    bool isLoadingChaseList() const { return m_loadingChase; }
    int chaseDays() const;
    void setChaseDays(int days);
    QTreeWidget *chaseList() const { return m_chase; }
    QChartView *chartView() const { return m_chartView; }
    int countShown(Core::OutreachStatus status) const;
    // The line under the chart: how many venues wait for a reply (Core::waitingForReplyCount()).
    QString waitingShown() const;
    // The words for that count, the same in the workspace's header and under the chart.
    static QString waitingText(int count);
    // On a read-only database the email draft (which logs to the activity) stays disabled.
    void setReadOnly(bool readOnly);
    QPushButton *emailButton() const { return m_chaseEmail; }
    QPushButton *respondByButton() const { return m_changeRespondBy; }
    // Opens the date picker for the chase list's current venue ("Change answer-by date…"); the
    // change is saved off the GUI thread, a colleague's change in between is said and re-read.
    void changeRespondBy();
    RespondByDialog *respondByDialog() const { return m_respondByDialog; }
    // What the line under the chase list says.
    QString summaryShown() const;

Q_SIGNALS:
    void venueActivated(const QString &projectVenueId);
    void emailRequested(const QString &projectVenueId);
    // A read was refused; lastError() says why.
    void failed();
    // The day to answer by of a venue was changed from the chase list.
    void respondByChanged(const QString &projectVenueId);

public:
    const Core::DbError &lastError() const { return m_lastError; }

private:
    void showChaseList(const QList<Core::ChaseItem> &items);
    void updateChaseButtons();

    Core::DbError m_lastError;
    Core::OutreachRepository *m_repo;
    QString m_projectId;
    QChartView *m_chartView;
    QBarSet *m_set;
    QLabel *m_waiting;
    QSpinBox *m_days;
    QTreeWidget *m_chase;
    QLabel *m_chaseSummary;
    QPushButton *m_chaseEmail;
    QPushButton *m_changeRespondBy;
    QPointer<RespondByDialog> m_respondByDialog;
    QList<Core::ChaseItem> m_items; // as shown, for the row's version
    QString m_notice; // the last change made here, said before the count (kept over re-reads)
    bool m_readOnly = false;
    bool m_loadingChase = false;
    std::unique_ptr<Core::BackgroundReader> m_reader; // opened on the first reload
};

} // namespace VenueMap::Ui
