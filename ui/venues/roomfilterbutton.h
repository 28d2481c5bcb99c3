#pragma once

#include "domain/venuefilter.h"

#include <QToolButton>

class QComboBox;
class QFrame;
class QLabel;
class QSpinBox;

namespace VenueMap::Ui {

// The Venues page's "Rooms" filter (issue 13): a button whose popup asks for one room seating at
// least N in a layout ("200+ Theatre") and for breakout rooms ("4 × 30 Classroom"). The button
// names what is chosen; the page reads and writes the choice as VenueFilter fields.
class RoomFilterButton final : public QToolButton
{
    Q_OBJECT
public:
    explicit RoomFilterButton(QWidget *parent = nullptr);

    // Shows the room fields of `filter` (layout, layoutCapacity, rooms, roomLayout,
    // roomCapacity) without emitting changed().
    void setFilter(const Core::VenueFilter &filter);
    // Writes the chosen room fields into `filter`, leaving its other fields alone.
    void applyTo(Core::VenueFilter &filter) const;

    // The popup and its fields, for tests and screenshots.
    QFrame *popup() const { return m_popup; }
    QComboBox *layoutCombo() const { return m_layout; }
    QSpinBox *seatsSpin() const { return m_seats; }
    QSpinBox *roomsSpin() const { return m_rooms; }
    QSpinBox *roomSeatsSpin() const { return m_roomSeats; }
    QComboBox *roomLayoutCombo() const { return m_roomLayout; }
    void showPopup();

    // The short names of a filter's room choices: "200+ Theatre", "4 × 30 Classroom" (none
    // without a room choice).
    static QStringList describe(const Core::VenueFilter &filter);
    // The same as a phrase for a sentence: "a room for 200+ Theatre and 4 × 30 Classroom
    // breakout rooms" (empty without a room choice).
    static QString phrase(const Core::VenueFilter &filter);

Q_SIGNALS:
    // The person changed a room choice.
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void onEdited();
    void updateEnabled();
    void updateText();

    QFrame *m_popup;
    QComboBox *m_layout;
    QSpinBox *m_seats;
    QSpinBox *m_rooms;
    QSpinBox *m_roomSeats;
    QComboBox *m_roomLayout;
    bool m_setting = false;
};

} // namespace VenueMap::Ui
