#pragma once

#include "domain/declinecode.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace VenueMap::Ui {

// Why a venue declined: a reason from the fixed list (none chosen until the person picks one)
// and a note. "Mark declined" waits for the reason.
class DeclineDialog : public QDialog
{
    Q_OBJECT
public:
    DeclineDialog(const QString &venueName, const QString &clientName, QWidget *parent = nullptr);

    std::optional<Core::DeclineCode> code() const;
    void setCode(Core::DeclineCode code);
    QString note() const;
    void setNote(const QString &note);
    // decline_reason as the database keeps it: "label" or "label: note" (declineReasonText()).
    QString reasonText() const;
    QString explanation() const;
    QComboBox *reasonCombo() const { return m_reason; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *declineButton() const { return m_ok; }

private:
    void follow();

    QLabel *m_explanation;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QPushButton *m_ok;
};

} // namespace VenueMap::Ui
