-- People and access (DESIGN §6). Each person signs in as their own PostgreSQL login role, a
-- member of one of two group roles that carry the GRANTs, so that what the app forbids the
-- database forbids too:
--   venuemap_event_manager  reads and writes venues, photos, projects, project_venues and
--                           catering providers; never hard-deletes a venue (soft delete is an
--                           UPDATE of is_deleted); only INSERTs into activity_logs; reads the
--                           public columns of users but never password_hash; updates only
--                           the name, phone and signature block of their own users row.
--   venuemap_admin          all of that, plus adding, disabling, re-roling and removing people
--                           through the SECURITY DEFINER functions below.
-- Group roles belong to the whole cluster; creating them needs CREATEROLE. When the migrating
-- role lacks it, the roles and GRANTs are skipped with a NOTICE and the app says so; a DBA then
-- runs `SELECT venuemap_setup_access();` (or these statements, from `venuemapctl migrate sql`).
-- A later migration that adds a table ends with `SELECT venuemap_setup_access();` too.

-- The login role of each person (NULL for app-level accounts of SQLite-born data).
ALTER TABLE users ADD COLUMN db_role text UNIQUE;

-- The last active admin who can sign in (has a login role) can be neither disabled, demoted
-- nor removed, whoever asks. Rows without a login (sample data, other tools) do not count.
CREATE FUNCTION users_keep_an_admin() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF OLD.role = 'admin' AND OLD.is_active AND OLD.db_role IS NOT NULL
       AND (TG_OP = 'DELETE' OR NEW.role <> 'admin' OR NOT NEW.is_active) THEN
        -- Two admins demoting each other at once: the second waits and then sees the first.
        PERFORM pg_advisory_xact_lock(hashtext('venuemap.users.last_admin'));
        IF NOT EXISTS (SELECT 1 FROM users
                       WHERE role = 'admin' AND is_active AND db_role IS NOT NULL AND id <> OLD.id) THEN
            RAISE EXCEPTION 'the last active admin can be neither disabled, demoted nor removed'
                USING ERRCODE = 'VM001';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER users_keep_an_admin
    BEFORE UPDATE OF role, is_active OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION users_keep_an_admin();

-- Activity is recorded in the name of the person who signs in: a person's insert without a
-- user_id gets theirs, one with somebody else's is refused. The owner and superusers (migrations,
-- sample data, imports run by a DBA) write as they are told.
CREATE FUNCTION activity_logs_stamp_person() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_person uuid;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
       OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
        RETURN NEW;
    END IF;
    SELECT id INTO v_person FROM users WHERE db_role = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'activity can only be recorded by a VenueMap person' USING ERRCODE = '42501';
    END IF;
    IF NEW.user_id IS NULL THEN
        NEW.user_id := v_person;
    ELSIF NEW.user_id <> v_person THEN
        RAISE EXCEPTION 'activity is recorded in your own name only' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER activity_logs_stamp_person
    BEFORE INSERT ON activity_logs
    FOR EACH ROW EXECUTE FUNCTION activity_logs_stamp_person();

-- Row-level security: everybody with SELECT reads every row (column GRANTs hide password_hash);
-- an UPDATE through the table reaches only the caller's own row. The owner (migrations, the
-- functions below) is not subject to these policies.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_read_all ON users FOR SELECT USING (true);
CREATE POLICY users_update_own ON users FOR UPDATE
    USING (db_role = current_user) WITH CHECK (db_role = current_user);

-- Group membership of a login role follows users.role and users.is_active.
CREATE FUNCTION venuemap_sync_membership(p_login text, p_role user_role, p_active boolean) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_super boolean;
BEGIN
    SELECT rolsuper INTO v_super FROM pg_roles WHERE rolname = p_login;
    IF NOT FOUND OR v_super OR p_login = current_user THEN
        RETURN; -- the owner or a superuser needs no group to do its work
    END IF;
    IF pg_has_role(p_login, 'venuemap_admin', 'MEMBER') AND NOT (p_active AND p_role = 'admin') THEN
        EXECUTE format('REVOKE venuemap_admin FROM %I', p_login);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
               JOIN pg_roles u ON u.oid = m.member
               WHERE g.rolname = 'venuemap_event_manager' AND u.rolname = p_login)
       AND NOT (p_active AND p_role = 'event_manager') THEN
        EXECUTE format('REVOKE venuemap_event_manager FROM %I', p_login);
    END IF;
    IF p_active THEN
        EXECUTE format('GRANT %I TO %I',
                       CASE p_role WHEN 'admin' THEN 'venuemap_admin' ELSE 'venuemap_event_manager' END, p_login);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
