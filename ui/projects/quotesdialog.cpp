#include "quotesdialog.h"

#include "dateedit.h"
#include "db/backgroundreader.h"
#include "dialogwork.h"
#include "domain/language.h"
#include "domain/plaintext.h"
#include "itemmodels/shortlistmodel.h"
#include "repositories/quoterepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using namespace Core;

namespace {

const QColor kExpired(0xb0, 0x30, 0x20);

struct DialogData
{
    QList<Quote> quotes;
    QList<Quote> history;
};

QTableWidget *makeTable(const QStringList &head, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(head.size()), parent);
    t->setHorizontalHeaderLabels(head);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->setDefaultSectionSize(24);
    return t;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align | Qt::AlignVCenter);
    item->setToolTip(plainTextToolTip(text));
    return item;
}

// "30 Jun 2027", "expired 2 Mar 2026" (in red), or a dash.
QTableWidgetItem *validityCell(const Quote &q)
{
    if (!q.validUntil)
        return cell(QStringLiteral("–"));
    auto *item = cell(q.isExpired() ? QObject::tr("expired %1").arg(quoteDay(*q.validUntil))
                                    : quoteDay(*q.validUntil));
    if (q.isExpired()) {
        item->setForeground(kExpired);
        item->setToolTip(QObject::tr("This quote expired on %1; ask the venue for a new one.")
                             .arg(quoteDay(*q.validUntil)));
    }
    return item;
}

// A refusal names the field itself; anything else says what could not be done.
QString sentenceOf(const DbError &error)
{
    return error.kind == DbError::Kind::Validation || error.kind == DbError::Kind::Conflict
        ? error.message
        : error.sentence();
}

} // namespace

