#pragma once

#include "db/database.h"
#include "domain/venue.h"
#include "domain/venuefilter.h"
#include "domain/venuespace.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace VenueMap::Core {
class BackgroundReader;
}

namespace VenueMap::Ui {

// The detail pane's rooms (issue 13): each space of a venue with its layout capacities
// ("Grand Hall — Theatre 450 · Banquet (rounds) 300"), a divisible hall's parts indented under
// it, floor, area and daylight in small grey text, and the spaces that match the page's layout
// filter in bold, so the person sees why the venue matched. Names are shown as plain text. The
// spaces are read off the GUI thread, on a connection of the list's own.
class SpacesList final : public QWidget
{
    Q_OBJECT
public:
    explicit SpacesList(QWidget *parent = nullptr);
    ~SpacesList() override;

    void setDatabase(const Core::Database &db);
    // Reads and shows `venue`'s spaces (again when the venue was saved since); nothing without
    // a venue. `filter` says which spaces to bold.
    void setVenue(const std::optional<Core::Venue> &venue, const Core::VenueFilter &filter);
    // The spaces shown (empty while they are read).
    const QList<Core::VenueSpace> &spaces() const { return m_spaces; }
    bool isReading() const { return m_reading; }

    // Shows `spaces` (as SpaceRepository::fetchSpaces() reads them), those matching `filter`'s
    // room choices in bold; "No rooms recorded" without any. (setVenue() calls it.)
    void setSpaces(const QList<Core::VenueSpace> &spaces, const Core::VenueFilter &filter);
    // Bolds the spaces matching `filter` instead.
    void setFilter(const Core::VenueFilter &filter);
    // A sentence instead of spaces ("Reading the rooms…", an error).
    void showMessage(const QString &text);

    // What is shown, for tests: one line per space in the order shown, parts after their hall
    // and indented by two spaces per level (no-break spaces read as spaces); the bold ones; each
    // space's grey details.
    QStringList lines() const;
    QStringList highlighted() const;
    QStringList details() const;

    // The line naming a space and its capacities: "Hall A (part of Grand Hall) — Theatre 150".
    static QString headline(const Core::VenueSpace &space, const QString &parentName);
    // "Floor 2 · 420 m² · 6 m ceiling · daylight" (empty when nothing is recorded).
    static QString detailLine(const Core::VenueSpace &space);
    // Whether `space` answers `filter`'s room choices; a hall with parts counts for the main
    // room, only its parts for breakouts (as VenueRepository counts them).
    static bool matches(
        const Core::VenueSpace &space, bool hasParts, const Core::VenueFilter &filter);
    // Where a venue's capacity comes from: the space and layout of the largest capacity.
    struct Largest
    {
        QString spaceName;
        Core::SpaceLayout layout;
        int capacity;
    };
    static std::optional<Largest> largest(const QList<Core::VenueSpace> &spaces);

Q_SIGNALS:
    // The venue's spaces were read (or could not be: then spaces() is empty).
    void spacesRead();

private:
    struct Entry
    {
        Core::VenueSpace space;
        QString parentName;
        int depth = 0;
        bool hasParts = false;
        QLabel *headline = nullptr;
        QLabel *details = nullptr;
    };
    void clear();
    void applyHighlight();

    std::unique_ptr<Core::BackgroundReader> m_reader;
    QString m_readKey; // which venue, in which version, the spaces are of
    QList<Core::VenueSpace> m_spaces;
    bool m_reading = false;
    QVBoxLayout *m_layout;
    QLabel *m_message;
    QList<Entry> m_entries;
    Core::VenueFilter m_filter;
};

} // namespace VenueMap::Ui
