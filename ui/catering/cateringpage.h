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
class BackgroundReader;
class CateringModel;
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

    // Reads the list off the GUI thread (DESIGN §4); the rows and the count follow when it is in,
    // a failure is told in the message bar and leaves the rows shown.
    void reload();
    // The last reload() asked for has not come back yet.
    bool isLoading() const { return m_loading; }
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
    // reload(), then selects `selectId` (empty: the row selected when it was asked for).
    void load(const QString &selectId);
    void showProviders(const QList<Core::CateringProvider> &rows, const QString &selectId);
    int selectedRow() const;
    void openDialogFor(const Core::CateringProvider &provider);
    void updateButtons();
    // Deletes or restores `provider` through the undo history.
    void changeDeleted(const Core::CateringProvider &provider, bool deleted);

    ::Ui::CateringPage *m_ui;
    Core::Database m_db;
    std::unique_ptr<Core::BackgroundReader> m_reader; // the list, off the GUI thread
    bool m_loading = false;
    Core::CateringModel *m_model;
    CateringDialog *m_dialog = nullptr;
    UndoHistory *m_undo = nullptr;
    QAction *m_undoAction; // the message bar's Undo: Edit ▸ Undo
    bool m_columnsRemembered = false; // the table header restored the person's columns
};

} // namespace VenueMap::Ui
