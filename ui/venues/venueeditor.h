#pragma once

#include "domain/venue.h"

#include <QDialog>

#include <optional>

class QLabel;
class QWidget;

namespace Ui {
class VenueEditor;
}

namespace VenueMap::Ui {

// The form for every venue field (.ui), with a message beside each field the person must fix.
// It never saves: it asks with saveRequested() and shows what the page says the save came to
// (VenueSaver's outcome: a message, the duplicate warning, or closing).
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
    void clearMessages();
    // Warns that these venues have the same name and city; the next Save saves anyway.
    void showDuplicates(const QList<Core::Venue> &matches);
    bool duplicatesAcknowledged() const { return m_duplicatesShown; }
    // While a save is on its way: Save waits for its answer.
    void setSaving(bool saving);
    // After a resolved conflict the form continues from the colleague's version.
    void setBaseVersion(int version) { m_original.version = version; }

    QWidget *editorFor(Core::VenueField field) const;
    QString messageFor(Core::VenueField field) const;
    void save();

Q_SIGNALS:
    void saveRequested(const VenueMap::Core::Venue &venue);

private:
    QLabel *messageLabel(Core::VenueField field) const;
    QString textOf(Core::VenueField field) const;

    ::Ui::VenueEditor *m_ui;
    Core::Venue m_original;
    bool m_duplicatesShown = false;
};

} // namespace VenueMap::Ui
