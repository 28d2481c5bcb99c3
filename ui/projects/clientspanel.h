#pragma once

#include "db/database.h"
#include "repositories/clienthistoryrepository.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace VenueMap::Core {
class BackgroundReader;
}

namespace VenueMap::Ui {

class EmptyState;
class MessageBar;

// The Clients view of the Projects page (issue 13 part 5): pick a client, see every venue used in
// their projects (proposed, booked, declined and why, quoted prices, dates), sortable, and add a
// venue to a project in one click. Everything is read off the GUI thread.
class ClientsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { Venue, City, Project, Date, Proposed, Booked, Price, Declined, ColumnCount };

    explicit ClientsPanel(const Core::Database &db, QWidget *parent = nullptr);
    ~ClientsPanel() override;

    // Reads the clients and the active projects again, keeping the client shown.
    void reload();
    // Shows `client` (any spelling) once the list is in.
    void selectClient(const QString &client);
    // The project "Add to project" offers first (the one selected or open on the Projects page).
    void setPreferredProject(const QString &projectId);
    // The list or the history asked for has not come back yet.
    bool isLoading() const { return m_loadingClients || m_loadingHistory; }
    // Adds the selected venue to the project chosen in the combo (addRequested()).
    void addSelectedToProject();

    QTableWidget *clientTable() const { return m_clients; }
    QTableWidget *venueTable() const { return m_venues; }
    QComboBox *projectCombo() const { return m_projects; }
    QPushButton *addButton() const { return m_add; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString emptyText() const;
    QString headingText() const;
    const Core::ClientVenueHistory &history() const { return m_history; }

Q_SIGNALS:
    void backRequested();
    // The person asked to put `venueId` on the shortlist of `projectId`.
    void addRequested(const QString &projectId, const QString &venueId);

private:
    struct ClientsLoad;
    void showClients(const ClientsLoad &loaded);
    void clientChosen();
    void showHistory(const Core::ClientVenueHistory &history);
    void filterClients(const QString &text);
    void updateButtons();
    void chooseProject();

    Core::Database m_db;
    std::unique_ptr<Core::BackgroundReader> m_listReader;
    std::unique_ptr<Core::BackgroundReader> m_historyReader;
    bool m_loadingClients = false;
    bool m_loadingHistory = false;
    QString m_wantedClient;
    QString m_preferredProject;
    Core::ClientVenueHistory m_history;
    QList<Core::ProjectSummary> m_activeProjects;

    MessageBar *m_messageBar;
    QLineEdit *m_filter;
    QTableWidget *m_clients;
    QLabel *m_heading;
    QTableWidget *m_venues;
    EmptyState *m_empty;
    QComboBox *m_projects;
    QPushButton *m_add;
};

} // namespace VenueMap::Ui
