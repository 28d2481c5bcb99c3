#include "shortlistmodel.h"

#include "domain/language.h"
#include "domain/plaintext.h"
#include "domain/quote.h"

#include "repositories/outreachrepository.h"
#include "services/shortlisteditor.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace VenueMap::Core {

ShortlistModel::ShortlistModel(
    OutreachRepository *repository, ShortlistEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(repository)
    , m_editor(editor)
{
    connect(m_editor, &ShortlistEditor::finished, this, &ShortlistModel::show);
}

Result<void> ShortlistModel::reload()
{
    auto rows = m_repo->fetchShortlist(m_projectId);
    if (!rows)
        return rows.error();
    setEntries(std::move(*rows));
    return {};
}

void ShortlistModel::setEntries(QList<ShortlistEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_thumbnails.clear();
    endResetModel();
}

void ShortlistModel::setCaterers(const QList<CateringProvider> &caterers)
{
    m_caterers = caterers;
    m_catererNames.clear();
    for (const auto &c : caterers)
        m_catererNames.insert(c.id, c.name);
}

const ShortlistEntry *ShortlistModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ShortlistModel::rowOf(const QString &projectVenueId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).row.id == projectVenueId)
            return i;
    return -1;
}

QMap<OutreachStatus, int> ShortlistModel::countsByStatus() const
{
    QMap<OutreachStatus, int> out;
    for (OutreachStatus s : allOutreachStatuses())
        out[s] = 0;
    for (const auto &e : m_entries)
        ++out[e.row.status];
    return out;
}

QString ShortlistModel::formatMoney(std::optional<qint64> cents)
{
    if (!cents)
        return {};
    return QLocale().toString(double(*cents) / 100.0, 'f', 2);
}

std::optional<qint64> ShortlistModel::parseMoney(const QString &text, bool *ok)
{
    const std::optional<qint64> cents = parseAmount(text, ok);
    if (cents && *cents < 0) {
        *ok = false;
        return std::nullopt;
    }
    return cents;
}

QString ShortlistModel::historyText(const ShortlistEntry &e)
{
    QStringList parts;
    for (const ClientHistory &h : e.history) {
        const QString when = h.eventDate.isValid()
            ? QLocale().toString(h.eventDate, QStringLiteral("MMM yyyy"))
            : QString();
        const QString project
            = when.isEmpty() ? h.eventName : QStringLiteral("%1, %2").arg(h.eventName, when);
        if (h.declined)
            parts << QObject::tr("Declined this client (%1): %2")
                         .arg(project, declineReasonForDisplay(h.declineReason));
        else if (h.proposed)
            parts << QObject::tr("Proposed before (%1)").arg(project);
    }
    return parts.join(QStringLiteral("; "));
}

QImage ShortlistModel::thumbnailAt(int row) const
{
    const ShortlistEntry &e = m_entries.at(row);
    if (e.thumbnail.isEmpty())
        return {};
    auto it = m_thumbnails.constFind(e.row.venueId);
    if (it != m_thumbnails.constEnd())
        return *it;
    QImage image = QImage::fromData(e.thumbnail);
    if (!image.isNull() && image.height() > 40)
        image = image.scaledToHeight(40, Qt::SmoothTransformation);
    m_thumbnails.insert(e.row.venueId, image);
    return image;
}

int ShortlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}
int ShortlistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortlistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShortlistEntry &e = m_entries.at(index.row());
    const ProjectVenue &r = e.row;
    const int col = index.column();
    switch (role) {
    case ProjectVenueIdRole:
        return r.id;
    case VenueIdRole:
        return r.venueId;
    case StatusRole:
        return int(r.status);
    case VersionRole:
        return r.version;
    case CateringIdRole:
        return r.cateringProviderId;
    case PriceCentsRole:
        return r.quotedPriceCents ? QVariant(qlonglong(*r.quotedPriceCents)) : QVariant();
    case ProposedBeforeRole:
        return e.proposedToClientBefore();
    case DeclinedBeforeRole:
        return e.declinedForClientBefore() != nullptr;
    case FitRole:
        return int(fitAt(index.row()).verdict);
    case Qt::DisplayRole:
        switch (col) {
        case Venue:
            return e.venueName;
        case City:
            return e.venueCity;
        case Capacity: {
            // The venue's size, marked with whether its rooms fit the project's layout.
            const QString seats = e.capacity ? QLocale().toString(*e.capacity) : QString();
            switch (fitAt(index.row()).verdict) {
            case SpaceFit::Verdict::Fits:
                return QStringLiteral("\u2713 ") + seats;
            case SpaceFit::Verdict::DoesNotFit:
                return QStringLiteral("\u2717 ") + seats;
            case SpaceFit::Verdict::NotAsked:
            case SpaceFit::Verdict::NoRooms:
                break;
            }
            return seats;
        }
        case History:
            return historyText(e);
        case Status:
            return outreachStatusLabel(r.status); // a decline's reason is its tooltip
        case Caterer:
            return m_catererNames.value(r.cateringProviderId, e.cateringName);
        case Price: // as the project's budget and the proposal show it
            return displayMoney(r.quotedPriceCents, m_currencySymbol);
        case Sent: // the day, with its year, as every page shows a date
            return r.sentAt.isValid() ? displayDate(r.sentAt.toLocalTime().date()) : QString();
        case Responded:
            return r.respondedAt.isValid() ? displayDate(r.respondedAt.toLocalTime().date())
                                           : QString();
        case Notes:
            return r.notes;
        }
        break;
    case Qt::EditRole:
        switch (col) {
        case Status:
            return int(r.status);
        case Caterer:
            return r.cateringProviderId;
        case Price:
            return formatMoney(r.quotedPriceCents);
        case Notes:
            return r.notes;
        }
        break;
    case Qt::CheckStateRole:
        if (col == Include)
            return r.includeInProposal ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DecorationRole:
        if (col == Photo)
            return thumbnailAt(index.row());
        break;
    case Qt::SizeHintRole:
        if (col == Photo)
            return QSize(64, 44);
        break;
    case Qt::TextAlignmentRole:
        if (col == Price || col == Capacity)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (col == History && e.declinedForClientBefore())
            return QBrush(QColor(0xb0, 0x30, 0x20));
        if (col == History)
            return QBrush(QColor(0x2a, 0x6f, 0x3a));
        if (col == Status && r.status == OutreachStatus::Declined)
            return QBrush(QColor(0xb0, 0x30, 0x20));
        if (col == Capacity) {
            const auto verdict = fitAt(index.row()).verdict;
            if (verdict == SpaceFit::Verdict::Fits)
                return QBrush(QColor(0x2a, 0x6f, 0x3a));
            if (verdict == SpaceFit::Verdict::DoesNotFit)
                return QBrush(QColor(0xb0, 0x30, 0x20));
        }
        break;
    case Qt::FontRole:
        if (col == Venue) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole: {
        if (col == Status && r.status == OutreachStatus::Declined && !r.declineReason.isEmpty())
            return plainTextToolTip(
                tr("Declined: %1").arg(declineReasonForDisplay(r.declineReason)));
        QStringList lines { e.venueCity.isEmpty()
                ? e.venueName
                : QStringLiteral("%1, %2").arg(e.venueName, e.venueCity) };
        if (e.capacity)
            lines << tr("Capacity %1").arg(*e.capacity);
        if (const QString fit = fitAt(index.row()).sentence(); !fit.isEmpty())
            lines << fit;
        if (!e.contactName.isEmpty() || !e.contactEmail.isEmpty())
            lines << tr("Contact: %1 %2").arg(e.contactName, e.contactEmail).trimmed();
        const QString history = historyText(e);
        if (!history.isEmpty())
            lines << history;
        return plainTextToolTip(lines.join(QLatin1Char('\n')));
    }
    }
    return {};
}

void ShortlistModel::setRoomNeeds(const RoomNeeds &needs)
{
    if (needs == m_needs)
        return;
    m_needs = needs;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Capacity), index(rowCount() - 1, Capacity));
}

SpaceFit ShortlistModel::fitAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return fitOf(m_needs, m_entries.at(row).spaces);
}

int ShortlistModel::fittingCount() const
{
    int n = 0;
    for (int row = 0; row < m_entries.size(); ++row)
        n += fitAt(row).fits() ? 1 : 0;
    return n;
}

Qt::ItemFlags ShortlistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    switch (index.column()) {
    case Status:
    case Caterer:
    case Price:
    case Notes:
        f |= Qt::ItemIsEditable;
        break;
    case Include:
        f |= Qt::ItemIsUserCheckable;
        break;
    }
    return f;
}

