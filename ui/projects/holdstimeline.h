#pragma once

#include "domain/hold.h"

#include <QWidget>

namespace VenueMap::Ui {

// A project's holds on a timeline (issue 14): one row per held venue or room, a date axis over the
// project's date ranges (the preferred one and the alternates shaded) with a margin, each hold a
// bar coloured by its status with its expiry marked, and other projects' holds on the same rooms
// drawn faint behind, so competing options and bookings show as overlaps. Clicking a bar (or Left
// and Right) selects a hold; the panel selects it in its list. Paints what it is given; it reads
// nothing itself.
class HoldsTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit HoldsTimeline(QWidget *parent = nullptr);

    // `own`: the project's holds; `competing`: other projects' holds on the same venues.
    void setData(const QList<Core::DateRange> &ranges, const QList<Core::Hold> &own,
        const QList<Core::Hold> &competing);
    void setSelectedHold(const QString &holdId);
    const QString &selectedHold() const { return m_selected; }

    // Where things are drawn (tests click them): a hold's bar, empty when not shown.
    QRect barRect(const QString &holdId) const;
    int rowCount() const { return int(m_rows.size()); }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // The plain text a bar's tooltip says.
    QString describe(const Core::Hold &hold, bool competing) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void holdClicked(const QString &holdId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Row
    {
        QString label;
        QList<Core::Hold> own;
        QList<Core::Hold> competing;
    };
    struct Hit
    {
        const Core::Hold *hold = nullptr;
        bool competing = false;
    };
    int xOf(const QDate &day) const; // left edge of the day
    int dayWidth() const;
    int rowTop(int row) const;
    QRect ownBar(int row, const Core::Hold &hold) const;
    QRect competingBar(int row, const Core::Hold &hold) const;
    Hit hitAt(const QPoint &pos) const;
    int legendHeight() const;

    QList<Core::DateRange> m_ranges;
    QList<Row> m_rows;
    QStringList m_order; // own hold ids in the order Left/Right walk them
    QString m_selected;
    QDate m_first;
    QDate m_last;
};

// The colour of a hold's status on the timeline (also its legend).
QColor holdStatusColor(Core::HoldStatus status);

} // namespace VenueMap::Ui
