#pragma once

#include "db/backgroundreader.h"

#include <QPointer>
#include <functional>
#include <optional>

class QDialog;

namespace VenueMap::Ui {

// A dialog's save (or the read it needs before it can show) runs on a connection of its own, as
// every statement does (DESIGN §4: nothing runs a statement on the GUI thread), while the dialog
// waits: its buttons are disabled, the cursor says it is busy, Esc and the close button wait for
// the answer, and the window keeps painting. Returns nothing when the dialog is already waiting
// (a second Enter) or was closed meanwhile; then the caller does nothing more.
class DialogWork
{
public:
    template <typename T>
    static std::optional<Core::Result<T>> run(QDialog *dialog, const Core::Database &db,
        const QString &purpose, const std::function<Core::Result<T>(const Core::Database &)> &job)
    {
        std::optional<Core::Result<T>> outcome;
        if (!runErased(dialog, db, purpose, [&](const Core::Result<Core::Database> &own) {
                outcome = own ? job(*own) : Core::Result<T>(own.error());
            }))
            return std::nullopt;
        return outcome;
    }

    // Whether `dialog` is waiting for its database work now.
    static bool isBusy(const QDialog *dialog);

private:
    static bool runErased(QDialog *dialog, const Core::Database &db, const QString &purpose,
        const std::function<void(const Core::Result<Core::Database> &)> &body);
};

} // namespace VenueMap::Ui
