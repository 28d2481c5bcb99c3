#include "holdspanel.h"

#include "dateedit.h"
#include "db/backgroundreader.h"
#include "dialogwork.h"
#include "domain/language.h"
#include "domain/plaintext.h"
#include "holdstimeline.h"
#include "repositories/holdrepository.h"
#include "venuecalendardialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using namespace Core;

namespace {

QString day(const QDate &d)
{
    return displayDate(d);
}

struct PanelData
{
    QList<DateRange> ranges;
    QList<Hold> holds;
    QList<Hold> competing; // other projects' holds on the same venues, for the timeline
};

// The small form of Add dates… and Hold…: its fields, a sentence line and Save / Cancel.
class FormDialog : public QDialog
{
public:
    FormDialog(const QString &title, QWidget *parent)
        : QDialog(parent)
        , form(new QFormLayout)
        , error(new QLabel(this))
        , buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    {
        setWindowTitle(title);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        error->setObjectName(QStringLiteral("errorLabel"));
        error->setTextFormat(Qt::PlainText);
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #b03020;"));
        error->hide();
        layout->addWidget(error);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
    // A sentence stays until the person changes something.
    void clearOnEdit(QComboBox *c)
    {
        connect(c, &QComboBox::currentIndexChanged, this, [this] { say({}); });
    }
    void clearOnEdit(QDateEdit *e)
    {
        connect(e, &QDateEdit::dateChanged, this, [this] { say({}); });
    }
    void clearOnEdit(QCheckBox *c)
    {
        connect(c, &QCheckBox::toggled, this, [this] { say({}); });
    }
    void say(const QString &sentence)
    {
        error->setText(sentence);
        error->setVisible(!sentence.isEmpty());
    }

    QFormLayout *form;
    QLabel *error;
    QDialogButtonBox *buttons;
};

} // namespace

HoldsPanel::HoldsPanel(const Database &db, QString userId, QWidget *parent)
    : QWidget(parent)
    , m_db(std::make_unique<Database>(db))
    , m_userId(std::move(userId))
    , m_datesLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_addDates(new QPushButton(tr("Add &dates…"), this))
    , m_hold(new QPushButton(tr("&Hold…"), this))
    , m_confirm(new QPushButton(tr("Con&firm"), this))
    , m_release(new QPushButton(tr("&Release"), this))
    , m_calendar(new QPushButton(tr("&Calendar…"), this))
{
    auto *layout = new QVBoxLayout(this);
    m_datesLabel->setObjectName(QStringLiteral("datesLabel"));
    m_datesLabel->setTextFormat(Qt::PlainText);
    m_datesLabel->setWordWrap(true);
    auto *datesRow = new QHBoxLayout;
    datesRow->addWidget(m_datesLabel, 1);
    datesRow->addWidget(m_addDates, 0, Qt::AlignTop);
    layout->addLayout(datesRow);
    m_table->setObjectName(QStringLiteral("holdsTable"));
    // One hold per row in two lines (the side panel is narrow): where, then when and how firm.
    m_table->setColumnCount(1);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->hide();
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    // The holds as a list or on a timeline (the same selection in both).
    auto *viewRow = new QHBoxLayout;
    auto *group = new QButtonGroup(this);
    m_listButton = new QToolButton(this);
    m_listButton->setText(tr("&List"));
    m_timelineButton = new QToolButton(this);
    m_timelineButton->setText(tr("&Timeline"));
    m_timelineButton->setToolTip(tr("The holds on a date axis, the project's dates shaded and "
                                    "other projects' holds on the same rooms drawn faint"));
    for (QToolButton *b : { m_listButton, m_timelineButton }) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        group->addButton(b);
        viewRow->addWidget(b);
    }
    m_listButton->setChecked(true);
    viewRow->addStretch(1);
    layout->addLayout(viewRow);
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_table);
    m_timeline = new HoldsTimeline(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("timelineScroll"));
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::StyledPanel);
    m_views->addWidget(scroll);
    layout->addWidget(m_views, 1);
    connect(m_listButton, &QToolButton::toggled, this,
        [this](bool list) { m_views->setCurrentIndex(list ? 0 : 1); });
    connect(m_timeline, &HoldsTimeline::holdClicked, this, [this](const QString &id) {
        for (int i = 0; i < m_holds.size(); ++i)
            if (m_holds.at(i).id == id)
                m_table->selectRow(i);
    });
    // Two rows of two: the side panel stays as narrow as the Outreach tab needs.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_hold, 0, 0);
    buttons->addWidget(m_calendar, 0, 1);
    buttons->addWidget(m_confirm, 1, 0);
    buttons->addWidget(m_release, 1, 1);
    m_calendar->setToolTip(tr("The month of the selected venue, every room, every project's "
                              "holds"));
    connect(m_calendar, &QPushButton::clicked, this, &HoldsPanel::openCalendar);
    layout->addLayout(buttons);
    m_confirm->setToolTip(tr("Confirm the selected hold: the booking. A room confirmed for "
                             "another project on the same dates is refused."));
    m_release->setToolTip(tr("Release the selected hold; a released first option makes the "
                             "second option on the same room the first"));
    connect(m_addDates, &QPushButton::clicked, this, &HoldsPanel::addDates);
    connect(m_hold, &QPushButton::clicked, this, &HoldsPanel::holdRoom);
    connect(m_confirm, &QPushButton::clicked, this, &HoldsPanel::confirmSelected);
    connect(m_release, &QPushButton::clicked, this, [this] {
        // Releasing gives the room up for good: asked, never done by a stray click.
        const Hold *h = selectedHold();
        if (!h)
            return;
        const QString what = h->spaceName.isEmpty()
            ? h->venueName
            : tr("%1 at %2", "a space at a venue").arg(h->spaceName, h->venueName);
        QMessageBox ask(QMessageBox::Question, tr("Release the Hold"),
            tr("Release %1 for %2? The venue may give the dates to someone else; this cannot be "
               "undone.")
                .arg(what, DateRange { {}, {}, h->start, h->end, false }.label()),
            QMessageBox::NoButton, this);
        ask.setTextFormat(Qt::PlainText);
        QPushButton *release = ask.addButton(tr("&Release"), QMessageBox::DestructiveRole);
        ask.addButton(tr("&Keep the Hold"), QMessageBox::RejectRole);
        ask.setDefaultButton(qobject_cast<QPushButton *>(ask.buttons().last()));
        ask.exec();
        if (ask.clickedButton() == release)
            releaseSelected();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const Hold *h = selectedHold();
        m_timeline->setSelectedHold(h ? h->id : QString());
        updateButtons();
    });
    showData({}, {});
}

