#pragma once

#include "db/database.h"
#include "domain/cateringprovider.h"

#include <QDialog>

namespace Ui {
class CateringDialog;
}

namespace VenueMap::Ui {

// Creates or edits a caterer; saves on a connection of its own (DialogWork) and stays open when
// refused.
class CateringDialog : public QDialog
{
    Q_OBJECT
public:
    CateringDialog(
        Core::Database db, const Core::CateringProvider &provider, QWidget *parent = nullptr);
    ~CateringDialog() override;

    const Core::CateringProvider &provider() const { return m_provider; }
    QString errorText() const;
    void save();

Q_SIGNALS:
    void providerSaved(const VenueMap::Core::CateringProvider &provider);

private:
    ::Ui::CateringDialog *m_ui;
    Core::Database m_db;
    Core::CateringProvider m_provider;
};

} // namespace VenueMap::Ui
