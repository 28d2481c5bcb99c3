#pragma once

#include "db/dberror.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace VenueMap::Ui {

// A strip above a page's content for what a person should know about their last action
// (refusals, conflicts, what was added), without a modal box.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);
    void showMessage(const QString &text, Kind kind = Kind::Info);
    // The sentence, with the technical details as a tooltip.
    void showError(const Core::DbError &error);
    QString text() const;

private:
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace VenueMap::Ui