HoldsPanel::~HoldsPanel() = default;

void HoldsPanel::setProjectId(const QString &projectId)
{
    m_projectId = projectId;
    m_entry.reset();
    showData({}, {});
}

void HoldsPanel::setCurrentEntry(const ShortlistEntry *entry)
{
    if (entry)
        m_entry = *entry;
    else
        m_entry.reset();
    updateButtons();
}

void HoldsPanel::reload()
{
    if (m_projectId.isEmpty())
        return;
    if (!m_reader)
        m_reader = std::make_unique<BackgroundReader>(
            *m_db, uniqueConnectionName(*m_db, QStringLiteral("holds")));
    m_loading = true;
    m_reader->read<PanelData>(
        [projectId = m_projectId, userId = m_userId](const Database &db) -> Result<PanelData> {
            HoldRepository repo(db, userId);
            auto ranges = repo.dateRanges(projectId);
            if (!ranges)
                return ranges.error();
            HoldQuery q;
            q.projectId = projectId;
            auto holds = repo.holds(q);
            if (!holds)
                return holds.error();
            PanelData data { *ranges, *holds, {} };
            // Other projects' holds on the same venues, over the dates the timeline shows.
            QDate from;
            QDate to;
            QStringList venues;
            for (const Hold &h : *holds) {
                from = from.isValid() ? std::min(from, h.start) : h.start;
                to = to.isValid() ? std::max(to, h.end) : h.end;
                if (!venues.contains(h.venueId))
                    venues << h.venueId;
            }
            for (const DateRange &r : *ranges) {
                from = from.isValid() ? std::min(from, r.start) : r.start;
                to = to.isValid() ? std::max(to, r.end) : r.end;
            }
            for (const QString &venue : venues) {
                HoldQuery others;
                others.venueId = venue;
                others.from = from.addDays(-7);
                others.to = to.addDays(7);
                auto found = repo.holds(others);
                if (!found)
                    return found.error();
                for (const Hold &h : *found)
                    if (h.projectId != projectId)
                        data.competing << h;
            }
            return data;
        },
        [this](const Result<PanelData> &data) {
            m_loading = false;
            if (!data) {
                fail(data.error());
                return;
            }
            showData(data->ranges, data->holds, data->competing);
        });
}

