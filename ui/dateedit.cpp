#include "dateedit.h"

#include "domain/language.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace VenueMap::Ui {

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{ }

QValidator::State DateEdit::validate(QString &input, int &pos) const
{
    if (Core::parseTypedDate(input).isValid())
        return QValidator::Acceptable;
    const QValidator::State own = QDateEdit::validate(input, pos);
    // Half-typed text ("12 Feb 20") is allowed while it is being typed; leaving the field puts
    // the last readable date back.
    return own == QValidator::Invalid ? QValidator::Intermediate : own;
}

void DateEdit::fixup(QString &input) const
{
    const QDate typed = Core::parseTypedDate(input);
    if (typed.isValid())
        input = textFromDateTime(QDateTime(typed, QTime(0, 0)));
    else
        QDateEdit::fixup(input);
}

void DateEdit::focusOutEvent(QFocusEvent *event)
{
    // QDateEdit puts the last date back over text that is no date, silently: say it.
    const QString typed = lineEdit()->text().trimmed();
    const bool refused = !typed.isEmpty() && !Core::parseTypedDate(typed).isValid()
        && typed != textFromDateTime(dateTime());
    QDateEdit::focusOutEvent(event);
    if (refused)
        Q_EMIT textRefused(typed);
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::SelectAll)) {
        lineEdit()->selectAll();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

QDateTime DateEdit::dateTimeFromText(const QString &text) const
{
    const QDate typed = Core::parseTypedDate(text);
    if (typed.isValid())
        return QDateTime(typed, time());
    return QDateEdit::dateTimeFromText(text);
}

} // namespace VenueMap::Ui
