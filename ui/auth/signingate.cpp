#include "signingate.h"

#include "auth/session.h"
#include "changepassworddialog.h"
#include "errorpresenter.h"
#include "firstadmindialog.h"
#include "logging.h"
#include "mainwindow.h"
#include "myprofiledialog.h"
#include "people/peoplepage.h"
#include "repositories/userrepository.h"
#include "services/signinservice.h"
#include "signindialog.h"

#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace VenueMap::Ui {

using namespace VenueMap::Core;
using Outcome = StartupFlow::GateOutcome;

namespace {

void refuse(QWidget *parent, const DbError &error, const std::function<void(Outcome)> &done)
{
    QMessageBox *box = ErrorPresenter::create(parent, error, ErrorPresenter::Offer::ConnectOrQuit,
                                              QStringLiteral("Cannot Sign In"));
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
            done(Outcome{Outcome::Action::Quit, {}});
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
                done(Outcome{Outcome::Action::Quit, {}});
        });
        dialog->open();
    };
}

void installPeopleAndAccount(MainWindow &window)
{
    const CurrentUser me = Session::current();
    if (!me.isSignedIn())
        return;
    const Database db = window.database();
    if (me.isAdmin())
        window.setPage(MainWindow::Page::People, new PeoplePage(db));
    else
        window.setPageAvailable(MainWindow::Page::People, false);

    auto *menu = new QMenu(QStringLiteral("&Account"), &window);
    menu->setObjectName(QStringLiteral("menuAccount"));
    QAction *profile = menu->addAction(QStringLiteral("My &Profile…"));
    profile->setObjectName(QStringLiteral("actionMyProfile"));
    QAction *password = menu->addAction(QStringLiteral("Change &Password…"));
    password->setObjectName(QStringLiteral("actionChangePassword"));
    QMenuBar *bar = window.menuBar();
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu); // before Help

    QObject::connect(profile, &QAction::triggered, &window, [&window, db] {
        auto *dialog = new MyProfileDialog(db, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &MyProfileDialog::profileSaved, &window,
                         [&window](const CurrentUser &person) { window.setSignedInPerson(person.name); });
        dialog->open();
    });
    QObject::connect(password, &QAction::triggered, &window, [&window, db] {
        const CurrentUser current = Session::current();
        User self;
        self.id = current.id;
        self.name = current.name;
        self.email = current.email;
        auto *dialog = new ChangePasswordDialog(db, self, ChangePasswordDialog::Mode::Own, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ChangePasswordDialog::passwordChanged, &window,
                         [&window] { window.showBanner(QStringLiteral("Your password was changed.")); });
        dialog->open();
    });
}

} // namespace VenueMap::Ui
