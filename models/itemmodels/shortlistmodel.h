#pragma once

#include "db/dberror.h"
#include "db/result.h"
#include "domain/cateringprovider.h"
#include "domain/projectvenue.h"
#include "domain/spacefit.h"
#include "repositories/outreachrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>

namespace VenueMap::Core {

class ShortlistEditor;
struct ShortlistChange;
struct ShortlistOutcome;

// A project's shortlist, editable in place: status, include-in-proposal, caterer, quoted price
// and notes go to a ShortlistEditor as they are set, which saves them off the GUI thread; the
// model shows what came of each: the stored row (saved()), or a refusal or a colleague's change
// (failed(), with their rows on screen). setData() returns true when a change was handed over.
class ShortlistModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Photo,
        Venue,
        City, // eight venues may share a name: the city and size tell them apart
        Capacity,
        History,
        Status,
        Include,
        Caterer,
        Price,
        Sent,
        Responded,
        Notes,
        ColumnCount
    };
    enum Role {
        ProjectVenueIdRole = Qt::UserRole + 1,
        VenueIdRole,
        StatusRole, // int(OutreachStatus)
        VersionRole,
        CateringIdRole,
        PriceCentsRole, // qlonglong or null
        ProposedBeforeRole,
        DeclinedBeforeRole,
        FitRole, // int(SpaceFit::Verdict): whether the venue's rooms fit the project's layout
    };

    // Reads through `repository`; saves through `editor`.
    ShortlistModel(
        OutreachRepository *repository, ShortlistEditor *editor, QObject *parent = nullptr);

    void setProjectId(const QString &projectId) { m_projectId = projectId; }
    const QString &projectId() const { return m_projectId; }
    // Re-reads the shortlist (three queries whatever its length).
    Result<void> reload();
    void setEntries(QList<ShortlistEntry> entries);
    void setCaterers(const QList<CateringProvider> &caterers);
    // The symbol quoted prices are shown with (the proposal's currency); edited without it.
    void setCurrencySymbol(const QString &symbol) { m_currencySymbol = symbol; }
    const QList<CateringProvider> &caterers() const { return m_caterers; }
    // What the project needs of the rooms: the Capacity column marks each venue that fits (✓)
    // or does not (✗), and its tooltip says which room seats the guests.
    void setRoomNeeds(const RoomNeeds &needs);
    const RoomNeeds &roomNeeds() const { return m_needs; }
    SpaceFit fitAt(int row) const;
    int fittingCount() const;
    const ShortlistEntry *entryAt(int row) const;
    const QList<ShortlistEntry> &entries() const { return m_entries; }
    int rowOf(const QString &projectVenueId) const;
    QMap<OutreachStatus, int> countsByStatus() const;
    const DbError &lastError() const { return m_lastError; }

    // Asks for a row's status to move (a decline needs `declineReason`), or for the row to leave
    // the shortlist; false for a row that does not exist. The outcome follows as for setData().
    bool setStatus(int row, OutreachStatus status, const QString &declineReason = {});
    bool removeEntry(int row);
    // Asks for venues to be added at the end (added() follows), or for a row to move to another
    // place in the proposal order (reordered() follows).
    void addVenues(const QStringList &venueIds);
    bool moveEntry(int row, int to);

    static QString formatMoney(std::optional<qint64> cents);
    static std::optional<qint64> parseMoney(const QString &text, bool *ok);
    static QString historyText(const ShortlistEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A status change to declined was asked for without a reason: ask the person for one.
    void declineReasonNeeded(int row);
    // Something was saved (the workspace refreshes its counts and activity).
    void saved();
    // A venue left the shortlist (saved() follows).
    void removed(const QString &venueName);
    // Venues were added, or named as on the shortlist already; the rows are read again.
    void added(const VenueMap::Core::OutreachRepository::AddResult &result);
    // The proposal order changed; the rows are read again.
    void reordered();
    // Something was refused; lastError() says what (the rows were re-read on a conflict).
    void failed();

private:
    bool submit(int row, const ShortlistChange &change);
    void show(const ShortlistOutcome &outcome);
    QImage thumbnailAt(int row) const;

    OutreachRepository *m_repo;
    ShortlistEditor *m_editor;
    QString m_projectId;
    QList<ShortlistEntry> m_entries;
    QList<CateringProvider> m_caterers;
    QHash<QString, QString> m_catererNames;
    QString m_currencySymbol;
    mutable QHash<QString, QImage> m_thumbnails;
    DbError m_lastError;
    RoomNeeds m_needs;
};

} // namespace VenueMap::Core
