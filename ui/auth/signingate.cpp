#include "signingate.h"

#include "auth/session.h"
#include "errorpresenter.h"
#include "firstadmindialog.h"
#include "logging.h"
#include "repositories/userrepository.h"
#include "services/signinservice.h"
#include "signindialog.h"

#include <QMessageBox>

namespace VenueMap::Ui {

using namespace VenueMap::Core;
using Outcome = StartupFlow::GateOutcome;

namespace {

void refuse(QWidget *parent, const DbError &error, const std::function<void(Outcome)> &done)
{
    QMessageBox *box = ErrorPresenter::create(
        parent, error, ErrorPresenter::Offer::ConnectOrQuit, QStringLiteral("Cannot Sign In"));
    QObject::connect(box, &QDialog::finished, box, [box, done] {
        Outcome outcome;
        outcome.action = ErrorPresenter::choiceOf(box) == ErrorPresenter::Choice::ChooseConnection
            ? Outcome::Action::ChooseConnection
            : Outcome::Action::Quit;
        box->deleteLater();
        done(outcome);
    });
    box->open();
}

Outcome signedIn(const CurrentUser &person)
{
    Outcome outcome;
    outcome.action = Outcome::Action::Continue;
    outcome.signedInPerson = person.name;
    return outcome;
}

void askFirstAdmin(const Database &db, QWidget *parent, const std::function<void(Outcome)> &done)
{
    auto *dialog = new FirstAdminDialog(db, parent);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, done](int result) {
        const CurrentUser created = dialog->created();
        dialog->deleteLater();
        if (result == QDialog::Accepted)
            done(signedIn(created));
        else
            done(Outcome { Outcome::Action::Quit, {} });
    });
    dialog->open();
}

} // namespace

StartupFlow::Gate signInGate()
{
    return [](const Database &db, QWidget *parent, std::function<void(Outcome)> done) {
        Session::clear();
        UserRepository users(db);
        auto accounts = users.countSignInAccounts();
        if (!accounts) {
            refuse(parent, accounts.error(), done);
            return;
        }
        if (db.isPostgres()) {
            auto person = SignInService(db).signInConnectedRole();
            if (person) {
                done(signedIn(*person));
                return;
            }
            if (*accounts == 0 && person.error().kind == DbError::Kind::Permission) {
                askFirstAdmin(db, parent, done);
                return;
            }
            qCInfo(lcSignIn) << person.error().details();
            refuse(parent, person.error(), done);
            return;
        }
        if (*accounts == 0) {
            askFirstAdmin(db, parent, done);
            return;
        }
        auto *dialog = new SignInDialog(db, parent);
        QObject::connect(dialog, &QDialog::finished, dialog, [dialog, done](int result) {
            const CurrentUser person = dialog->signedIn();
            dialog->deleteLater();
            if (result == QDialog::Accepted)
                done(signedIn(person));
            else
                done(Outcome { Outcome::Action::Quit, {} });
        });
        dialog->open();
    };
}

} // namespace VenueMap::Ui