void HoldsPanel::showData(
    const QList<DateRange> &ranges, const QList<Hold> &holds, const QList<Hold> &competing)
{
    m_ranges = ranges;
    m_holds = holds;
    m_timeline->setData(ranges, holds, competing);
    QStringList dates;
    for (const DateRange &r : ranges)
        dates << (r.preferred ? tr("%1 (preferred)").arg(r.label()) : r.label());
    m_datesLabel->setText(dates.isEmpty()
            ? tr("No dates yet: add the preferred dates and any alternates, then hold rooms.")
            : tr("Dates: %1").arg(dates.join(QStringLiteral(" · "))));
    const QString selected = selectedHold() ? selectedHold()->id : QString();
    m_table->setRowCount(int(holds.size()));
    for (int i = 0; i < holds.size(); ++i) {
        const Hold &h = holds.at(i);
        const QString where = h.spaceName.isEmpty()
            ? tr("%1 · whole venue").arg(h.venueName)
            : QStringLiteral("%1 · %2").arg(h.venueName, h.spaceName);
        QString status = holdStatusLabel(h.status);
        if (h.expiresOn && holdIsLive(h.status))
            status = tr("%1 until %2").arg(status, day(*h.expiresOn));
        const QString when
            = DateRange { {}, {}, h.start, h.end, false }.label() + QStringLiteral(" · ") + status;
        auto *item = new QTableWidgetItem(where + QLatin1Char('\n') + when);
        item->setToolTip(plainTextToolTip(where + QLatin1Char('\n') + when
            + (h.placedByName.isEmpty() ? QString() : tr("\nPlaced by %1").arg(h.placedByName))
            + (h.notes.isEmpty() ? QString() : QLatin1Char('\n') + h.notes)));
        if (h.status == HoldStatus::Confirmed)
            item->setForeground(QColor(0x2a, 0x6f, 0x3a));
        else if (!holdIsLive(h.status))
            item->setForeground(QColor(0x80, 0x80, 0x80));
        m_table->setItem(i, 0, item);
        if (h.id == selected)
            m_table->selectRow(i);
    }
    updateButtons();
}

const Hold *HoldsPanel::selectedHold() const
{
    const auto rows
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_holds.size())
        return nullptr;
    return &m_holds.at(rows.first().row());
}

void HoldsPanel::showTimeline(bool timeline)
{
    (timeline ? m_timelineButton : m_listButton)->setChecked(true);
}

void HoldsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void HoldsPanel::updateButtons()
{
    const Hold *h = selectedHold();
    const bool project = !m_projectId.isEmpty() && !m_db->isReadOnly() && !m_readOnly;
    m_addDates->setEnabled(project);
    m_hold->setEnabled(project && m_entry.has_value());
    m_hold->setToolTip(m_entry
            ? plainTextToolTip(
                tr("Hold a room of %1 for one of the project's dates").arg(m_entry->venueName))
            : tr("Select a venue in the shortlist to hold one of its rooms"));
    m_confirm->setEnabled(project && h && holdIsLive(h->status));
    m_calendar->setEnabled(h || m_entry.has_value());
    m_release->setEnabled(
        project && h && (holdIsLive(h->status) || h->status == HoldStatus::Confirmed));
}

