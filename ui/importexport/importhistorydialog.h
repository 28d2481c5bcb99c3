#pragma once

#include "db/database.h"
#include "repositories/importrepository.h"

#include <QDialog>

namespace Ui {
class ImportHistoryDialog;
}

namespace VenueMap::Ui {

// Past CSV imports, newest first, with the undo of a whole batch (asked for confirmation).
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(const Core::Database &db, QWidget *parent = nullptr);
    ~ImportHistoryDialog() override;

    void reload();
    const QList<Core::ImportBatch> &batches() const { return m_batches; }
    void selectBatch(int row);

Q_SIGNALS:
    // A batch was undone: the venue list should reload.
    void batchUndone(const QString &batchId, int removed);

private:
    void askToUndo();
    void undo(const QString &batchId);
    void updateButtons();

    ::Ui::ImportHistoryDialog *m_ui;
    Core::Database m_db;
    QList<Core::ImportBatch> m_batches;
};

} // namespace VenueMap::Ui