QuotesDialog::QuotesDialog(const Database &db, QString userId, Subject subject,
    QString defaultCurrency, bool readOnly, QWidget *parent)
    : QDialog(parent)
    , m_db(std::make_unique<Database>(db))
    , m_userId(std::move(userId))
    , m_subject(std::move(subject))
    , m_defaultCurrency(std::move(defaultCurrency))
    , m_readOnly(readOnly)
    , m_quotesTitle(new QLabel(this))
    , m_quotesTable(makeTable(
          { tr("Received"), tr("Amount"), tr("Covers"), tr("Valid until"), tr("Note") }, this))
    , m_received(new DateEdit(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_covers(new QComboBox(this))
    , m_perHead(new QLineEdit(this))
    , m_validCheck(new QCheckBox(tr("&Valid until"), this))
    , m_valid(new DateEdit(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(tr("&Add quote"), this))
    , m_new(new QPushButton(tr("&New quote"), this))
    , m_remove(new QPushButton(tr("&Remove quote…"), this))
    , m_historyTitle(new QLabel(this))
    , m_historyTable(makeTable({ tr("Received"), tr("Project"), tr("Client"), tr("Amount"),
                                   tr("Covers"), tr("Valid until") },
          this))
{
    setWindowTitle(tr("Quotes from %1").arg(m_subject.venueName));
    resize(940, 640);
    auto *layout = new QVBoxLayout(this);

    m_quotesTitle->setTextFormat(Qt::PlainText);
    m_quotesTitle->setWordWrap(true);
    m_quotesTitle->setText(tr("What %1 quoted for this project, latest first. The latest quote is "
                              "the shortlist's quoted price.")
                               .arg(m_subject.venueName));
    layout->addWidget(m_quotesTitle);
    m_quotesTable->setObjectName(QStringLiteral("quotesTable"));
    m_quotesTable->setMaximumHeight(150);
    layout->addWidget(m_quotesTable);

    // The form: a new quote, or the selected one to change.
    auto *box = new QGroupBox(tr("Quote"), this);
    auto *grid = new QGridLayout(box);
    m_received->setObjectName(QStringLiteral("receivedEdit"));
    m_valid->setObjectName(QStringLiteral("validEdit"));
    for (DateEdit *e : { m_received, m_valid }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(Core::displayDateFormat());
    }
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(tr("the total, e.g. 12500.00"));
    m_amount->setAlignment(Qt::AlignRight);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems(commonCurrencyCodes());
    m_currency->setToolTip(tr("The quote's currency: a three-letter ISO 4217 code (EUR, GBP, "
                              "USD…)"));
    m_covers->setObjectName(QStringLiteral("coversCombo"));
    for (QuoteCovers c : allQuoteCovers())
        m_covers->addItem(quoteCoversLabel(c), int(c));
    m_covers->setToolTip(tr("What the amount covers; a minimum spend is what the event must "
                            "spend at least"));
    m_perHead->setObjectName(QStringLiteral("perHeadEdit"));
    m_perHead->setPlaceholderText(tr("catering, e.g. 85.00"));
    m_perHead->setAlignment(Qt::AlignRight);
    m_validCheck->setObjectName(QStringLiteral("validCheck"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("e.g. includes AV and cloakroom; 10% deposit"));
    auto *amountLabel = new QLabel(tr("A&mount"), box);
    amountLabel->setBuddy(m_amount);
    auto *receivedLabel = new QLabel(tr("Recei&ved"), box);
    receivedLabel->setBuddy(m_received);
    auto *coversLabel = new QLabel(tr("C&overs"), box);
    coversLabel->setBuddy(m_covers);
    auto *perHeadLabel = new QLabel(tr("&Per head"), box);
    perHeadLabel->setBuddy(m_perHead);
    auto *noteLabel = new QLabel(tr("No&te"), box);
    noteLabel->setBuddy(m_note);
    grid->addWidget(receivedLabel, 0, 0);
    grid->addWidget(m_received, 0, 1);
    grid->addWidget(amountLabel, 0, 2);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    grid->addLayout(amountRow, 0, 3);
    grid->addWidget(m_validCheck, 0, 4);
    grid->addWidget(m_valid, 0, 5);
    grid->addWidget(coversLabel, 1, 0);
    grid->addWidget(m_covers, 1, 1);
    grid->addWidget(perHeadLabel, 1, 2);
    grid->addWidget(m_perHead, 1, 3);
    grid->addWidget(noteLabel, 2, 0);
    grid->addWidget(m_note, 2, 1, 1, 5);
    grid->setColumnStretch(3, 1);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03020;"));
    m_error->hide();
    grid->addWidget(m_error, 3, 0, 1, 6);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_new);
    formButtons->addWidget(m_remove);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    grid->addLayout(formButtons, 4, 0, 1, 6);
    layout->addWidget(box);

    m_historyTitle->setTextFormat(Qt::PlainText);
    m_historyTitle->setWordWrap(true);
    m_historyTitle->setText(
        tr("Rate history: what %1 quoted for other projects").arg(m_subject.venueName));
    m_historyTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(m_historyTitle);
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    layout->addWidget(m_historyTable, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &QuotesDialog::save);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_quotesTable->clearSelection();
        fillForm(nullptr);
    });
    connect(m_remove, &QPushButton::clicked, this, &QuotesDialog::removeSelected);
    connect(m_quotesTable, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const Quote *q = selectedQuote())
            fillForm(q);
        updateButtons();
    });
    connect(m_validCheck, &QCheckBox::toggled, m_valid, &QWidget::setEnabled);
    connect(m_covers, &QComboBox::currentIndexChanged, this, [this] {
        m_perHead->setEnabled(quoteCoversCatering(QuoteCovers(m_covers->currentData().toInt())));
    });
    // A sentence stays until the person changes something.
    for (QLineEdit *e : { m_amount, m_perHead, m_note })
        connect(e, &QLineEdit::textEdited, this, [this] { say({}); });
    connect(m_currency, &QComboBox::currentTextChanged, this, [this] { say({}); });
    connect(m_covers, &QComboBox::currentIndexChanged, this, [this] { say({}); });
    connect(m_validCheck, &QCheckBox::toggled, this, [this] { say({}); });
    for (DateEdit *e : { m_received, m_valid })
        connect(e, &QDateEdit::dateChanged, this, [this] { say({}); });

    fillForm(nullptr);
    reload();
}

QuotesDialog::~QuotesDialog() = default;

void QuotesDialog::reload()
{
    if (!m_reader)
        m_reader = std::make_unique<BackgroundReader>(
            *m_db, uniqueConnectionName(*m_db, QStringLiteral("quotes")));
    m_loading = true;
    updateButtons();
    m_reader->read<DialogData>(
        [s = m_subject, userId = m_userId](const Database &db) -> Result<DialogData> {
            QuoteRepository repo(db, userId);
            auto quotes = repo.quotesOf(s.projectVenueId);
            if (!quotes)
                return quotes.error();
            auto history = repo.rateHistory(s.venueId, s.projectId);
            if (!history)
                return history.error();
            return DialogData { *quotes, *history };
        },
        [this](const Result<DialogData> &data) {
            m_loading = false;
            if (!data) {
                say(data.error().sentence());
                updateButtons();
                return;
            }
            m_quotes = data->quotes;
            m_history = data->history;
            showQuotes();
            showHistory();
        });
}

