#pragma once

#include <QLoggingCategory>

// Every logging category of VenueMap, core and GUI, in one list (STYLE 6), so that a failure can
// be traced by name: QT_LOGGING_RULES="venuemap.venues.debug=true". Defined in logging.cpp.

// Core (models/)
Q_DECLARE_LOGGING_CATEGORY(lcAuth) // venuemap.auth: password hashes, sign-in
Q_DECLARE_LOGGING_CATEGORY(lcDb) // venuemap.db: connections and queries
// venuemap.db.mainthread: each statement run on the main thread, by where (debug, off unless
// asked for): QT_LOGGING_RULES="venuemap.db.mainthread.debug=true" finds what a window still runs
Q_DECLARE_LOGGING_CATEGORY(lcDbMainThread)
Q_DECLARE_LOGGING_CATEGORY(lcDemo) // venuemap.demo: sample data
Q_DECLARE_LOGGING_CATEGORY(lcImport) // venuemap.import: venue imports and their undo
Q_DECLARE_LOGGING_CATEGORY(lcMigration) // venuemap.migration: schema steps and backups
Q_DECLARE_LOGGING_CATEGORY(lcMonitor) // venuemap.connection: lost and regained connections
Q_DECLARE_LOGGING_CATEGORY(lcOutreach) // venuemap.outreach: shortlist and outreach
Q_DECLARE_LOGGING_CATEGORY(lcProjects) // venuemap.projects
Q_DECLARE_LOGGING_CATEGORY(lcProposal) // venuemap.proposal: proposal PDF
Q_DECLARE_LOGGING_CATEGORY(lcUsers) // venuemap.users: people and their rights
Q_DECLARE_LOGGING_CATEGORY(lcVenues) // venuemap.venues: venue list, photos, saves

// GUI (ui/)
Q_DECLARE_LOGGING_CATEGORY(lcErrors) // venuemap.ui.errors: every error shown to a person
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // venuemap.keychain: saved passwords
Q_DECLARE_LOGGING_CATEGORY(lcPeoplePage) // venuemap.people
Q_DECLARE_LOGGING_CATEGORY(lcSignIn) // venuemap.signin
Q_DECLARE_LOGGING_CATEGORY(lcStartup) // venuemap.startup: connect, migrate, sign in, show
