#include "signingate.h"

#include "auth/session.h"
#include "errorpresenter.h"
#include "firstadmindialog.h"
#include "logging.h"
#include "repositories/userrepository.h"
#include "services/signinservice.h"
#include "signindialog.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace VenueMap::Ui {

using namespace VenueMap::Core;
using Outcome = StartupFlow::GateOutcome;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignInGate)
};

void refuse(
    QWidget *parent, const DbError &error, bool canGoBack, const std::function<void(Outcome)> &done)
{
    QMessageBox *box = ErrorPresenter::create(parent, error,
        canGoBack ? ErrorPresenter::Offer::ConnectOrKeep : ErrorPresenter::Offer::ConnectOrQuit,
        Tr::tr("Cannot Sign In"));
    QObject::connect(box, &QDialog::finished, box, [box, done] {
        Outcome outcome;
        outcome.action = ErrorPresenter::choiceOf(box) == ErrorPresenter::Choice::ChooseConnection
            ? Outcome::Action::ChooseConnection
            : Outcome::Action::Quit; // the flow keeps the open database, if there is one
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

void askFirstAdmin(
    const Database &db, QWidget *parent, bool canGoBack, const std::function<void(Outcome)> &done)
{
    auto *dialog = new FirstAdminDialog(db, parent);
    dialog->setCanGoBack(canGoBack);
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

StartupFlow::Gate signInGate(std::function<bool()> canGoBack)
{
    return [canGoBack](const Database &db, QWidget *parent, std::function<void(Outcome)> finished) {
        const bool back = canGoBack && canGoBack();
        // Whoever is signed in to the open database stays signed in unless this one lets
        // somebody in.
        const CurrentUser previous = Session::current();
        auto done = [previous, finished](Outcome outcome) {
            if (outcome.action != Outcome::Action::Continue)
                Session::setCurrent(previous);
            finished(outcome);
        };
        Session::clear();
        UserRepository users(db);
        auto accounts = users.countSignInAccounts();
        if (!accounts) {
            refuse(parent, accounts.error(), back, done);
            return;
        }
        if (db.isPostgres()) {
            auto person = SignInService(db).signInConnectedRole();
            if (person) {
                done(signedIn(*person));
                return;
            }
            if (*accounts == 0 && person.error().kind == DbError::Kind::Permission) {
                askFirstAdmin(db, parent, back, done);
                return;
            }
            qCInfo(lcSignIn) << person.error().details();
            refuse(parent, person.error(), back, done);
            return;
        }
        if (*accounts == 0) {
            askFirstAdmin(db, parent, back, done);
            return;
        }
        auto *dialog = new SignInDialog(db, parent);
        dialog->setCanGoBack(back);
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
