-- People and access (DESIGN §6), embedded mode: accounts are app-level (argon2id hashes in
-- users.password_hash); the file has no database-level roles, so what an event manager may do is
-- enforced by the app alone. The one rule kept here as well: the last active admin who can sign
-- in (has a password) can be neither disabled, demoted nor removed; rows without a password
-- (sample data) do not count.

-- Same column as PostgreSQL so that both schemas stay alike (always NULL here).
ALTER TABLE users ADD COLUMN db_role TEXT;
CREATE UNIQUE INDEX users_db_role_key ON users (db_role);

CREATE TRIGGER users_keep_an_admin_update BEFORE UPDATE OF role, is_active ON users
WHEN old.role = 'admin' AND old.is_active = 1 AND old.password_hash IS NOT NULL
     AND (new.role <> 'admin' OR new.is_active = 0)
     AND NOT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND is_active = 1 AND password_hash IS NOT NULL
                     AND id <> old.id)
BEGIN
    SELECT RAISE(ABORT, 'the last active admin can be neither disabled, demoted nor removed');
END;
CREATE TRIGGER users_keep_an_admin_delete BEFORE DELETE ON users
WHEN old.role = 'admin' AND old.is_active = 1 AND old.password_hash IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND is_active = 1 AND password_hash IS NOT NULL
                     AND id <> old.id)
BEGIN
    SELECT RAISE(ABORT, 'the last active admin can be neither disabled, demoted nor removed');
END;
