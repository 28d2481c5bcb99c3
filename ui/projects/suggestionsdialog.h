#pragma once

#include "db/database.h"
#include "domain/project.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace VenueMap::Core {
class BackgroundReader;
class SuggestionModel;
struct Suggestion;
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
        const Core::Database &db, const Core::Project &project, QWidget *parent = nullptr);
    ~SuggestionsDialog() override;

    // Ranks the book for the project off the GUI thread; the rows follow when they are in.
    void reload();
    bool isLoading() const { return m_loading; }
    Core::SuggestionModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void venuesChosen(const QStringList &venueIds);

private:
    void showRanked(const Core::Result<QList<Core::Suggestion>> &ranked);

    std::unique_ptr<Core::BackgroundReader> m_reader;
    bool m_loading = false;
    Core::Project m_project;
    Core::SuggestionModel *m_model;
    QTableView *m_view;
    QLabel *m_explain;
    QPushButton *m_add;
};

} // namespace VenueMap::Ui
