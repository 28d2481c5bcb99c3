-- Down step of 0001_initial_schema.sql: every VenueMap table goes; only the (empty)
-- schema_migrations table stays. Children before parents, so no foreign key action fires.
-- loses: activity_logs
-- loses: project_venues
-- loses: projects
-- loses: catering_providers
-- loses: photos
-- loses: venues
-- loses: users
DROP TRIGGER activity_logs_no_delete;
DROP TRIGGER activity_logs_no_update;
DROP TABLE activity_logs;
DROP TABLE project_venues;
DROP TABLE projects;
DROP TABLE catering_providers;
DROP TABLE photos;
DROP TRIGGER venues_fts_update;
DROP TRIGGER venues_fts_delete;
DROP TRIGGER venues_fts_insert;
DROP TABLE venues_fts;
DROP TABLE venues;
DROP TABLE users;
