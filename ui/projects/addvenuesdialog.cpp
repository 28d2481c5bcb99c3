#include "addvenuesdialog.h"

#include "db/backgroundreader.h"
#include "domain/plaintext.h"
#include "growingview.h"
#include "itemmodels/venuelistmodel.h"
#include "repositories/quoterepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using namespace Core;

AddVenuesDialog::AddVenuesDialog(
    const Database &db, const QString &projectCity, const RoomNeeds &needs, QWidget *parent)
    : QDialog(parent)
    , m_model(new VenueListModel(db, this))
    , m_search(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_minCapacity(new QSpinBox(this))
    , m_facilities(new QLineEdit(this))
    , m_roomsFit(new QCheckBox(this))
    , m_needs(needs)
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_add(nullptr)
    , m_debounce(new QTimer(this))
    , m_rateHistory(new QLabel(this))
    , m_db(std::make_unique<Database>(db))
{
    m_summary->setTextFormat(Qt::PlainText);
    setWindowTitle(tr("Add Venues to the Shortlist"));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Name or city contains…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("venueSearch"));
    m_city->setPlaceholderText(tr("City (exact)"));
    m_city->setText(projectCity);
    m_city->setClearButtonEnabled(true);
    m_minCapacity->setRange(0, 100000);
    m_minCapacity->setSpecialValueText(tr("any capacity"));
    m_minCapacity->setPrefix(tr("≥ "));
    m_facilities->setPlaceholderText(tr("Facilities: stage, parking"));
    filters->addWidget(m_search, 3);
    filters->addWidget(m_city, 2);
    filters->addWidget(m_minCapacity, 1);
    filters->addWidget(m_facilities, 2);
    layout->addLayout(filters);
    // The project's rooms: "Only venues whose rooms fit: 200 theatre-style · 4 breakout rooms…".
    m_roomsFit->setObjectName(QStringLiteral("roomsFitCheck"));
    m_roomsFit->setText(tr("Only venues whose rooms fit: %1").arg(needs.describe()));
    m_roomsFit->setToolTip(tr("Untick to see venues without rooms recorded, or too small, too"));
    m_roomsFit->setChecked(needs.any());
    m_roomsFit->setVisible(needs.any());
    layout->addWidget(m_roomsFit);

    m_view->setModel(m_model);
    keepPlaceWhileGrowing(m_view, m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->horizontalHeader()->setSectionResizeMode(
        VenueListModel::NameColumn, QHeaderView::Stretch);
    m_view->setSortingEnabled(true);
    layout->addWidget(m_view, 1);
    // While shortlisting: what the current venue quoted before (rate history), read off the GUI
    // thread.
    m_rateHistory->setObjectName(QStringLiteral("rateHistoryLabel"));
    m_rateHistory->setTextFormat(Qt::PlainText);
    m_rateHistory->setWordWrap(true);
    m_rateHistory->setStyleSheet(QStringLiteral("color: #555;"));
    m_rateHistory->hide();
    layout->addWidget(m_rateHistory);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add selected"), QDialogButtonBox::AcceptRole);
    m_add->setEnabled(false);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AddVenuesDialog::applyFilter);
    for (QLineEdit *edit : { m_search, m_city, m_facilities })
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_minCapacity, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_roomsFit, &QCheckBox::toggled, this, &AddVenuesDialog::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AddVenuesDialog::updateSummary);
    connect(m_model, &VenueListModel::countChanged, this, &AddVenuesDialog::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AddVenuesDialog::showRateHistory);
    connect(m_view, &QTableView::doubleClicked, this, [this] { m_add->click(); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QStringList ids = selectedVenueIds();
        if (ids.isEmpty())
            return;
        Q_EMIT venuesChosen(ids);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyFilter();
}

AddVenuesDialog::~AddVenuesDialog() = default;

void AddVenuesDialog::showRateHistory()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString venueId = current.data(VenueListModel::VenueIdRole).toString();
    const QString name = current.siblingAtColumn(VenueListModel::NameColumn).data().toString();
    if (venueId == m_historyVenueId)
        return;
    m_historyVenueId = venueId;
    if (venueId.isEmpty()) {
        m_rateHistory->hide();
        return;
    }
    if (!m_reader)
        m_reader = std::make_unique<BackgroundReader>(
            *m_db, uniqueConnectionName(*m_db, QStringLiteral("rate-history")));
    m_reader->read<QList<Quote>>(
        [venueId](const Database &db) { return QuoteRepository(db, {}).rateHistory(venueId); },
        [this, name](const Result<QList<Quote>> &quotes) {
            if (!quotes) {
                m_rateHistory->setText(quotes.error().sentence());
            } else if (quotes->isEmpty()) {
                m_rateHistory->setText(tr("%1 has not quoted for a project yet.").arg(name));
            } else {
                constexpr int kShown = 3;
                QStringList lines;
                for (qsizetype i = 0; i < quotes->size() && i < kShown; ++i)
                    lines << quotes->at(i).historyLine();
                QString text = tr("Previous quotes from %1:").arg(name) + QLatin1Char('\n')
                    + lines.join(QLatin1Char('\n'));
                if (quotes->size() > kShown)
                    text += QLatin1Char('\n')
                        + tr("and %Ln earlier quote(s).", nullptr, int(quotes->size() - kShown));
                m_rateHistory->setText(text);
            }
            m_rateHistory->setToolTip(plainTextToolTip(m_rateHistory->text()));
            m_rateHistory->show();
        });
}

void AddVenuesDialog::applyFilter()
{
    VenueFilter f;
    f.text = m_search->text().trimmed();
    f.city = m_city->text().trimmed();
    if (m_minCapacity->value() > 0)
        f.minCapacity = m_minCapacity->value();
    for (const QString &part : m_facilities->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            f.facilities << part.trimmed().toLower();
    if (m_roomsFit->isChecked())
        m_needs.addTo(f);
    f.sort = m_model->filter().sort;
    f.descending = m_model->filter().descending;
    m_model->setFilter(f);
    updateSummary();
}

QStringList AddVenuesDialog::selectedVenueIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString id = index.data(VenueListModel::VenueIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

void AddVenuesDialog::updateSummary()
{
    const int chosen = int(selectedVenueIds().size());
    m_add->setEnabled(chosen > 0);
    m_summary->setText(chosen == 0 ? tr("%1 match; select one or more (Ctrl or Shift for several).")
                                         .arg(m_model->count().text())
                                   : tr("%Ln venue(s) selected.", nullptr, chosen));
}

} // namespace VenueMap::Ui
