#pragma once

#include "db/database.h"
#include "domain/cateringprovider.h"

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class CateringPage;
}

namespace VenueMap::Core {
class CateringModel;
class CateringRepository;
}

namespace VenueMap::Ui {

class CateringDialog;
class UndoHistory;

// The Catering page: the agency's caterers; create, edit, soft delete and restore (both
// through the undo history, so a delete is taken back with Undo).
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
    // Deletes and restores go through `history` (Edit ▸ Undo); until one is set the page keeps
    // its own.
    void setUndoHistory(UndoHistory *history);
    UndoHistory *undoHistory();
    // The message bar's text, empty when hidden.
    QString messageText() const;
    // The message bar's offered action ("&Undo"), empty when none.
    QString messageActionText() const;

Q_SIGNALS:
    // Caterers were added, renamed, deleted or restored (the shortlist's combo follows).
    void caterersChanged();

private:
    int selectedRow() const;
    void openDialogFor(const Core::CateringProvider &provider);
    void updateButtons();
    // Deletes or restores `provider` through the undo history.
    void changeDeleted(const Core::CateringProvider &provider, bool deleted);

    ::Ui::CateringPage *m_ui;
    Core::Database m_db;
    std::unique_ptr<Core::CateringRepository> m_repo;
    Core::CateringModel *m_model;
    CateringDialog *m_dialog = nullptr;
    UndoHistory *m_undo = nullptr;
    QAction *m_undoAction; // the message bar's Undo: Edit ▸ Undo
    bool m_columnsRemembered = false; // the table header restored the person's columns
};

} // namespace VenueMap::Ui