QVariant ShortlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Photo)
        return tr("Photo"); // the column chooser's name for the unlabelled column
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Photo:
        return QString();
    case Venue:
        return tr("Venue");
    case City:
        return tr("City");
    case Capacity:
        return tr("Capacity");
    case History:
        return tr("Client history");
    case Status:
        return tr("Outreach");
    case Include:
        return tr("Proposal");
    case Caterer:
        return tr("Caterer");
    case Price:
        return tr("Quoted price");
    case Sent:
        return tr("Sent");
    case Responded:
        return tr("Responded");
    case Notes:
        return tr("Notes");
    }
    return {};
}

bool ShortlistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const ProjectVenue &current = m_entries.at(row).row;
    switch (index.column()) {
    case Status: {
        if (role != Qt::EditRole)
            return false;
        const auto status = OutreachStatus(value.toInt());
        if (status == current.status)
            return false;
        if (status == OutreachStatus::Declined) {
            Q_EMIT declineReasonNeeded(row);
            return false;
        }
        return setStatus(row, status);
    }
    case Include:
        if (role != Qt::CheckStateRole)
            return false;
        return submit(row, ShortlistChange::includeInProposal(value.toInt() == Qt::Checked));
    case Caterer:
        if (role != Qt::EditRole)
            return false;
        return submit(row, ShortlistChange::caterer(value.toString()));
    case Price: {
        if (role != Qt::EditRole)
            return false;
        bool ok = false;
        const std::optional<qint64> cents = parseMoney(value.toString(), &ok);
        if (!ok) {
            m_lastError = DbError::make(DbError::Kind::Validation, tr("save the quoted price"),
                tr("“%1” is not a price; type an amount such as 12500.00.").arg(value.toString()));
            Q_EMIT failed();
            return false;
        }
        return submit(row, ShortlistChange::price(cents));
    }
    case Notes:
        if (role != Qt::EditRole)
            return false;
        return submit(row, ShortlistChange::notesText(value.toString()));
    default:
        return false;
    }
}

bool ShortlistModel::setStatus(int row, OutreachStatus status, const QString &declineReason)
{
    return submit(row, ShortlistChange::moveTo(status, declineReason));
}

bool ShortlistModel::removeEntry(int row)
{
    return submit(row, ShortlistChange::remove());
}

void ShortlistModel::addVenues(const QStringList &venueIds)
{
    m_editor->submit(m_projectId, ShortlistChange::addVenues(venueIds));
}

bool ShortlistModel::moveEntry(int row, int to)
{
    if (row < 0 || to < 0 || row >= m_entries.size() || to >= m_entries.size())
        return false;
    QStringList ids;
    for (const auto &e : std::as_const(m_entries))
        ids << e.row.id;
    ids.move(row, to);
    m_editor->submit(m_projectId, ShortlistChange::reorder(ids));
    return true;
}

bool ShortlistModel::submit(int row, const ShortlistChange &change)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    m_editor->submit(m_projectId, m_entries.at(row).row, change);
    return true;
}

void ShortlistModel::show(const ShortlistOutcome &outcome)
{
    if (outcome.projectId != m_projectId)
        return; // another project is on screen now
    if (outcome.kind == ShortlistOutcome::Kind::Added
        || (outcome.kind == ShortlistOutcome::Kind::Saved
            && outcome.change.kind == ShortlistChange::Kind::Reorder)) {
        if (outcome.shortlist)
            setEntries(*outcome.shortlist);
        if (outcome.kind == ShortlistOutcome::Kind::Added)
            Q_EMIT added(outcome.added);
        else
            Q_EMIT reordered();
        return;
    }
    const int row = rowOf(outcome.projectVenueId);
    switch (outcome.kind) {
    case ShortlistOutcome::Kind::Saved:
        if (row < 0)
            return;
        m_entries[row].row = outcome.stored;
        if (outcome.change.kind != ShortlistChange::Kind::Status)
            m_entries[row].cateringName = m_catererNames.value(outcome.stored.cateringProviderId);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT saved();
        return;
    case ShortlistOutcome::Kind::Removed: {
        if (row < 0)
            return;
        const QString name = m_entries.at(row).venueName;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
        Q_EMIT removed(name);
        Q_EMIT saved();
        return;
    }
    case ShortlistOutcome::Kind::Conflict:
        if (outcome.shortlist)
            setEntries(*outcome.shortlist); // theirs on screen, never ours as if saved
        break;
    case ShortlistOutcome::Kind::Added: // handled above
    case ShortlistOutcome::Kind::Failed:
        break;
    }
    m_lastError = outcome.error;
    Q_EMIT failed();
}

} // namespace VenueMap::Core