void HoldsPanel::openCalendar()
{
    // The selected hold's venue and month, or the selected shortlisted venue's first held month.
    const Hold *h = selectedHold();
    const QString venueId = h ? h->venueId : (m_entry ? m_entry->row.venueId : QString());
    const QString venueName = h ? h->venueName : (m_entry ? m_entry->venueName : QString());
    if (venueId.isEmpty())
        return;
    QDate month = h ? h->start : QDate::currentDate();
    if (!h && !m_ranges.isEmpty())
        month = m_ranges.first().start;
    auto *dialog = new VenueCalendarDialog(*m_db, venueId, venueName, month, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->show();
}

void HoldsPanel::fail(const DbError &error)
{
    m_lastError = error;
    Q_EMIT failed();
}

void HoldsPanel::addDates()
{
    auto *dialog = new FormDialog(tr("Add Dates"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *from = new DateEdit(dialog);
    auto *to = new DateEdit(dialog);
    auto *preferred = new QCheckBox(tr("The &preferred dates (the others are alternates)"), dialog);
    from->setObjectName(QStringLiteral("fromEdit"));
    to->setObjectName(QStringLiteral("toEdit"));
    preferred->setObjectName(QStringLiteral("preferredCheck"));
    for (DateEdit *e : { from, to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(Core::displayDateFormat());
        e->setDate(m_eventDate.isValid() ? m_eventDate : QDate::currentDate().addMonths(3));
    }
    connect(from, &QDateEdit::dateChanged, to, [to](const QDate &d) {
        if (to->date() < d)
            to->setDate(d);
    });
    preferred->setChecked(m_ranges.isEmpty());
    dialog->clearOnEdit(from);
    dialog->clearOnEdit(to);
    dialog->clearOnEdit(preferred);
    dialog->form->addRow(tr("&First day"), from);
    dialog->form->addRow(tr("&Last day"), to);
    dialog->form->addRow(QString(), preferred);
    connect(dialog->buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        const auto outcome
            = DialogWork::run<DateRange>(dialog, *m_db, QStringLiteral("holds-dates"),
                [projectId = m_projectId, userId = m_userId, start = from->date(), end = to->date(),
                    p = preferred->isChecked()](const Database &db) {
                    return HoldRepository(db, userId).addDateRange(projectId, start, end, p);
                });
        if (!outcome)
            return;
        if (!*outcome) {
            dialog->say((*outcome).error().message); // the form keeps what was typed
            return;
        }
        Q_EMIT changed(tr("Dates %1 added.").arg((*outcome)->label()));
        dialog->accept();
        reload();
    });
    m_dialog = dialog;
    dialog->show();
}

void HoldsPanel::holdRoom()
{
    if (!m_entry)
        return;
    if (m_ranges.isEmpty()) {
        fail(DbError::make(DbError::Kind::Validation, tr("hold a room"),
            tr("Add the project's dates first (Add dates…): a hold is for one of them.")));
        return;
    }
    const ShortlistEntry entry = *m_entry;
    auto *dialog = new FormDialog(tr("Hold a Room at %1").arg(entry.venueName), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *dates = new QComboBox(dialog);
    dates->setObjectName(QStringLiteral("datesCombo"));
    for (const DateRange &r : std::as_const(m_ranges))
        dates->addItem(r.preferred ? tr("%1 (preferred)").arg(r.label()) : r.label(), r.id);
    auto *room = new QComboBox(dialog);
    room->setObjectName(QStringLiteral("roomCombo"));
    room->addItem(tr("The whole venue"), QString());
    for (const VenueSpace &s : entry.spaces)
        room->addItem(s.name, s.id);
    auto *status = new QComboBox(dialog);
    status->setObjectName(QStringLiteral("statusCombo"));
    for (HoldStatus s : { HoldStatus::Requested, HoldStatus::Tentative, HoldStatus::FirstOption,
             HoldStatus::SecondOption, HoldStatus::Confirmed })
        status->addItem(holdStatusLabel(s), int(s));
    auto *expires = new QCheckBox(tr("&Expires on"), dialog);
    auto *expiry = new DateEdit(dialog);
    expires->setObjectName(QStringLiteral("expiresCheck"));
    expiry->setObjectName(QStringLiteral("expiryEdit"));
    expiry->setCalendarPopup(true);
    expiry->setDisplayFormat(Core::displayDateFormat());
    // A week, the usual option period, but never past the chosen dates' first day (the database
    // refuses a hold that expires after it).
    const auto defaultExpiry = [this, dates] {
        QDate day = QDate::currentDate().addDays(7);
        for (const DateRange &r : std::as_const(m_ranges))
            if (r.id == dates->currentData().toString() && r.start.isValid() && r.start < day)
                day = std::max(QDate::currentDate(), r.start);
        return day;
    };
    expiry->setDate(defaultExpiry());
    connect(dates, &QComboBox::currentIndexChanged, expiry,
        [expiry, defaultExpiry] { expiry->setDate(std::min(expiry->date(), defaultExpiry())); });
    expiry->setEnabled(false);
    connect(expires, &QCheckBox::toggled, expiry, &QWidget::setEnabled);
    auto *notes = new QPlainTextEdit(dialog);
    notes->setObjectName(QStringLiteral("notesEdit"));
    notes->setMaximumHeight(70);
    for (QComboBox *c : { dates, room, status })
        dialog->clearOnEdit(c);
    dialog->clearOnEdit(expires);
    dialog->clearOnEdit(expiry);
    notes->setMinimumHeight(50);
    dialog->form->addRow(tr("&Dates"), dates);
    dialog->form->addRow(tr("&Room"), room);
    dialog->form->addRow(tr("&Status"), status);
    dialog->form->addRow(expires, expiry);
    dialog->form->addRow(tr("&Notes"), notes);
    connect(dialog->buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        HoldDraft draft;
        draft.projectVenueId = entry.row.id;
        draft.dateRangeId = dates->currentData().toString();
        draft.spaceId = room->currentData().toString();
        draft.status = HoldStatus(status->currentData().toInt());
        if (expires->isChecked())
            draft.expiresOn = expiry->date();
        draft.notes = notes->toPlainText();
        const auto outcome = DialogWork::run<Hold>(dialog, *m_db, QStringLiteral("holds-place"),
            [draft, userId = m_userId](
                const Database &db) { return HoldRepository(db, userId).placeHold(draft); });
        if (!outcome)
            return;
        if (!*outcome) {
            dialog->say((*outcome).error().message);
            return;
        }
        Q_EMIT changed(tr("%1 is held: %2.")
                           .arg((*outcome)->spaceName.isEmpty() ? (*outcome)->venueName
                                                                : (*outcome)->spaceName,
                               holdStatusLabel((*outcome)->status).toLower()));
        dialog->accept();
        reload();
    });
    m_dialog = dialog;
    dialog->show();
}

void HoldsPanel::confirmSelected()
{
    const Hold *h = selectedHold();
    if (!h)
        return;
    const Hold hold = *h;
    const auto done = runOnOwnConnection<Hold>(
        *m_db, QStringLiteral("holds-change"), [hold, userId = m_userId](const Database &db) {
            return HoldRepository(db, userId)
                .setStatus(hold.id, hold.version, HoldStatus::Confirmed);
        });
    if (!done) {
        fail(done.error());
        reload();
        return;
    }
    Q_EMIT changed(tr("%1 is confirmed for %2.")
                       .arg(hold.spaceName.isEmpty() ? hold.venueName : hold.spaceName,
                           DateRange { {}, {}, hold.start, hold.end, false }.label()));
    reload();
}

void HoldsPanel::releaseSelected()
{
    const Hold *h = selectedHold();
    if (!h)
        return;
    const Hold hold = *h;
    const auto done = runOnOwnConnection<std::optional<Hold>>(
        *m_db, QStringLiteral("holds-change"), [hold, userId = m_userId](const Database &db) {
            HoldRepository repo(db, userId);
            if (hold.status == HoldStatus::FirstOption)
                return repo.releaseAndPromote(hold.id, hold.version);
            auto released = repo.setStatus(hold.id, hold.version, HoldStatus::Released);
            return released ? Result<std::optional<Hold>>(std::optional<Hold>())
                            : Result<std::optional<Hold>>(released.error());
        });
    if (!done) {
        fail(done.error());
        reload();
        return;
    }
    QString said
        = tr("%1 is released.").arg(hold.spaceName.isEmpty() ? hold.venueName : hold.spaceName);
    if (*done)
        said += QLatin1Char(' ')
            + tr("The second option of %1 is now the first.").arg((*done)->projectTitle);
    Q_EMIT changed(said);
    reload();
}

} // namespace VenueMap::Ui
