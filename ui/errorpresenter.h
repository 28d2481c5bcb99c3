#pragma once

#include "db/dberror.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace VenueMap::Ui {

// The one place that turns a DbError into what a person sees (STYLE 5): the sentence as the
// message, DbError::details() behind "Show Details…".
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    // What the person may do next, besides closing the box.
    enum class Offer {
        Close, // just OK
        ConnectOrQuit, // "Choose Another Connection…" and "Quit" (nothing open yet)
        ConnectOrKeep, // "Choose Another Connection…" and "Keep Current Connection"
    };
    enum class Choice { Close, ChooseConnection, Quit, KeepCurrent };

    // Builds the box without showing it: callers show it with open() (never a nested loop in
    // the startup flow) and read the choice with choiceOf() in finished().
    static QMessageBox *create(QWidget *parent, const Core::DbError &error,
        Offer offer = Offer::Close, const QString &title = {});
    static Choice choiceOf(const QMessageBox *box);

    // Modal convenience for pages and dialogs: shows the error and returns when it is closed.
    static void show(QWidget *parent, const Core::DbError &error, const QString &title = {});
};

} // namespace VenueMap::Ui
