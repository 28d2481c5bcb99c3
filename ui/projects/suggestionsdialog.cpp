#include "suggestionsdialog.h"

#include "db/backgroundreader.h"
#include "domain/plaintext.h"
#include "domain/spacefit.h"
#include "domain/venue.h"

#include "itemmodels/suggestionmodel.h"
#include "repositories/suggestionservice.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using namespace Core;

SuggestionsDialog::SuggestionsDialog(const Database &db, const Project &project, QWidget *parent)
    : QDialog(parent)
    , m_reader(std::make_unique<BackgroundReader>(
          db, uniqueConnectionName(db, QStringLiteral("suggestions"))))
    , m_project(project)
    , m_model(new SuggestionModel(this))
    , m_view(new QTableView(this))
    , m_explain(new QLabel(this))
    , m_add(nullptr)
{
    m_explain->setTextFormat(Qt::PlainText);
    setWindowTitle(tr("Suggested Venues for %1").arg(project.title()));
    resize(1100, 620);
    auto *layout = new QVBoxLayout(this);
    QStringList said;
    const Core::RoomNeeds needs = Core::roomNeedsOf(project);
    if (needs.any())
        said << tr("Rooms for %1: the venues whose rooms fit come first, then those without rooms "
                   "recorded, then those whose rooms are too small.")
                    .arg(needs.describe());
    else if (project.attendees && *project.attendees > 0)
        said << tr("Every venue here seats all %Ln guest(s).", nullptr, *project.attendees);
    if (!project.city.trimmed().isEmpty())
        said << tr("Those in %1 come first.").arg(project.city.trimmed());
    said << tr("Best fit first: room for the guests without being far too big, the needs met, "
               "the rating, an earlier proposal to %1 and how often the venue answers.")
                .arg(project.clientName);
    if (!project.requiredFacilities.isEmpty())
        said << tr("Needs: %1.").arg(Core::facilitiesLabel(project.requiredFacilities));
    auto *intro = new QLabel(said.join(QLatin1Char(' ')), this);
    intro->setTextFormat(Qt::PlainText); // names the client and the city
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(SuggestionModel::Match, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    m_explain->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(m_explain);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add ticked to shortlist"), QDialogButtonBox::AcceptRole);
    m_add->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QStringList ids = m_model->checkedVenueIds();
        if (ids.isEmpty())
            return;
        Q_EMIT venuesChosen(ids);
        accept();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this] { m_add->setEnabled(!m_model->checkedVenueIds().isEmpty()); });
    reload();
}

SuggestionsDialog::~SuggestionsDialog() = default;

void SuggestionsDialog::reload()
{
    m_loading = true;
    m_explain->setText(tr("Looking through the book…"));
    m_reader->read<QList<Suggestion>>(
        [project = m_project](
            const Database &db) { return SuggestionService(db).suggest(project, 50); },
        [this](const Result<QList<Suggestion>> &ranked) { showRanked(ranked); });
}

void SuggestionsDialog::showRanked(const Result<QList<Suggestion>> &ranked)
{
    m_loading = false;
    if (!ranked) {
        m_explain->setText(ranked.error().sentence());
        m_explain->setToolTip(Core::plainTextToolTip(ranked.error().details()));
        return;
    }
    m_model->setSuggestions(*ranked);
    for (int c = SuggestionModel::Venue; c < SuggestionModel::Match; ++c)
        m_view->resizeColumnToContents(c);
    // A long name may not squeeze the match out of sight.
    m_view->setColumnWidth(
        SuggestionModel::Venue, qMin(m_view->columnWidth(SuggestionModel::Venue), 340));
    m_explain->setText(ranked->isEmpty()
            ? tr("No venue in the book seats the guests; add venues to the book first.")
            : tr("%Ln suggestion(s). Tick the venues to add to the shortlist.", nullptr,
                int(ranked->size())));
}

} // namespace VenueMap::Ui
