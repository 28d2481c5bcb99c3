#pragma once

#include "domain/project.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace VenueMap::Core {
class SuggestionModel;
class SuggestionService;
}

namespace VenueMap::Ui {

// "Suggest venues": the venues that seat the project's guests, ranked for it, each with its city,
// seats, rating, needs met and why it fits; the person ticks suggestions and adds them to the
// shortlist.
class SuggestionsDialog : public QDialog
{
    Q_OBJECT
public:
    SuggestionsDialog(
        Core::SuggestionService *service, const Core::Project &project, QWidget *parent = nullptr);

    void reload();
    Core::SuggestionModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void venuesChosen(const QStringList &venueIds);

private:
    Core::SuggestionService *m_service;
    Core::Project m_project;
    Core::SuggestionModel *m_model;
    QTableView *m_view;
    QLabel *m_explain;
    QPushButton *m_add;
};

} // namespace VenueMap::Ui