QString QuotesDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void QuotesDialog::startQuote(const QString &amountText)
{
    m_quotesTable->clearSelection();
    fillForm(nullptr);
    m_amount->setText(amountText);
    m_amount->setFocus();
}

void QuotesDialog::showQuotes()
{
    const QString selected = m_editingId;
    const QSignalBlocker block(m_quotesTable);
    m_quotesTable->clearSelection(); // the quote in the form, if any, is selected again below
    m_quotesTable->setRowCount(int(m_quotes.size()));
    for (int i = 0; i < m_quotes.size(); ++i) {
        const Quote &q = m_quotes.at(i);
        QTableWidgetItem *amount = cell(q.totalText(), Qt::AlignRight);
        if (i == 0) {
            QFont bold = amount->font();
            bold.setBold(true);
            amount->setFont(bold);
            amount->setToolTip(tr("The latest quote: the shortlist's quoted price"));
        }
        m_quotesTable->setItem(i, 0, cell(quoteDay(q.receivedOn)));
        m_quotesTable->setItem(i, 1, amount);
        m_quotesTable->setItem(i, 2, cell(q.coversText()));
        m_quotesTable->setItem(i, 3, validityCell(q));
        m_quotesTable->setItem(i, 4, cell(q.note));
        if (q.id == selected)
            m_quotesTable->selectRow(i);
    }
    if (m_quotes.isEmpty()) {
        m_quotesTable->setRowCount(1);
        auto *none = cell(tr("No quote yet: add the first one below."));
        none->setFlags(Qt::NoItemFlags);
        m_quotesTable->setItem(0, 0, none);
        m_quotesTable->setSpan(0, 0, 1, m_quotesTable->columnCount());
    } else {
        m_quotesTable->clearSpans();
    }
    m_quotesTable->resizeColumnsToContents();
    m_quotesTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch); // note
    updateButtons();
}

void QuotesDialog::showHistory()
{
    m_historyTable->setRowCount(int(m_history.size()));
    for (int i = 0; i < m_history.size(); ++i) {
        const Quote &q = m_history.at(i);
        m_historyTable->setItem(i, 0, cell(quoteDay(q.receivedOn)));
        m_historyTable->setItem(i, 1, cell(q.eventName));
        m_historyTable->setItem(i, 2, cell(q.clientName));
        m_historyTable->setItem(i, 3, cell(q.totalText(), Qt::AlignRight));
        m_historyTable->setItem(i, 4, cell(q.coversText()));
        m_historyTable->setItem(i, 5, validityCell(q));
    }
    m_historyTitle->setText(m_history.isEmpty()
            ? tr("Rate history: %1 has not quoted for another project yet.")
                  .arg(m_subject.venueName)
            : tr("Rate history: what %1 quoted for other projects (%Ln quote(s))", nullptr,
                int(m_history.size()))
                  .arg(m_subject.venueName));
    m_historyTable->resizeColumnsToContents();
    for (int c : { 1, 2 })
        m_historyTable->setColumnWidth(c, qMin(m_historyTable->columnWidth(c), 240));
    m_historyTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch); // covers
}

void QuotesDialog::fillForm(const Quote *q)
{
    m_editingId = q ? q->id : QString();
    m_editingVersion = q ? q->version : 0;
    const QuoteDraft d = q ? q->draft() : QuoteDraft {};
    m_received->setDate(d.receivedOn);
    m_amount->setText(q ? ShortlistModel::formatMoney(d.amountCents) : QString());
    const QString currency = q ? d.currency : m_defaultCurrency;
    m_currency->setCurrentText(currency);
    m_covers->setCurrentIndex(m_covers->findData(int(d.covers)));
    m_perHead->setText(d.perHeadCents ? ShortlistModel::formatMoney(*d.perHeadCents) : QString());
    m_perHead->setEnabled(quoteCoversCatering(d.covers));
    m_validCheck->setChecked(d.validUntil.has_value());
    // A month from the day received: how long venues usually hold a quote.
    m_valid->setDate(d.validUntil ? *d.validUntil : d.receivedOn.addMonths(1));
    m_valid->setEnabled(d.validUntil.has_value());
    m_note->setText(d.note);
    m_save->setText(q ? tr("&Save changes") : tr("&Add quote"));
    say({});
    updateButtons();
}

