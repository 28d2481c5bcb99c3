#pragma once

#include "db/database.h"
#include "domain/cateringprovider.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CateringPage;
}

namespace VenueMap::Core {
class CateringModel;
class CateringRepository;
}

namespace VenueMap::Ui {

class CateringDialog;

// The Catering page: the agency's caterers; create, edit, soft delete and restore.
class CateringPage : public QWidget
{
    Q_OBJECT
public:
    explicit CateringPage(Core::Database db, QWidget *parent = nullptr);
    ~CateringPage() override;

    void reload();
    Core::CateringModel *model() const { return m_model; }
    // The dialog of the last New/Edit (open until the person closes it), for tests.
    CateringDialog *openDialog() const { return m_dialog; }
    void newProvider();
    void editSelected();
    void deleteSelected();
    void restoreSelected();
    void selectRow(int row);

Q_SIGNALS:
    // Caterers were added, renamed, deleted or restored (the shortlist's combo follows).
    void caterersChanged();

private:
    int selectedRow() const;
    void openDialogFor(const Core::CateringProvider &provider);
    void updateButtons();

    ::Ui::CateringPage *m_ui;
    Core::Database m_db;
    std::unique_ptr<Core::CateringRepository> m_repo;
    Core::CateringModel *m_model;
    CateringDialog *m_dialog = nullptr;
};

} // namespace VenueMap::Ui
