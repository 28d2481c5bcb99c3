#pragma once

#include "domain/facilityterms.h"
#include "domain/project.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProjectDialog;
}

namespace VenueMap::Core {
class BackgroundReader;
class ProjectRepository;
}

namespace VenueMap::Ui {

// Creates or edits a project. Saves through the repository; a refusal keeps the dialog open
// with the reason, and a colleague's newer version replaces the form (nothing overwritten).
class ProjectDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectDialog(Core::ProjectRepository *repository, const Core::Project &project,
        QWidget *parent = nullptr);
    ~ProjectDialog() override;

    const Core::Project &project() const { return m_project; }
    QString errorText() const;
    ::Ui::ProjectDialog *form() const { return m_ui; }
    void save();
    // The client names and the facility vocabulary are still being read.
    bool isLoadingChoices() const { return m_loadingChoices; }

Q_SIGNALS:
    void projectSaved(const VenueMap::Core::Project &project);

private:
    struct Choices;
    void loadChoices();
    void load(const Core::Project &project);
    bool read(Core::Project &into);
    void showError(const QString &text, const QString &details = {});

    ::Ui::ProjectDialog *m_ui;
    Core::ProjectRepository *m_repo;
    Core::Project m_project;
    Core::FacilityVocabulary m_vocabulary; // empty until read
    std::unique_ptr<Core::BackgroundReader> m_reader;
    bool m_loadingChoices = false;
};

} // namespace VenueMap::Ui
