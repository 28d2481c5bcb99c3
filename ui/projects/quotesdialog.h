#pragma once

#include "db/database.h"
#include "domain/quote.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace VenueMap::Core {
class BackgroundReader;
}

namespace VenueMap::Ui {

class DateEdit;

// The quotes of one shortlisted venue: this project's (latest first; the latest is the
// shortlist's quoted price), a form to add, change or remove one, and below them the venue's rate
// history, what it quoted for other projects and clients. Reads and saves off the GUI thread.
class QuotesDialog : public QDialog
{
    Q_OBJECT
public:
    struct Subject
    {
        QString projectVenueId;
        QString projectId;
        QString venueId;
        QString venueName;
    };
    QuotesDialog(const Core::Database &db, QString userId, Subject subject, QString defaultCurrency,
        bool readOnly, QWidget *parent = nullptr);
    ~QuotesDialog() override;

    // Reads both lists again (done once on opening).
    void reload();
    bool isLoading() const { return m_loading; }
    const QList<Core::Quote> &quotes() const { return m_quotes; }
    const QList<Core::Quote> &history() const { return m_history; }
    QString errorText() const;
    // Puts an amount in the form (the shortlist's price cell opens the dialog with what was typed).
    void startQuote(const QString &amountText);

    QTableWidget *quotesTable() const { return m_quotesTable; }
    QTableWidget *historyTable() const { return m_historyTable; }
    DateEdit *receivedEdit() const { return m_received; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyCombo() const { return m_currency; }
    QComboBox *coversCombo() const { return m_covers; }
    QLineEdit *perHeadEdit() const { return m_perHead; }
    QCheckBox *validCheck() const { return m_validCheck; }
    DateEdit *validEdit() const { return m_valid; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    // A quote was added, changed or removed: the shortlist's quoted price may have moved.
    void quotesChanged(const QString &sentence);

private:
    void showQuotes();
    void showHistory();
    void fillForm(const Core::Quote *quote);
    void save();
    void removeSelected();
    void say(const QString &sentence);
    void updateButtons();
    const Core::Quote *selectedQuote() const;
    std::optional<Core::QuoteDraft> draftFromForm();

    std::unique_ptr<Core::Database> m_db;
    QString m_userId;
    Subject m_subject;
    QString m_defaultCurrency;
    bool m_readOnly;
    std::unique_ptr<Core::BackgroundReader> m_reader;
    bool m_loading = false;
    QList<Core::Quote> m_quotes;
    QList<Core::Quote> m_history;
    QString m_editingId; // the quote in the form, empty for a new one
    int m_editingVersion = 0;

    QLabel *m_quotesTitle;
    QTableWidget *m_quotesTable;
    DateEdit *m_received;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QComboBox *m_covers;
    QLineEdit *m_perHead;
    QCheckBox *m_validCheck;
    DateEdit *m_valid;
    QLineEdit *m_note;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_new;
    QPushButton *m_remove;
    QLabel *m_historyTitle;
    QTableWidget *m_historyTable;
};

} // namespace VenueMap::Ui
