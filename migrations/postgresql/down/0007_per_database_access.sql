-- Down step of 0007_per_database_access.sql: back to the cluster-wide groups of 0003.
-- This database's people move back into venuemap_event_manager / venuemap_admin, CONNECT is
-- open to PUBLIC again, the functions get their 0003 bodies and rights, and this database's own
-- group roles are emptied and dropped. Dropping and creating roles needs CREATEROLE: without it
-- the roles stay (a NOTICE says so) and a DBA drops them later.

DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO PUBLIC', current_database());
    -- Functions that 0003 left executable by PUBLIC are so again.
    EXECUTE format('GRANT EXECUTE ON FUNCTION %I.activity_logs_append_only(), %I.users_keep_an_admin(), '
                   '%I.activity_logs_stamp_person(), %I.venuemap_plan(text, text[]), '
                   '%I.venuemap_plan_rows(text, text[]) TO PUBLIC',
                   current_schema(), current_schema(), current_schema(), current_schema(), current_schema());
END;
$$;

DROP TRIGGER import_batches_stamp_person ON import_batches;
DROP FUNCTION import_batches_stamp_person();

CREATE OR REPLACE FUNCTION activity_logs_stamp_person() RETURNS trigger
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

CREATE OR REPLACE FUNCTION venuemap_sync_membership(p_login text, p_role user_role, p_active boolean) RETURNS void
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

CREATE OR REPLACE FUNCTION venuemap_add_person(p_name text, p_email text, p_role user_role,
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

CREATE OR REPLACE FUNCTION venuemap_set_active(p_user uuid, p_active boolean) RETURNS void
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

CREATE OR REPLACE FUNCTION venuemap_set_role(p_user uuid, p_role user_role) RETURNS void
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

CREATE OR REPLACE FUNCTION venuemap_reset_password(p_user uuid, p_password_verifier text) RETURNS void
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

CREATE OR REPLACE FUNCTION venuemap_remove_person(p_user uuid) RETURNS void
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

CREATE OR REPLACE FUNCTION venuemap_setup_access() RETURNS text
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

SELECT venuemap_setup_access();

-- This database's people go back into the old groups; this database's groups lose every right
-- and are dropped.
DO $$
DECLARE
    v_schema text := current_schema();
    v_owner text := (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'users'::regclass);
    v_may_create boolean := (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user);
    v_person record;
    v_group text;
    v_fn record;
BEGIN
    IF coalesce(v_may_create, false) AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = venuemap_group('event_manager')) THEN
        FOR v_person IN
            SELECT u.db_role, u.role, u.is_active FROM users u JOIN pg_roles r ON r.rolname = u.db_role
            WHERE NOT r.rolsuper AND pg_has_role(r.oid, venuemap_group('event_manager'), 'MEMBER')
        LOOP
            PERFORM venuemap_sync_membership(v_person.db_role, v_person.role, v_person.is_active);
        END LOOP;
    END IF;
    FOREACH v_group IN ARRAY ARRAY[venuemap_group('admin'), venuemap_group('event_manager')] LOOP
        CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_group);
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', v_schema, v_group);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', v_schema, v_group);
        -- Function by function: REVOKE ON ALL FUNCTIONS would warn about every pg_trgm function.
        FOR v_fn IN SELECT p.oid::regprocedure AS sig FROM pg_proc p
                    WHERE p.pronamespace = v_schema::regnamespace AND p.prokind = 'f'
                      AND p.proowner = (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass) LOOP
            EXECUTE format('REVOKE ALL ON FUNCTION %s FROM %I', v_fn.sig, v_group);
        END LOOP;
        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', v_schema, v_group);
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM %I', current_database(), v_group);
        IF pg_has_role(current_user, v_owner, 'MEMBER') THEN
            EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I REVOKE ALL ON TABLES FROM %I',
                           v_owner, v_schema, v_group);
        END IF;
    END LOOP;
    IF NOT coalesce(v_may_create, false) THEN
        RAISE NOTICE '% may not change roles: a DBA must put this database''s people back into venuemap_event_manager / '
                     'venuemap_admin and drop % and %', current_user, venuemap_group('event_manager'), venuemap_group('admin');
        RETURN;
    END IF;
    FOREACH v_group IN ARRAY ARRAY[venuemap_group('admin'), venuemap_group('event_manager')] LOOP
        EXECUTE format('DROP ROLE IF EXISTS %I', v_group);
    END LOOP;
END;
$$;

DROP FUNCTION venuemap_require_people_admin();
DROP FUNCTION venuemap_refuse_unmanaged(text);
DROP FUNCTION venuemap_login_managed_by_app(text);
DROP FUNCTION venuemap_group(text);
ALTER TABLE users DROP COLUMN db_role_created_by_app;
