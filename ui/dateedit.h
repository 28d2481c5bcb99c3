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

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    QDateTime dateTimeFromText(const QString &text) const override;
};

} // namespace VenueMap::Ui
