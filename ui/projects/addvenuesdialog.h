#pragma once

#include "db/database.h"
#include "domain/spacefit.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLineEdit;
class QSpinBox;
class QTableView;
class QLabel;
class QPushButton;
class QTimer;

namespace VenueMap::Core {
class BackgroundReader;
class VenueListModel;
}

namespace VenueMap::Ui {

// Picks venues from the venue book (its search and filters, multi-select) to add to a shortlist.
class AddVenuesDialog : public QDialog
{
    Q_OBJECT
public:
    // With room needs, the list starts with only the venues whose rooms fit them (a tick box
    // shows all venues again).
    explicit AddVenuesDialog(const Core::Database &db, const QString &projectCity,
        const Core::RoomNeeds &needs = {}, QWidget *parent = nullptr);
    ~AddVenuesDialog() override;

    QStringList selectedVenueIds() const;
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *roomsFitCheck() const { return m_roomsFit; }
    Core::VenueListModel *model() const { return m_model; }
    // What the venue under the cursor quoted before, in any project (its rate history).
    QLabel *rateHistoryLabel() const { return m_rateHistory; }

Q_SIGNALS:
    void venuesChosen(const QStringList &venueIds);

private:
    void applyFilter();
    void updateSummary();
    void showRateHistory();

    Core::VenueListModel *m_model;
    QLineEdit *m_search;
    QLineEdit *m_city;
    QSpinBox *m_minCapacity;
    QLineEdit *m_facilities;
    QCheckBox *m_roomsFit;
    Core::RoomNeeds m_needs;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_add;
    QTimer *m_debounce;
    QLabel *m_rateHistory;
    QString m_historyVenueId; // whose rate history is shown or on its way
    std::unique_ptr<Core::Database> m_db;
    std::unique_ptr<Core::BackgroundReader> m_reader;
};

} // namespace VenueMap::Ui
