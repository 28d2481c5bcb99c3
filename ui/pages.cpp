#include "pages.h"

#include "catering/cateringpage.h"
#include "people/peoplepage.h"
#include "projects/projectspage.h"
#include "venues/venuespage.h"

namespace VenueMap::Ui {

MainWindow::Pages makePages(const Core::Database &db, const Core::CurrentUser &user)
{
    MainWindow::Pages pages;
    pages.venues = new VenuesPage(db);
    pages.venues->setCanAddFacilityTerms(user.isAdmin());
    pages.projects = new ProjectsPage(db, user);
    pages.catering = new CateringPage(db);
    pages.people = user.isAdmin() ? new PeoplePage(db) : nullptr;
    return pages;
}

} // namespace VenueMap::Ui
