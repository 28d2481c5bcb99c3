#pragma once

#include "db/database.h"
#include "export/venueimporter.h"

#include <QDialog>

class QComboBox;
class QPushButton;

namespace Ui {
class ImportDialog;
}

namespace VenueMap::Ui {

// The CSV import preview: the person sees how columns map to venue fields and can fix
// that, sees every invalid row and every duplicate with its reason, chooses whether to skip
// invalid rows and whether to import duplicates, then imports (one batch, on a worker thread)
// or cancels. Nothing is written before Import.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const Core::Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads and previews a file (the Choose File button ends here too). False when unreadable.
    bool loadFile(const QString &path);
    void loadBytes(const QByteArray &bytes, const QString &fileName);
    const Core::ImportPreview &preview() const { return m_preview; }
    // Sets column `column` to fill `field` (none: ignored) and previews again.
    void setColumnField(int column, std::optional<Core::VenueField> field);
    QPushButton *importButton() const { return m_importButton; }
    bool isImporting() const { return m_importing; }

Q_SIGNALS:
    void imported(const Core::ImportOutcome &outcome);
    void importFailed(const Core::DbError &error);

private:
    void chooseFile();
    void showPreview();
    void fillMapping();
    void fillProblems();
    void fillDuplicates();
    void updateSummary();
    void mappingChanged();
    void startImport();
    void finishImport(const std::optional<Core::ImportOutcome> &outcome,
        const std::optional<Core::DbError> &error);
    Core::ImportOptions options() const;

    ::Ui::ImportDialog *m_ui;
    Core::Database m_db;
    Core::ImportPreview m_preview;
    QList<QComboBox *> m_fieldBoxes;
    QPushButton *m_importButton = nullptr;
    bool m_importing = false;
    bool m_filling = false;
};

} // namespace VenueMap::Ui
