#pragma once

#include "domain/venue.h"

#include <QDialog>
#include <QHash>

class QRadioButton;

namespace VenueMap::Ui {

// Shown when a colleague saved the venue while the person was editing it (DESIGN §3): their
// values beside the person's, field by field, to keep either side or mix. Nothing is lost.
class VenueConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Side { Theirs, Mine };

    VenueConflictDialog(
        const Core::Venue &mine, const Core::Venue &theirs, QWidget *parent = nullptr);

    QList<Core::VenueField> differingFields() const { return m_fields; }
    void choose(Core::VenueField field, Side side);
    void chooseAll(Side side);
    // Their venue with the fields chosen from mine, at their version (ready to save).
    Core::Venue merged() const;

    void keepMine();
    void takeTheirs();

Q_SIGNALS:
    // The person decided; save `venue` (at the colleague's version).
    void resolved(const VenueMap::Core::Venue &venue);

private:
    Core::Venue m_mine;
    Core::Venue m_theirs;
    QList<Core::VenueField> m_fields;
    QHash<int, QRadioButton *> m_mineButtons;
    QHash<int, QRadioButton *> m_theirButtons;
};

} // namespace VenueMap::Ui
