#pragma once

#include "domain/project.h"

#include <QDialog>

namespace Ui {
class ProjectDialog;
}

namespace VenueMap::Core {
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

Q_SIGNALS:
    void projectSaved(const VenueMap::Core::Project &project);

private:
    void load(const Core::Project &project);
    bool read(Core::Project &into);
    void showError(const QString &text, const QString &details = {});

    ::Ui::ProjectDialog *m_ui;
    Core::ProjectRepository *m_repo;
    Core::Project m_project;
};

} // namespace VenueMap::Ui
