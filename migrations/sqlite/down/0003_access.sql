-- Down step of 0003_access.sql: the last-admin triggers and users.db_role go (always NULL in a
-- SQLite file, declared for symmetry with PostgreSQL).
-- loses: users.db_role
DROP TRIGGER users_keep_an_admin_delete;
DROP TRIGGER users_keep_an_admin_update;
DROP INDEX users_db_role_key;
ALTER TABLE users DROP COLUMN db_role;
