#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "venuespace.h"

#include <optional>

namespace VenueMap::Core {

enum class ProjectStatus { Active, Completed, Cancelled };

inline QString projectStatusToDb(ProjectStatus s)
{
    switch (s) {
    case ProjectStatus::Completed:
        return QStringLiteral("completed");
    case ProjectStatus::Cancelled:
        return QStringLiteral("cancelled");
    case ProjectStatus::Active:
        break;
    }
    return QStringLiteral("active");
}

inline ProjectStatus projectStatusFromDb(const QString &text)
{
    if (text == QLatin1String("completed"))
        return ProjectStatus::Completed;
    if (text == QLatin1String("cancelled"))
        return ProjectStatus::Cancelled;
    return ProjectStatus::Active;
}

inline QString projectStatusLabel(ProjectStatus s)
{
    switch (s) {
    case ProjectStatus::Completed:
        return QCoreApplication::translate("ProjectStatus", "Completed");
    case ProjectStatus::Cancelled:
        return QCoreApplication::translate("ProjectStatus", "Cancelled");
    case ProjectStatus::Active:
        break;
    }
    return QCoreApplication::translate("ProjectStatus", "Active");
}

inline const QList<ProjectStatus> &allProjectStatuses()
{
    static const QList<ProjectStatus> all { ProjectStatus::Active, ProjectStatus::Completed,
        ProjectStatus::Cancelled };
    return all;
}

// One client event (DESIGN §3, projects).
struct Project
{
    QString id;
    QString clientName;
    QString eventName;
    ProjectStatus status = ProjectStatus::Active;
    QDate eventDate;
    std::optional<int> attendees;
    QString city;
    std::optional<qint64> budgetCents;
    QString notes;
    QStringList requiredFacilities;
    // The rooms the event needs (issue 13): the main session's layout for the attendees, and
    // breakoutRooms spaces of at least breakoutCapacity in breakoutLayout. None: no layout asked.
    std::optional<SpaceLayout> mainLayout;
    int breakoutRooms = 0;
    int breakoutCapacity = 0;
    std::optional<SpaceLayout> breakoutLayout;
    // ISO 4217 code of the project's money (budget, quotes) and the language of its client
    // documents ("en", "fr", ...); see currency.h.
    QString currency = QStringLiteral("EUR");
    QString language = QStringLiteral("en");
    // Archived: hidden from the default list and read-only (the database refuses changes) until
    // restored; separate from the status, which an archived project keeps.
    QDateTime archivedAt;
    QString archivedBy;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    bool isArchived() const { return archivedAt.isValid(); }
    QString title() const { return clientName + QStringLiteral(" — ") + eventName; }
};

// A row of the projects list: the project and its shortlist counts.
struct ProjectSummary
{
    Project project;
    int shortlisted = 0;
    int responded = 0; // venues that answered: responded or declined
};

// What the projects list shows: search over client and event name, a status, an order.
struct ProjectFilter
{
    enum class Sort { EventDate, ClientName, EventName, Status, Attendees, City, Updated };
    QString search;
    std::optional<ProjectStatus> status;
    Sort sort = Sort::EventDate;
    bool descending = false;
    // Archived projects are left out unless asked for; onlyArchived lists nothing else.
    bool includeArchived = false;
    bool onlyArchived = false;
    int limit = 1000;
};

} // namespace VenueMap::Core

Q_DECLARE_METATYPE(VenueMap::Core::Project)
