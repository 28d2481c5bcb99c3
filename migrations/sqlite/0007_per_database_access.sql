-- Access bound to one database (issue 12), embedded mode. A SQLite file has no roles, no CONNECT
-- right and no server clock of its own: whoever can open the file can do anything with it, so
-- per-database groups, refusing an admin a login and stamping activity rows in the database mean
-- nothing here; the app (signed-in person, Session::userId(), its own clock) is all there is.
-- The one change kept for both schemas to stay alike: the column that tells, on PostgreSQL,
-- whether VenueMap created a person's login (always 0 here, where db_role is always NULL).
ALTER TABLE users ADD COLUMN db_role_created_by_app INTEGER NOT NULL DEFAULT 0
    CHECK (db_role_created_by_app IN (0, 1));
