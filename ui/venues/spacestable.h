#pragma once

#include "domain/venuespace.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace VenueMap::Ui {

// The venue editor's Spaces tab (issue 13): one row per room, hall or terrace with its floor,
// area, ceiling, daylight, the space it is part of and a capacity per layout; the notes of the
// current space under the table. What is typed stays as typed: a capacity that is not a whole
// number from 0 to 100,000 is marked with the sentence naming the space and the layout until it
// is corrected. It never reads or writes the database; the editor gives it the fetched spaces.
class SpacesTable final : public QWidget
{
    Q_OBJECT
public:
    enum Column { Name, Floor, Area, Ceiling, Daylight, PartOf, FirstLayout };

    explicit SpacesTable(QWidget *parent = nullptr);

    // Shows `spaces` (as fetched) and takes them as what the edit started from.
    void setSpaces(const QList<Core::VenueSpace> &spaces);
    const QList<Core::VenueSpace> &fetched() const { return m_fetched; }
    // The spaces as the person left them, in the table's order; `problems` gets the sentences of
    // what cannot be read (a capacity, an area or a ceiling typed wrong).
    QList<Core::VenueSpace> spaces(QStringList *problems = nullptr) const;
    // Everything that blocks a save: what cannot be read, then validateSpaces()'s sentences.
    QStringList problems() const;
    // What is allowed but looks wrong (a boardroom for more people than the theatre layout).
    QStringList warnings() const;
    // Whether the spaces differ from setSpaces()'s.
    bool hasChanges() const;
    // Shows sentences that block the save under the table (none: hides them).
    void showProblems(const QStringList &problems);
    QString problemText() const;
    QString warningText() const;

    int columnOf(Core::SpaceLayout layout) const;
    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QComboBox *parentChooser(int row) const;
    QComboBox *daylightChooser(int row) const;

    // The buttons' actions: a new space below the current one (its name cell open for typing),
    // the current one removed (its parts become spaces of their own), moved up or down.
    void addSpace();
    void removeCurrent();
    void moveCurrent(int delta);

Q_SIGNALS:
    // Anything was typed, chosen, added, removed or moved.
    void edited();

private:
    struct Row
    {
        QString id;
        QString name;
        QString floor;
        QString area;
        QString ceiling;
        std::optional<bool> daylight;
        QString parentId;
        QStringList capacities; // as typed, one per layout
        QString notes;
    };
    void rebuild(int current);
    void fillRow(int row);
    void refreshParents();
    void cellEdited(int row, int column);
    void currentRowChanged();
    void recheck();
    Core::VenueSpace spaceOf(const Row &row, int index, QStringList *problems) const;
    static std::optional<double> parseMeasure(const QString &text, bool *ok);

    QList<Core::VenueSpace> m_fetched;
    QHash<QString, Core::VenueSpace> m_fetchedById;
    QList<Row> m_rows;
    QString m_shown;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QLabel *m_problems;
    QLabel *m_warnings;
    bool m_filling = false;
    QString snapshot() const;
};

} // namespace VenueMap::Ui
