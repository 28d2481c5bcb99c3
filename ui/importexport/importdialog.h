#pragma once

#include "db/database.h"
#include "export/spaceimporter.h"
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
// or cancels. A rooms file (VenueSpaceCsv) may come with the venues, found beside the venues file
// or chosen, or alone for venues already in the book; its problems join the venues'. Nothing is
// written before Import.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const Core::Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads and previews a file (the Choose File button ends here too). False when unreadable.
    bool loadFile(const QString &path);
    void loadBytes(const QByteArray &bytes, const QString &fileName);
    // Reads and checks a rooms file (Choose Rooms File ends here too). False when unreadable.
    bool loadSpacesFile(const QString &path);
    void loadSpacesBytes(const QByteArray &bytes, const QString &fileName);
    void clearSpaces();
    const Core::SpaceImportPreview *spaces() const { return m_spaces.get(); }
    // What an import did, in one sentence for the window's message bar.
    static QString outcomeSentence(const Core::ImportOutcome &outcome);
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
    void chooseSpacesFile();
    bool hasVenuesFile() const;
    Core::SpaceImportPlan spacePlan() const;
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
    std::shared_ptr<const Core::SpaceImportPreview> m_spaces;
    QList<QComboBox *> m_fieldBoxes;
    QPushButton *m_importButton = nullptr;
    bool m_importing = false;
    bool m_filling = false;
};

} // namespace VenueMap::Ui