std::optional<QuoteDraft> QuotesDialog::draftFromForm()
{
    QuoteDraft d;
    d.projectVenueId = m_subject.projectVenueId;
    d.receivedOn = m_received->date();
    bool ok = false;
    const auto amount = parseAmount(m_amount->text(), &ok);
    if (!ok || !amount) {
        say(m_amount->text().trimmed().isEmpty()
                ? tr("Amount: type the quote's total, such as 12500.00.")
                : tr("Amount: “%1” is not an amount; type the total, such as 12500.00.")
                      .arg(m_amount->text().trimmed()));
        m_amount->setFocus();
        return std::nullopt;
    }
    d.amountCents = *amount;
    d.currency = m_currency->currentText().trimmed().toUpper();
    d.covers = QuoteCovers(m_covers->currentData().toInt());
    if (m_perHead->isEnabled() && !m_perHead->text().trimmed().isEmpty()) {
        const auto perHead = parseAmount(m_perHead->text(), &ok);
        if (!ok) {
            say(tr("Per head: “%1” is not an amount; type a price such as 85.00.")
                    .arg(m_perHead->text().trimmed()));
            m_perHead->setFocus();
            return std::nullopt;
        }
        d.perHeadCents = perHead;
    }
    if (m_validCheck->isChecked())
        d.validUntil = m_valid->date();
    d.note = m_note->text();
    return d;
}

void QuotesDialog::save()
{
    if (m_readOnly)
        return;
    const auto draft = draftFromForm();
    if (!draft)
        return; // the form keeps what was typed
    // Said here first, without a round trip; the repository says the same again.
    if (const QString problem = quoteProblem(*draft); !problem.isEmpty()) {
        say(problem);
        return;
    }
    const QString editing = m_editingId;
    const int version = m_editingVersion;
    const auto outcome = DialogWork::run<Quote>(this, *m_db, QStringLiteral("quotes-save"),
        [d = *draft, editing, version, userId = m_userId](const Database &db) {
            QuoteRepository repo(db, userId);
            return editing.isEmpty() ? repo.addQuote(d) : repo.updateQuote(editing, version, d);
        });
    if (!outcome)
        return;
    if (!*outcome) {
        say(sentenceOf((*outcome).error())); // the form keeps what was typed
        return;
    }
    const Quote saved = **outcome;
    Q_EMIT quotesChanged(editing.isEmpty()
            ? tr("Quote of %1 from %2 added.").arg(saved.totalText(), saved.venueName)
            : tr("Quote of %1 from %2 saved.").arg(saved.totalText(), saved.venueName));
    fillForm(nullptr);
    reload();
}

void QuotesDialog::removeSelected()
{
    const Quote *q = selectedQuote();
    if (!q || m_readOnly)
        return;
    const Quote quote = *q;
    QMessageBox ask(QMessageBox::Question, tr("Remove the Quote"),
        tr("Remove the quote of %1 received on %2? The shortlist's price becomes the quote before "
           "it.")
            .arg(quote.totalText(), quoteDay(quote.receivedOn)),
        QMessageBox::NoButton, this);
    ask.setTextFormat(Qt::PlainText);
    QPushButton *remove = ask.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    ask.addButton(tr("&Keep the Quote"), QMessageBox::RejectRole);
    ask.setDefaultButton(qobject_cast<QPushButton *>(ask.buttons().last()));
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    const auto outcome = DialogWork::run<bool>(this, *m_db, QStringLiteral("quotes-save"),
        [quote, userId = m_userId](const Database &db) -> Result<bool> {
            if (Status s = QuoteRepository(db, userId).removeQuote(quote.id, quote.version); !s)
                return s.error();
            return true;
        });
    if (!outcome)
        return;
    if (!*outcome) {
        say(sentenceOf((*outcome).error()));
        return;
    }
    Q_EMIT quotesChanged(
        tr("Quote of %1 from %2 removed.").arg(quote.totalText(), m_subject.venueName));
    fillForm(nullptr);
    reload();
}

void QuotesDialog::say(const QString &sentence)
{
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}

const Quote *QuotesDialog::selectedQuote() const
{
    const auto rows = m_quotesTable->selectionModel()
        ? m_quotesTable->selectionModel()->selectedRows()
        : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_quotes.size())
        return nullptr;
    return &m_quotes.at(rows.first().row());
}

void QuotesDialog::updateButtons()
{
    m_save->setEnabled(!m_readOnly);
    m_new->setEnabled(!m_editingId.isEmpty());
    m_remove->setEnabled(!m_readOnly && selectedQuote() != nullptr);
}

} // namespace VenueMap::Ui
