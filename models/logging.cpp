#include "logging.h"

Q_LOGGING_CATEGORY(lcAuth, "venuemap.auth")
Q_LOGGING_CATEGORY(lcDb, "venuemap.db")
Q_LOGGING_CATEGORY(lcDemo, "venuemap.demo")
Q_LOGGING_CATEGORY(lcImport, "venuemap.import")
Q_LOGGING_CATEGORY(lcMigration, "venuemap.migration")
Q_LOGGING_CATEGORY(lcMonitor, "venuemap.connection")
Q_LOGGING_CATEGORY(lcOutreach, "venuemap.outreach")
Q_LOGGING_CATEGORY(lcProjects, "venuemap.projects")
Q_LOGGING_CATEGORY(lcProposal, "venuemap.proposal")
Q_LOGGING_CATEGORY(lcUsers, "venuemap.users")
Q_LOGGING_CATEGORY(lcVenues, "venuemap.venues")

Q_LOGGING_CATEGORY(lcErrors, "venuemap.ui.errors")
Q_LOGGING_CATEGORY(lcKeychain, "venuemap.keychain")
Q_LOGGING_CATEGORY(lcPeoplePage, "venuemap.people")
Q_LOGGING_CATEGORY(lcSignIn, "venuemap.signin")
Q_LOGGING_CATEGORY(lcStartup, "venuemap.startup")