END;
$$;

-- Adds a person: their login role and their users row, together. The password arrives only as
-- a SCRAM-SHA-256 verifier computed by the client, never in clear.
CREATE FUNCTION venuemap_add_person(p_name text, p_email text, p_role user_role,
                                    p_password_verifier text, p_login text DEFAULT NULL) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_id uuid := gen_random_uuid();
    v_login text := coalesce(nullif(btrim(p_login), ''), lower(btrim(p_email)));
BEGIN
    IF p_password_verifier IS NULL OR p_password_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    IF length(v_login) > 63 THEN
        RAISE EXCEPTION 'a database login name has at most 63 characters' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_login) THEN
        RAISE EXCEPTION 'a database login named "%" already exists', v_login USING ERRCODE = '42710';
    END IF;
    INSERT INTO users (id, name, email, role, is_active, db_role)
    VALUES (v_id, p_name, btrim(p_email), p_role, true, v_login);
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', v_login, p_password_verifier);
    PERFORM venuemap_sync_membership(v_login, p_role, true);
    RETURN v_id;
END;
$$;

-- Links the calling role (the database owner bootstrapping a database) to a new admin row.
CREATE FUNCTION venuemap_claim_first_admin(p_name text, p_email text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_id uuid := gen_random_uuid();
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('venuemap.users.last_admin'));
    IF EXISTS (SELECT 1 FROM users WHERE db_role IS NOT NULL) THEN
        RAISE EXCEPTION 'this database already has people who sign in' USING ERRCODE = '42501';
    END IF;
    INSERT INTO users (id, name, email, role, is_active, db_role)
    VALUES (v_id, p_name, btrim(p_email), 'admin', true, session_user);
    RETURN v_id;
END;
$$;

