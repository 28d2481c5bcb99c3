-- Down step of 0001_initial_schema.sql: every VenueMap table, type and function goes; only the
-- (empty) schema_migrations table stays. pg_trgm is dropped only when nothing else in this
-- database uses it: 0001 created it only "IF NOT EXISTS", so it may predate VenueMap.
-- loses: activity_logs
-- loses: project_venues
-- loses: projects
-- loses: catering_providers
-- loses: photos
-- loses: venues
-- loses: users
DROP TRIGGER activity_logs_append_only ON activity_logs;
DROP FUNCTION activity_logs_append_only();
DROP TABLE activity_logs;
DROP TABLE project_venues;
DROP TABLE projects;
DROP TABLE catering_providers;
DROP TABLE photos;
DROP TABLE venues;
DROP TABLE users;
DROP TYPE outreach_status;
DROP TYPE project_status;
DROP TYPE user_role;
DO $$
BEGIN
    DROP EXTENSION IF EXISTS pg_trgm;
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'pg_trgm is kept: other objects in this database use it';
END;
$$;
