#pragma once

#include "db/database.h"
#include "domain/proposaldata.h"
#include "export/proposalpdf.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QPrinter;
class QPrintPreviewWidget;

namespace Ui {
class ProposalPreviewDialog;
}

namespace VenueMap::Core {
class BackgroundReader;
}

namespace VenueMap::Ui {

class MessageBar;

// The proposal as the client will see it: a print preview of the PDF pages, with save
// as PDF or CSV, print, paper size, the client's language (the project's, or another for this
// preview and what it saves) and the agency's branding. An empty proposal shows the
// sentence saying why instead of pages.
class ProposalPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ProposalPreviewDialog(
        const Core::Database &db, const QString &projectId, QWidget *parent = nullptr);
    ~ProposalPreviewDialog() override;

    bool hasProposal() const { return m_loaded && !m_data.isEmpty(); }
    // The proposal (with its photos) is read off the GUI thread after the dialog opens.
    bool isLoading() const { return m_loading; }
    const Core::ProposalData &data() const { return m_data; }
    QString message() const;
    int previewPageCount() const;
    // Write the proposal without asking where (the Save buttons ask, then call these); a saved
    // file is confirmed in savedBar() with a button that opens its folder.
    bool savePdf(const QString &path);
    bool saveCsv(const QString &path);
    MessageBar *savedBar() const;
    // The language the proposal is written in (a code of documentLanguages()).
    QString documentLanguage() const;
    void setDocumentLanguage(const QString &code);

private:
    void load();
    void showLoaded(const Core::Result<Core::ProposalData> &data);
    void paint(QPrinter *printer);
    void paperChanged();
    void languageChanged();
    void editBranding();
    void askSavePdf();
    void askSaveCsv();
    void print();
    QString suggestedName(const QString &suffix) const;

    ::Ui::ProposalPreviewDialog *m_ui;
    Core::Database m_db;
    QString m_projectId;
    Core::ProposalData m_data;
    Core::ProposalOptions m_options;
    bool m_loaded = false;
    bool m_loading = false;
    std::unique_ptr<Core::BackgroundReader> m_reader;
    QPrinter *m_printer = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace VenueMap::Ui
