#include "holdstimeline.h"

#include "domain/language.h"
#include "domain/plaintext.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <functional>

namespace VenueMap::Ui {

using namespace Core;

namespace {

constexpr int kAxisHeight = 34; // months and days
constexpr int kCaptionHeight = 16;
constexpr int kLaneHeight = 18;
constexpr int kRowGap = 6;
constexpr int kRowHeight = kCaptionHeight + kLaneHeight + kRowGap;
constexpr int kSide = 6;
constexpr int kMarginDays = 3;
constexpr int kMaxDays = 180;

bool isOver(HoldStatus s)
{
    return s == HoldStatus::Released || s == HoldStatus::Expired;
}

// Two holds of one venue compete when they are on the same room, or either is the whole venue.
bool sameRoom(const Hold &a, const Hold &b)
{
    return a.venueId == b.venueId
        && (a.spaceId == b.spaceId || a.spaceId.isEmpty() || b.spaceId.isEmpty());
}

} // namespace

QColor holdStatusColor(HoldStatus status)
{
    switch (status) {
    case HoldStatus::Requested:
        return QColor(0x9a, 0xa5, 0xb1);
    case HoldStatus::Tentative:
        return QColor(0xe8, 0xa3, 0x17);
    case HoldStatus::FirstOption:
        return QColor(0x2f, 0x6f, 0xd6);
    case HoldStatus::SecondOption:
        return QColor(0x7f, 0xa8, 0xec);
    case HoldStatus::Confirmed:
        return QColor(0x1e, 0x9e, 0x5a);
    case HoldStatus::Released:
    case HoldStatus::Expired:
        break;
    }
    return QColor(0xc4, 0xc4, 0xc4);
}

HoldsTimeline::HoldsTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("holdsTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAccessibleName(tr("Holds timeline"));
}

void HoldsTimeline::setData(
    const QList<DateRange> &ranges, const QList<Hold> &own, const QList<Hold> &competing)
{
    m_ranges = ranges;
    m_rows.clear();
    m_order.clear();
    // One row per venue and room, in the order of the venues' first holds.
    QList<Hold> sorted = own;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Hold &a, const Hold &b) {
        return std::tie(a.venueName, a.spaceName, a.start)
            < std::tie(b.venueName, b.spaceName, b.start);
    });
    for (const Hold &h : sorted) {
        auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) {
            return r.own.first().venueId == h.venueId && r.own.first().spaceId == h.spaceId;
        });
        if (it == m_rows.end()) {
            Row r;
            r.label = h.spaceName.isEmpty()
                ? tr("%1 (whole venue)").arg(h.venueName)
                : QStringLiteral("%1 · %2").arg(h.venueName, h.spaceName);
            r.own << h;
            m_rows << r;
        } else {
            it->own << h;
        }
        m_order << h.id;
    }
    for (Row &r : m_rows)
        for (const Hold &c : competing)
            if (c.projectId != r.own.first().projectId && sameRoom(c, r.own.first()))
                r.competing << c;
    // The axis: the date ranges and the holds, a few days either side, and any expiry before.
    QDate first;
    QDate last;
    const auto take = [&](const QDate &a, const QDate &b) {
        if (!a.isValid())
            return;
        first = first.isValid() ? std::min(first, a) : a;
        last = last.isValid() ? std::max(last, b) : b;
    };
    for (const DateRange &r : ranges)
        take(r.start, r.end);
    for (const Hold &h : own) {
        take(h.start, h.end);
        if (h.expiresOn && !isOver(h.status))
            take(*h.expiresOn, *h.expiresOn);
    }
    if (!first.isValid()) {
        first = QDate::currentDate();
        last = first.addDays(14);
    }
    m_first = first.addDays(-kMarginDays);
    m_last = last.addDays(kMarginDays);
    if (m_first.daysTo(m_last) > kMaxDays)
        m_first = m_last.addDays(-kMaxDays);
    if (!m_order.contains(m_selected))
        m_selected.clear();
    updateGeometry();
    update();
}

void HoldsTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateGeometry(); // the legend's lines follow the width
}

void HoldsTimeline::setSelectedHold(const QString &holdId)
{
    if (m_selected == holdId)
        return;
    m_selected = m_order.contains(holdId) ? holdId : QString();
    update();
}

int HoldsTimeline::dayWidth() const
{
    const int days = int(m_first.daysTo(m_last)) + 1;
    return std::max(2, (width() - 2 * kSide) / std::max(1, days));
}

int HoldsTimeline::xOf(const QDate &day) const
{
    const int days = int(m_first.daysTo(m_last)) + 1;
    const double perDay = double(width() - 2 * kSide) / std::max(1, days);
    return kSide + int(std::lround(m_first.daysTo(day) * perDay));
}

int HoldsTimeline::rowTop(int row) const
{
    return kAxisHeight + 4 + row * kRowHeight;
}

QRect HoldsTimeline::ownBar(int row, const Hold &h) const
{
    const int top = rowTop(row) + kCaptionHeight;
    const int left = xOf(h.start);
    const int right = xOf(h.end.addDays(1));
    return QRect(left, top + 2, std::max(4, right - left - 1), kLaneHeight - 6);
}

