#pragma once

#include "domain/venue.h"
#include "services/venuesaver.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QWidget;

namespace VenueMap::Core {
class Database;
}

namespace Ui {
class VenueEditor;
}

namespace VenueMap::Ui {

class SpacesTable;

// The form for every venue field (.ui), with a message under each field the person must fix;
// facilities are ticked in the vocabulary's list, never typed.
// It never saves: it asks with saveRequested() and shows what the page says the save came to
// (VenueSaver's outcome: a message, the duplicate warning, or closing).
// The Spaces tab (issue 13) appears once the page gives it the venue's spaces (loadSpaces());
// they go to the saver with the venue (spacesEdit()), checked before saveRequested() is asked.
class VenueEditor : public QDialog
{
    Q_OBJECT
public:
    explicit VenueEditor(const Core::Venue &venue, QWidget *parent = nullptr);
    ~VenueEditor() override;

    const Core::Venue &original() const { return m_original; }
    // Reads the fields; shows a message beside each wrong one and returns nothing if any is wrong.
    std::optional<Core::Venue> readForm();
    void setFields(const Core::Venue &venue);
    void showFieldMessage(Core::VenueField field, const QString &message);
    void showFormMessage(const QString &message);
    // A colleague saved this venue meanwhile: says so (who, when) and offers "Review Their
    // Change…" (reviewChangeRequested()); what the person typed stays.
    void showColleagueChange(const QString &sentence);
    void clearMessages();
    // Warns that these venues have the same name and city; the next Save saves anyway.
    void showDuplicates(const QList<Core::Venue> &matches);
    bool duplicatesAcknowledged() const { return m_duplicatesShown; }
    // While a save is on its way: Save waits for its answer.
    void setSaving(bool saving);
    // After a resolved conflict the form continues from the colleague's version.
    void setBaseVersion(int version) { m_original.version = version; }

    // The facilities offered to tick: the vocabulary's labels (the venue's own are kept too).
    void setFacilityChoices(const QStringList &labels);
    // Given to an admin's editor: adds a term to the vocabulary and gives back its label, or the
    // sentence why not. Without it the editor says that an admin adds missing facilities.
    using TermAdder = std::function<std::optional<QString>(const QString &label, QString *error)>;
    void setTermAdder(TermAdder adder);
    // Adds a term through the adder and ticks it (what "New facility…" does with what was typed);
    // false, with the reason under the facilities, when it cannot.
    bool addTerm(const QString &typed);
    // The ticked facilities, in the list's order.
    QStringList checkedFacilities() const;

    // Reads the venue's spaces on a connection of its own (the editor's window keeps painting;
    // nothing runs on the GUI thread) and shows the Spaces tab; a new venue starts with none,
    // read from nowhere. If the read fails the tab says so and the spaces are left alone.
    void loadSpaces(const Core::Database &db);
    // Shows the Spaces tab with these spaces, as fetched.
    void setSpaces(const QList<Core::VenueSpace> &fetched);
    // What the save writes of the spaces: nothing when the tab is not shown or nothing changed.
    std::optional<Core::VenueSpacesEdit> spacesEdit() const;
    SpacesTable *spacesTable() const { return m_spaces; }
    bool showsSpaces() const { return m_spacesShown; }
    void showSpacesTab();
    // The note beside Capacity when the rooms set it (empty otherwise).
    QString capacityNote() const;

    QWidget *editorFor(Core::VenueField field) const;
    QString messageFor(Core::VenueField field) const;
    void save();

    // Whether the form differs from what it showed when it opened (or was last filled).
    bool hasChanges() const;
    // Cancel, Esc or the close button: with changes, asks first whether to throw them away
    // (never silently); without, closes.
    void reject() override;
    // Closes without asking (the page opening another venue, a test).
    void discard();
    // The open "Discard changes?" question, if any.
    QDialog *discardQuestion() const { return m_question; }

Q_SIGNALS:
    void saveRequested(const VenueMap::Core::Venue &venue);
    void reviewChangeRequested();

private:
    QLabel *messageLabel(Core::VenueField field) const;
    void addFacilityItem(const QString &label, bool checked);
    void askForNewTerm();
    QString textOf(Core::VenueField field) const;
    // What is wrong with the form, read into `v`.
    QList<Core::VenueFieldProblem> problemsOf(Core::Venue &v) const;
    void recheck(Core::VenueField field);
    QString snapshot() const;
    // Capacity follows the rooms when any of them has a capacity (the database keeps it so).
    void followSpaces();

    ::Ui::VenueEditor *m_ui;
    Core::Venue m_original;
    SpacesTable *m_spaces;
    bool m_spacesShown = false;
    bool m_formMessageAboutSpaces = false; // the form message is the spaces' count, in any language
    bool m_duplicatesShown = false;
    TermAdder m_termAdder;
    QString m_shown; // snapshot() of the form as it was filled
    QDialog *m_question = nullptr;
};

} // namespace VenueMap::Ui