CREATE FUNCTION venuemap_set_active(p_user uuid, p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_login text;
    v_role user_role;
BEGIN
    UPDATE users SET is_active = p_active, updated_at = now() WHERE id = p_user
    RETURNING db_role, role INTO v_login, v_role;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such person' USING ERRCODE = 'P0002';
    END IF;
    IF v_login IS NOT NULL THEN
        PERFORM venuemap_sync_membership(v_login, v_role, p_active);
    END IF;
END;
$$;

CREATE FUNCTION venuemap_set_role(p_user uuid, p_role user_role) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_login text;
    v_active boolean;
BEGIN
    UPDATE users SET role = p_role, updated_at = now() WHERE id = p_user
    RETURNING db_role, is_active INTO v_login, v_active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such person' USING ERRCODE = 'P0002';
    END IF;
    IF v_login IS NOT NULL THEN
        PERFORM venuemap_sync_membership(v_login, p_role, v_active);
    END IF;
END;
$$;

CREATE FUNCTION venuemap_reset_password(p_user uuid, p_password_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_login text;
BEGIN
    IF p_password_verifier IS NULL OR p_password_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    SELECT db_role INTO v_login FROM users WHERE id = p_user;
    IF NOT FOUND OR v_login IS NULL THEN
        RAISE EXCEPTION 'no such person' USING ERRCODE = 'P0002';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_login AND rolsuper) THEN
        RAISE EXCEPTION 'the password of a superuser is not changed from VenueMap' USING ERRCODE = '42501';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', v_login, p_password_verifier);
    UPDATE users SET updated_at = now() WHERE id = p_user;
END;
$$;

-- Removes a person who has no activity (a person with history is disabled instead, because the
-- append-only log keeps pointing at them) and drops their login role.
CREATE FUNCTION venuemap_remove_person(p_user uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_login text;
BEGIN
    IF EXISTS (SELECT 1 FROM activity_logs WHERE user_id = p_user) THEN
        RAISE EXCEPTION 'a person with activity in the log cannot be removed; disable them instead'
            USING ERRCODE = 'VM002';
    END IF;
    DELETE FROM users WHERE id = p_user RETURNING db_role INTO v_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such person' USING ERRCODE = 'P0002';
    END IF;
    IF v_login IS NOT NULL AND v_login <> session_user
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_login AND NOT rolsuper) THEN
        BEGIN
            EXECUTE format('DROP ROLE %I', v_login);
        EXCEPTION WHEN dependent_objects_still_exist THEN
            -- Still used elsewhere in the cluster: take away its access here instead.
            PERFORM venuemap_sync_membership(v_login, 'event_manager', false);
        END;
    END IF;
END;
$$;

REVOKE ALL ON FUNCTION venuemap_sync_membership(text, user_role, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION venuemap_add_person(text, text, user_role, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION venuemap_claim_first_admin(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION venuemap_set_active(uuid, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION venuemap_set_role(uuid, user_role) FROM PUBLIC;
REVOKE ALL ON FUNCTION venuemap_reset_password(uuid, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION venuemap_remove_person(uuid) FROM PUBLIC;

-- Creates the group roles when the caller may and grants them what they need on every table of
-- the schema. Safe to run again; returns 'ready' or why it could not finish.
-- It runs with the caller's search_path on purpose: it works on the schema VenueMap lives in.
CREATE FUNCTION venuemap_setup_access() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v_may_create boolean;
    v_group text;
    v_table text;
BEGIN
    SELECT rolsuper OR rolcreaterole INTO v_may_create FROM pg_roles WHERE rolname = current_user;
    FOREACH v_group IN ARRAY ARRAY['venuemap_event_manager', 'venuemap_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_group) THEN
            IF NOT coalesce(v_may_create, false) THEN
                RAISE NOTICE 'role % is missing and % may not create roles: a DBA must run SELECT venuemap_setup_access();',
                    v_group, current_user;
                RETURN 'roles missing';
            END IF;
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', v_group);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database of this cluster created it at the same moment
            END;
        END IF;
    END LOOP;
    IF NOT pg_has_role('venuemap_admin', 'venuemap_event_manager', 'MEMBER') THEN
        BEGIN
            GRANT venuemap_event_manager TO venuemap_admin;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;

    EXECUTE format('GRANT USAGE ON SCHEMA %I TO venuemap_event_manager', current_schema());
    -- Every ordinary table is read and written by event managers, except the ones below.
    FOR v_table IN
        SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
          AND c.relname NOT IN ('users', 'activity_logs', 'venues', 'schema_migrations')
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO venuemap_event_manager', v_table);
    END LOOP;
    -- Venues are soft-deleted (UPDATE of is_deleted), never hard-deleted.
    REVOKE DELETE ON venues FROM venuemap_event_manager;
    GRANT SELECT, INSERT, UPDATE ON venues TO venuemap_event_manager;
    -- The activity log is append-only.
    REVOKE UPDATE, DELETE, TRUNCATE ON activity_logs FROM venuemap_event_manager;
    GRANT SELECT, INSERT ON activity_logs TO venuemap_event_manager;
    GRANT SELECT ON schema_migrations TO venuemap_event_manager;
    -- users: public columns only (never password_hash); updates of one's own profile only.
    REVOKE ALL ON users FROM venuemap_event_manager;
    GRANT SELECT (id, name, email, phone, signature_block, role, is_active, created_at, updated_at, db_role)
        ON users TO venuemap_event_manager;
    GRANT UPDATE (name, phone, signature_block, updated_at) ON users TO venuemap_event_manager;
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO venuemap_event_manager', current_schema());
    -- Tables that later migrations of this owner create are shared with event managers too.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES '
                   'TO venuemap_event_manager', current_schema());
    -- Admin actions: only through the functions, only for admins.
    GRANT EXECUTE ON FUNCTION venuemap_add_person(text, text, user_role, text, text) TO venuemap_admin;
    GRANT EXECUTE ON FUNCTION venuemap_set_active(uuid, boolean) TO venuemap_admin;
    GRANT EXECUTE ON FUNCTION venuemap_set_role(uuid, user_role) TO venuemap_admin;
    GRANT EXECUTE ON FUNCTION venuemap_reset_password(uuid, text) TO venuemap_admin;
    GRANT EXECUTE ON FUNCTION venuemap_remove_person(uuid) TO venuemap_admin;
    RETURN 'ready';
END;
$$;
REVOKE ALL ON FUNCTION venuemap_setup_access() FROM PUBLIC;

SELECT venuemap_setup_access();