QRect HoldsTimeline::competingBar(int row, const Hold &h) const
{
    const int top = rowTop(row) + kCaptionHeight;
    const int left = xOf(h.start);
    const int right = xOf(h.end.addDays(1));
    return QRect(left, top + kLaneHeight - 5, std::max(4, right - left - 1), 5);
}

QRect HoldsTimeline::barRect(const QString &holdId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        for (const Hold &h : m_rows.at(i).own)
            if (h.id == holdId)
                return ownBar(i, h);
    return {};
}

int HoldsTimeline::legendHeight() const
{
    // The legend flows over as many lines as the width needs (as paintEvent() lays it out).
    QStringList texts;
    for (HoldStatus s : { HoldStatus::Requested, HoldStatus::Tentative, HoldStatus::FirstOption,
             HoldStatus::SecondOption, HoldStatus::Confirmed })
        texts << holdStatusLabel(s);
    texts << tr("expires", "timeline legend: where a hold expires") << tr("preferred dates")
          << tr("other projects");
    const QFontMetrics fm = fontMetrics();
    int x = kSide;
    int lines = 1;
    for (const QString &t : texts) {
        const int w = 14 + 4 + fm.horizontalAdvance(t) + 12;
        if (x + w > std::max(width(), 240) - kSide && x > kSide) {
            x = kSide;
            ++lines;
        }
        x += w;
    }
    return lines * (fm.height() + 2) + 8;
}

QSize HoldsTimeline::sizeHint() const
{
    return QSize(240, rowTop(int(std::max<qsizetype>(1, m_rows.size()))) + legendHeight());
}

QSize HoldsTimeline::minimumSizeHint() const
{
    return QSize(200, rowTop(1) + legendHeight());
}

QString HoldsTimeline::describe(const Hold &h, bool competing) const
{
    QStringList lines;
    lines << (h.spaceName.isEmpty() ? h.venueName
                                    : QStringLiteral("%1, %2").arg(h.venueName, h.spaceName));
    if (competing)
        lines << tr("Another project: %1").arg(h.projectTitle);
    lines << tr("%1: %2").arg(holdStatusLabel(h.status),
        h.start == h.end ? displayDate(h.start)
                         : QStringLiteral("%1 – %2").arg(displayDate(h.start), displayDate(h.end)));
    if (h.expiresOn)
        lines << tr("Expires %1").arg(displayDate(*h.expiresOn));
    if (!competing && !h.notes.isEmpty())
        lines << h.notes.left(300);
    return lines.join(QLatin1Char('\n'));
}

HoldsTimeline::Hit HoldsTimeline::hitAt(const QPoint &pos) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        for (const Hold &h : m_rows.at(i).own)
            if (ownBar(i, h).adjusted(-2, -2, 2, 2).contains(pos))
                return { &h, false };
        for (const Hold &h : m_rows.at(i).competing)
            if (competingBar(i, h).adjusted(0, -2, 0, 2).contains(pos))
                return { &h, true };
    }
    return {};
}

void HoldsTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    const int bottom = rowTop(int(std::max<qsizetype>(1, m_rows.size())));
    const int dw = dayWidth();

    // The project's date ranges, shaded down the whole chart.
    for (const DateRange &r : m_ranges) {
        const QRect band(
            xOf(r.start), kAxisHeight, xOf(r.end.addDays(1)) - xOf(r.start), bottom - kAxisHeight);
        p.fillRect(band, r.preferred ? QColor(0xdc, 0xe9, 0xfb) : QColor(0xee, 0xf2, 0xf7));
        // The range's days on the axis underlined: blue for the preferred one, grey otherwise.
        p.fillRect(QRect(band.left(), kAxisHeight - 3, band.width(), 3),
            r.preferred ? QColor(0x2f, 0x6f, 0xd6) : QColor(0xa8, 0xb4, 0xc4));
    }

    // The axis: month names, then day numbers as room allows, and a line each Monday.
    p.setPen(palette().color(QPalette::Text));
    const int labelEvery = dw >= 18 ? 1 : dw >= 9 ? 2 : dw >= 5 ? 7 : 14;
    const QLocale en; // month names in the app's language (Preferences)
    for (QDate d = m_first; d <= m_last; d = d.addDays(1)) {
        const int x = xOf(d);
        if (d == m_first || d.day() == 1) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(x + 2, 0, 200, 16), Qt::AlignLeft | Qt::AlignVCenter,
                en.toString(d, QStringLiteral("MMM yyyy")));
            if (d.day() == 1)
                p.drawLine(x, 0, x, bottom);
        }
        if (d.dayOfWeek() == 1) {
            p.setPen(QColor(0xdd, 0xdd, 0xdd));
            p.drawLine(x, kAxisHeight, x, bottom);
        }
        const bool label = labelEvery == 1 || (labelEvery == 2 && d.day() % 2 == 1)
            || (labelEvery >= 7 && d.dayOfWeek() == 1);
        if (label) {
            p.setPen(
                d.dayOfWeek() >= 6 ? QColor(0x99, 0x99, 0x99) : palette().color(QPalette::Text));
            p.drawText(QRect(x, 17, std::max(dw, fm.horizontalAdvance(QStringLiteral("28"))), 15),
                Qt::AlignLeft | Qt::AlignVCenter, QString::number(d.day()));
        }
    }
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    p.drawLine(kSide, kAxisHeight, width() - kSide, kAxisHeight);

    if (m_rows.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(kSide, kAxisHeight + 4, width() - 2 * kSide, kRowHeight),
            Qt::AlignCenter | Qt::TextWordWrap, tr("No holds yet: select a venue and Hold…"));
    }

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const int top = rowTop(i);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(kSide, top, width() - 2 * kSide, kCaptionHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(row.label, Qt::ElideRight, width() - 2 * kSide));
        // Other projects' holds on the room, faint and hatched under the lane.
        for (const Hold &c : row.competing) {
            const QRect r = competingBar(i, c);
            QColor col = holdStatusColor(c.status);
            col.setAlpha(isOver(c.status) ? 60 : 170);
            p.fillRect(r,
                QBrush(
                    col, c.status == HoldStatus::Confirmed ? Qt::SolidPattern : Qt::Dense4Pattern));
            p.setPen(col);
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
        for (const Hold &h : row.own) {
            const QRect r = ownBar(i, h);
            QColor col = holdStatusColor(h.status);
            if (isOver(h.status))
                col.setAlpha(120);
            p.fillRect(r, col);
            if (h.id == m_selected) {
                p.setPen(QPen(palette().color(QPalette::Highlight), 2));
                p.drawRect(r.adjusted(-1, -1, 0, 0));
            }
            // The expiry: a dark red tick where the hold lapses unless it is confirmed.
            if (h.expiresOn && !isOver(h.status) && h.status != HoldStatus::Confirmed
                && *h.expiresOn >= m_first) {
                const int x = xOf(*h.expiresOn) + std::max(1, dw / 2);
                p.setPen(QPen(QColor(0xb0, 0x30, 0x20), 2));
                p.drawLine(x, r.top() - 3, x, r.bottom() + 3);
                if (x < r.left() - 4)
                    p.drawLine(x, r.center().y(), r.left() - 1, r.center().y());
            }
        }
    }

    // The legend: the statuses' colours, the expiry mark and the faint bars.
    int x = kSide;
    int y = bottom + 6;
    const int lh = fm.height() + 2;
    const auto item = [&](const QString &text, const std::function<void(const QRect &)> &swatch) {
        const int w = 14 + 4 + fm.horizontalAdvance(text) + 12;
        if (x + w > width() - kSide && x > kSide) {
            x = kSide;
            y += lh;
        }
        swatch(QRect(x, y + (lh - 10) / 2, 14, 10));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(x + 18, y, w, lh), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w;
    };
    for (HoldStatus s : { HoldStatus::Requested, HoldStatus::Tentative, HoldStatus::FirstOption,
             HoldStatus::SecondOption, HoldStatus::Confirmed })
        item(holdStatusLabel(s), [&](const QRect &r) { p.fillRect(r, holdStatusColor(s)); });
    item(tr("expires", "timeline legend: where a hold expires"), [&](const QRect &r) {
        p.setPen(QPen(QColor(0xb0, 0x30, 0x20), 2));
        p.drawLine(r.center().x(), r.top(), r.center().x(), r.bottom());
    });
    item(tr("preferred dates"), [&](const QRect &r) {
        p.fillRect(r, QColor(0xdc, 0xe9, 0xfb));
        p.fillRect(QRect(r.left(), r.bottom() - 2, r.width(), 3), QColor(0x2f, 0x6f, 0xd6));
    });
    item(tr("other projects"), [&](const QRect &r) {
        QColor c = holdStatusColor(HoldStatus::FirstOption);
        c.setAlpha(170);
        p.fillRect(r.adjusted(0, 5, 0, 0), QBrush(c, Qt::Dense4Pattern));
        p.setPen(c);
        p.drawRect(r.adjusted(0, 5, -1, -1));
    });
}

void HoldsTimeline::mousePressEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.hold && !hit.competing) {
        m_selected = hit.hold->id;
        update();
        Q_EMIT holdClicked(m_selected);
        return;
    }
    QWidget::mousePressEvent(event);
}

void HoldsTimeline::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) && !m_order.isEmpty()) {
        qsizetype i = m_order.indexOf(m_selected);
        i = i < 0 ? 0
                  : std::clamp<qsizetype>(
                      i + (event->key() == Qt::Key_Right ? 1 : -1), 0, m_order.size() - 1);
        m_selected = m_order.at(i);
        update();
        Q_EMIT holdClicked(m_selected);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool HoldsTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitAt(help->pos());
        if (hit.hold)
            QToolTip::showText(
                help->globalPos(), plainTextToolTip(describe(*hit.hold, hit.competing)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace VenueMap::Ui
