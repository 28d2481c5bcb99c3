-- Down step of 0007_per_database_access.sql (SQLite): the column goes again.
ALTER TABLE users DROP COLUMN db_role_created_by_app;
