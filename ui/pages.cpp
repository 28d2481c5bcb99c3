#include "pages.h"

#include "auth/session.h"
#include "auth/signingate.h"
#include "catering/cateringpage.h"
#include "mainwindow.h"
#include "projects/projectspage.h"
#include "proposals/proposalsinstaller.h"
#include "readonlyedits.h"
#include "venues/venuespage.h"

#include <QAction>

namespace VenueMap::Ui {

void installPages(MainWindow &window)
{
    // One line per page (issues 3-6), for example:
    // window.setPage(MainWindow::Page::Venues, new VenuesPage(window.database()));
    auto *projects = new ProjectsPage(window.database(), Core::Session::current());
    auto *catering = new CateringPage(window.database());
    QObject::connect(catering, &CateringPage::caterersChanged, projects, &ProjectsPage::reloadCaterers);
    window.setPage(MainWindow::Page::Venues, new VenuesPage(window.database()));
    window.setPage(MainWindow::Page::Projects, projects);
    window.setPage(MainWindow::Page::Catering, catering);
    installProposals(window); // Data menu (CSV import/export, proposals) and the workspace's Proposal button
    installPeopleAndAccount(window); // People (admins only) and the Account menu
    // A person's profile and password are rows in the database too. The pages lock their own
    // controls (ReadOnlyEdits in each updateButtons()).
    ReadOnlyEdits::apply(window.database(), {window.findChild<QAction *>(QStringLiteral("actionMyProfile")),
                                             window.findChild<QAction *>(QStringLiteral("actionChangePassword"))});
}

} // namespace VenueMap::Ui
