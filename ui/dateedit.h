#pragma once

#include <QDateEdit>

namespace VenueMap::Ui {

// A date field that reads what a person types over it the way they write it: "12 Feb 2027",
// "12/02/2027", "2027-02-12" (Core::parseTypedDate, day before month), as well as the arrow
// keys and the calendar of QDateEdit. QDateEdit alone only takes typing section by section.
class DateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    // Typed text that is no date ("31.02.2027") was replaced by the last date on leaving the
    // field: the form says so instead of changing the date silently.
    void textRefused(const QString &typed);

protected:
    // Ctrl+A selects the whole date, so that what is typed next replaces it.
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    QDateTime dateTimeFromText(const QString &text) const override;
};

} // namespace VenueMap::Ui
