#pragma once

#include <QWidget>

class QAbstractScrollArea;
class QLabel;
class QPushButton;

namespace VenueMap::Ui {

// What a list says in its middle when it has no rows: why, and a button for what to do about it
// (clear the filters, add venues). Lives on the view's viewport; hidden until show() is asked.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QAbstractScrollArea *view);

    // Shows the sentence, with the button when `action` is not empty.
    void showText(const QString &text, const QString &action = {});
    // The sentence while shown, else empty.
    QString text() const;
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_label;
    QPushButton *m_button;
};

} // namespace VenueMap::Ui
