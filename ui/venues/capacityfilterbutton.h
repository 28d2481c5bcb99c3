#pragma once

#include "domain/venuefilter.h"

#include <QToolButton>

class QComboBox;
class QFrame;
class QLabel;
class QSpinBox;

namespace VenueMap::Ui {

// The Venues page's capacity filter (issue 13): a button whose popup asks for the venue's capacity
// (from, to), for one room seating at least N in a layout ("200+ Theatre") and for breakout rooms
// ("4 × 30 Classroom"). The button names what is chosen; the page reads and writes the choice as
// VenueFilter fields. One button keeps the filter row narrow enough for a 1024-pixel window.
class CapacityFilterButton final : public QToolButton
{
    Q_OBJECT
public:
    explicit CapacityFilterButton(QWidget *parent = nullptr);

    // Shows the capacity fields of `filter` (minCapacity, maxCapacity, layout, layoutCapacity,
    // rooms, roomLayout, roomCapacity) without emitting changed().
    void setFilter(const Core::VenueFilter &filter);
    // Writes the chosen capacity fields into `filter`, leaving its other fields alone.
    void applyTo(Core::VenueFilter &filter) const;

    // The popup and its fields, for tests and screenshots.
    QFrame *popup() const { return m_popup; }
    QSpinBox *minCapacitySpin() const { return m_min; }
    QSpinBox *maxCapacitySpin() const { return m_max; }
    QComboBox *layoutCombo() const { return m_layout; }
    QSpinBox *seatsSpin() const { return m_seats; }
    QSpinBox *roomsSpin() const { return m_rooms; }
    QSpinBox *roomSeatsSpin() const { return m_roomSeats; }
    QComboBox *roomLayoutCombo() const { return m_roomLayout; }
    void showPopup();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The short names of a filter's capacity choices: "200–1,800 guests", "200+ Theatre",
    // "4 × 30 Classroom" (none without a choice).
    static QStringList describe(const Core::VenueFilter &filter);
    // The room choices as a phrase for a sentence: "a room for 200+ Theatre and 4 × 30 Classroom
    // breakout rooms" (empty without a room choice).
    static QString roomsPhrase(const Core::VenueFilter &filter);

Q_SIGNALS:
    // The person changed a choice.
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onEdited();
    void updateEnabled();
    void updateText();

    QFrame *m_popup;
    QSpinBox *m_min;
    QSpinBox *m_max;
    QComboBox *m_layout;
    QSpinBox *m_seats;
    QSpinBox *m_rooms;
    QSpinBox *m_roomSeats;
    QComboBox *m_roomLayout;
    bool m_setting = false;
};

} // namespace VenueMap::Ui
