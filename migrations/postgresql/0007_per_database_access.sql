-- Access bound to one database (issue 12, findings 1, 2 and the database side of 8).
--
-- Roles are cluster-wide in PostgreSQL. Until now the group roles venuemap_event_manager and
-- venuemap_admin were shared by every VenueMap database of a server and CONNECT was open to
-- PUBLIC, so a person added in one database signed in to every other one, and an admin of one
-- could call another's admin functions. From here on:
--   * each database has its own two group roles, named by venuemap_group('event_manager') and
--     venuemap_group('admin') after the database (the only place that spells those names);
--   * only those groups (and the owner) may CONNECT; PUBLIC may not;
--   * the admin functions run only for an admin of this database and are executable only by this
--     database's admin group; every other app function is taken away from PUBLIC;
--   * an admin never acts on a login the app did not create: the owner, a superuser, a role with
--     CREATEROLE / CREATEDB / REPLICATION / BYPASSRLS, a member of the owner, a member of any
--     other role, an owner of anything, or a login linked by hand (the first-admin claim links the
--     owner). users.db_role_created_by_app records the logins venuemap_add_person created;
--   * the database stamps who made an activity entry or an import and when.
-- The old cluster-wide groups may still serve other databases of the server: they are not dropped,
-- only stripped of every right here and of this database's people.
-- Creating roles needs CREATEROLE: without it venuemap_setup_access() says so in a NOTICE and
-- changes nothing about roles, and a DBA runs `SELECT venuemap_setup_access();` later (as in 0003).

ALTER TABLE users ADD COLUMN db_role_created_by_app boolean NOT NULL DEFAULT false;

-- The group role of this database for 'event_manager' or 'admin': venuemap_<database>_<hash>_<kind>,
-- the database name shortened so that the whole name fits PostgreSQL's 63 bytes, the hash of the
-- full name keeping two long names apart.
CREATE FUNCTION venuemap_group(p_kind text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_db text := current_database();
    v_tail text;
    v_keep int := 30;
BEGIN
    IF p_kind IS NULL OR p_kind NOT IN ('event_manager', 'admin') THEN
        RAISE EXCEPTION 'a VenueMap group is event_manager or admin, not %', p_kind USING ERRCODE = '22023';
    END IF;
    v_tail := '_' || left(md5(v_db), 8) || '_' || p_kind;
    WHILE octet_length('venuemap_' || left(v_db, v_keep) || v_tail) > 63 LOOP
        v_keep := v_keep - 1;
    END LOOP;
    RETURN 'venuemap_' || left(v_db, v_keep) || v_tail;
END;
$$;

-- Existing people: a login counts as made by the app when it is an ordinary role that 0003 put in
-- one of the old groups (or disabled: NOLOGIN and no group). Anything else stays the DBA's.
UPDATE users u SET db_role_created_by_app = true
FROM pg_roles r
WHERE r.rolname = u.db_role
  AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
  AND NOT pg_has_role(r.oid, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
  AND NOT pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass), 'MEMBER')
  AND (EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
               WHERE m.member = r.oid AND g.rolname IN ('venuemap_event_manager', 'venuemap_admin'))
       OR (NOT u.is_active AND NOT r.rolcanlogin
           AND NOT EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid)));

-- Whether VenueMap may manage this login (its password, LOGIN and group): see the list above.
CREATE FUNCTION venuemap_login_managed_by_app(p_login text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1
        FROM pg_roles r
        JOIN users u ON u.db_role = r.rolname AND u.db_role_created_by_app
        WHERE r.rolname = p_login
          AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
          AND NOT pg_has_role(r.oid, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
          AND NOT pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass), 'MEMBER')
          AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                          WHERE m.member = r.oid
                            AND g.rolname NOT IN (venuemap_group('event_manager'), venuemap_group('admin'),
                                                  'venuemap_event_manager', 'venuemap_admin'))
          AND NOT EXISTS (SELECT 1 FROM pg_shdepend d
                          WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid AND d.deptype = 'o'))
$$;

CREATE FUNCTION venuemap_refuse_unmanaged(p_login text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF p_login IS NOT NULL AND NOT venuemap_login_managed_by_app(p_login) THEN
        RAISE EXCEPTION 'the sign-in of "%" is managed by the database administrator, not by VenueMap', p_login
            USING ERRCODE = 'VM003';
    END IF;
END;
$$;

-- The caller of an admin function (session_user: SECURITY DEFINER changes only current_user)
-- must be a superuser, the owner, or an active admin of THIS database.
CREATE FUNCTION venuemap_require_people_admin() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
       OR pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
       OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass), 'MEMBER')
       OR EXISTS (SELECT 1 FROM users WHERE db_role = session_user AND role = 'admin' AND is_active) THEN
        RETURN;
    END IF;
    RAISE EXCEPTION 'only an admin of database % manages its people', current_database() USING ERRCODE = '42501';
END;
$$;

-- Group membership of a login role follows users.role and users.is_active (this database's groups).
CREATE OR REPLACE FUNCTION venuemap_sync_membership(p_login text, p_role user_role, p_active boolean) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_super boolean;
    v_admin text := venuemap_group('admin');
    v_manager text := venuemap_group('event_manager');
BEGIN
    SELECT rolsuper INTO v_super FROM pg_roles WHERE rolname = p_login;
    IF NOT FOUND OR v_super OR p_login = current_user THEN
        RETURN; -- the owner or a superuser needs no group to do its work
    END IF;
    IF pg_has_role(p_login, v_admin, 'MEMBER') AND NOT (p_active AND p_role = 'admin') THEN
        EXECUTE format('REVOKE %I FROM %I', v_admin, p_login);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
               JOIN pg_roles u ON u.oid = m.member
               WHERE g.rolname = v_manager AND u.rolname = p_login)
       AND NOT (p_active AND p_role = 'event_manager') THEN
        EXECUTE format('REVOKE %I FROM %I', v_manager, p_login);
    END IF;
    IF p_active THEN
        EXECUTE format('GRANT %I TO %I', CASE p_role WHEN 'admin' THEN v_admin ELSE v_manager END, p_login);
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
    PERFORM venuemap_require_people_admin();
    IF p_password_verifier IS NULL OR p_password_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    IF octet_length(v_login) > 63 THEN
        RAISE EXCEPTION 'a database login name has at most 63 characters' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_login) THEN
        RAISE EXCEPTION 'a database login named "%" already exists', v_login USING ERRCODE = '42710';
    END IF;
    INSERT INTO users (id, name, email, role, is_active, db_role, db_role_created_by_app)
    VALUES (v_id, p_name, btrim(p_email), p_role, true, v_login, true);
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
    PERFORM venuemap_require_people_admin();
    SELECT db_role INTO v_login FROM users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such person' USING ERRCODE = 'P0002';
    END IF;
    PERFORM venuemap_refuse_unmanaged(v_login);
    UPDATE users SET is_active = p_active, updated_at = now() WHERE id = p_user
    RETURNING db_role, role INTO v_login, v_role;
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
    PERFORM venuemap_require_people_admin();
    SELECT db_role INTO v_login FROM users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such person' USING ERRCODE = 'P0002';
    END IF;
    PERFORM venuemap_refuse_unmanaged(v_login);
    UPDATE users SET role = p_role, updated_at = now() WHERE id = p_user
    RETURNING db_role, is_active INTO v_login, v_active;
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
    PERFORM venuemap_require_people_admin();
    IF p_password_verifier IS NULL OR p_password_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    SELECT db_role INTO v_login FROM users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND OR v_login IS NULL THEN
        RAISE EXCEPTION 'no such person' USING ERRCODE = 'P0002';
    END IF;
    PERFORM venuemap_refuse_unmanaged(v_login);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', v_login, p_password_verifier);
    UPDATE users SET updated_at = now() WHERE id = p_user;
END;
$$;

-- Removes a person who has no activity (a person with history is disabled instead, because the
-- append-only log keeps pointing at them) and drops their login role.
CREATE OR REPLACE FUNCTION venuemap_remove_person(p_user uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_login text;
BEGIN
    PERFORM venuemap_require_people_admin();
    SELECT db_role INTO v_login FROM users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such person' USING ERRCODE = 'P0002';
    END IF;
    PERFORM venuemap_refuse_unmanaged(v_login);
    IF EXISTS (SELECT 1 FROM activity_logs WHERE user_id = p_user) THEN
        RAISE EXCEPTION 'a person with activity in the log cannot be removed; disable them instead'
            USING ERRCODE = 'VM002';
    END IF;
    DELETE FROM users WHERE id = p_user;
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

-- Activity is recorded in the name of the person who signs in, at the server's time: a person's
-- insert without a user_id gets theirs, one with somebody else's is refused, and created_at is
-- the moment of the insert whatever the statement said. The owner and superusers (migrations,
-- sample data, imports run by a DBA) write as they are told.
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
    NEW.created_at := clock_timestamp();
    RETURN NEW;
END;
$$;

-- An import is recorded in the name of the person who runs it, at the server's time; who made it
-- and when never change, and an undo is stamped the same way. Owner and superusers as above.
CREATE FUNCTION import_batches_stamp_person() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_person uuid;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
       OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.created_by IS DISTINCT FROM OLD.created_by
                             OR NEW.created_at IS DISTINCT FROM OLD.created_at) THEN
        RAISE EXCEPTION 'who made an import and when is never changed' USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'UPDATE' AND NOT (OLD.undone_at IS NULL AND NEW.undone_at IS NOT NULL) THEN
        IF NEW.undone_at IS DISTINCT FROM OLD.undone_at OR NEW.undone_by IS DISTINCT FROM OLD.undone_by THEN
            RAISE EXCEPTION 'an undone import stays undone, in the name of who undid it' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    SELECT id INTO v_person FROM users WHERE db_role = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'imports can only be recorded by a VenueMap person' USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := v_person;
        NEW.created_at := clock_timestamp();
    ELSE
        NEW.undone_by := v_person;
        NEW.undone_at := clock_timestamp();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER import_batches_stamp_person
    BEFORE INSERT OR UPDATE ON import_batches
    FOR EACH ROW EXECUTE FUNCTION import_batches_stamp_person();

-- Creates this database's group roles when the caller may, moves this database's people into
-- them, grants them what they need and nothing to anyone else. Safe to run again; returns 'ready'
-- or why it could not finish. It runs with the caller's search_path on purpose: it works on the
-- schema VenueMap lives in.
CREATE OR REPLACE FUNCTION venuemap_setup_access() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v_may_create boolean;
    v_manager text := venuemap_group('event_manager');
    v_admin text := venuemap_group('admin');
    v_owner text := (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'users'::regclass);
    v_schema text := current_schema();
    v_group text;
    v_old text;
    v_table text;
    v_fn record;
    v_person record;
    v_result text := 'ready';
BEGIN
    SELECT rolsuper OR rolcreaterole INTO v_may_create FROM pg_roles WHERE rolname = current_user;
    v_may_create := coalesce(v_may_create, false);
    FOREACH v_group IN ARRAY ARRAY[v_manager, v_admin] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_group) THEN
            IF NOT v_may_create THEN
                RAISE NOTICE 'role % is missing and % may not create roles: a DBA must run SELECT venuemap_setup_access(); in database %',
                    v_group, current_user, current_database();
                RETURN 'roles missing';
            END IF;
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', v_group);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    IF NOT pg_has_role(v_admin, v_manager, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', v_manager, v_admin);
    END IF;

    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', v_schema, v_manager);
    -- Every ordinary table is read and written by event managers, except the ones below.
    FOR v_table IN
        SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = v_schema::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
          AND c.relname NOT IN ('users', 'activity_logs', 'venues', 'schema_migrations', 'import_batches')
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', v_table, v_manager);
    END LOOP;
    -- Venues are soft-deleted (UPDATE of is_deleted), never hard-deleted.
    EXECUTE format('REVOKE DELETE ON venues FROM %I', v_manager);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON venues TO %I', v_manager);
    -- The activity log is append-only.
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON activity_logs FROM %I', v_manager);
    EXECUTE format('GRANT SELECT, INSERT ON activity_logs TO %I', v_manager);
    EXECUTE format('GRANT SELECT ON schema_migrations TO %I', v_manager);
    -- Imports: made and undone, never rewritten or removed.
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON import_batches FROM %I', v_manager);
    EXECUTE format('GRANT SELECT, INSERT ON import_batches TO %I', v_manager);
    EXECUTE format('GRANT UPDATE (undone_at, undone_by) ON import_batches TO %I', v_manager);
    -- users: public columns only (never password_hash); updates of one's own profile only.
    EXECUTE format('REVOKE ALL ON users FROM %I', v_manager);
    EXECUTE format('GRANT SELECT (id, name, email, phone, signature_block, role, is_active, created_at, updated_at, '
                   'db_role, db_role_created_by_app) ON users TO %I', v_manager);
    EXECUTE format('GRANT UPDATE (name, phone, signature_block, updated_at) ON users TO %I', v_manager);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', v_schema, v_manager);
    -- Tables that later migrations of the owner create are shared with event managers too.
    IF pg_has_role(current_user, v_owner, 'MEMBER') THEN
        EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                       v_owner, v_schema, v_manager);
    END IF;

    -- App functions: admin actions for this database's admins only, internals for nobody, the rest
    -- for this database's people; never for PUBLIC (trigger functions need no EXECUTE to fire).
    FOR v_fn IN
        SELECT p.oid::regprocedure AS sig, p.proname, p.prosecdef, p.prorettype = 'trigger'::regtype AS is_trigger
        FROM pg_proc p
        WHERE p.pronamespace = v_schema::regnamespace AND p.prokind = 'f'
          AND p.proowner = (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass)
          AND p.proname <> 'venuemap_group'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn.sig);
        IF v_fn.proname IN ('venuemap_add_person', 'venuemap_set_active', 'venuemap_set_role',
                            'venuemap_reset_password', 'venuemap_remove_person') THEN
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', v_fn.sig, v_admin);
        ELSIF NOT v_fn.prosecdef AND NOT v_fn.is_trigger
              AND v_fn.proname NOT IN ('venuemap_setup_access', 'venuemap_sync_membership', 'venuemap_require_people_admin') THEN
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', v_fn.sig, v_manager);
        END IF;
    END LOOP;

    -- Only this database's people (and the owner, and superusers) connect; nobody creates objects
    -- in the schema but its owner. A caller who may not change that is told so (a REVOKE that
    -- changes nothing is only a warning, hence the check afterwards).
    BEGIN
        EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(), v_manager, v_admin);
        EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', v_schema);
    EXCEPTION WHEN insufficient_privilege THEN
        NULL;
    END;
    IF EXISTS (SELECT 1 FROM pg_database d, aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
               WHERE d.datname = current_database() AND a.grantee = 0 AND a.privilege_type = 'CONNECT') THEN
        RAISE NOTICE '% may not close database % to PUBLIC: its owner must run SELECT venuemap_setup_access();',
            current_user, current_database();
        v_result := 'connect open';
    END IF;

    -- This database's people move from the old cluster-wide groups to this database's groups.
    IF v_may_create THEN
        FOR v_person IN
            SELECT u.db_role, u.role, u.is_active FROM users u JOIN pg_roles r ON r.rolname = u.db_role
            WHERE NOT r.rolsuper AND u.db_role <> current_user
              AND (u.db_role_created_by_app
                   OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                              WHERE m.member = r.oid AND g.rolname IN ('venuemap_event_manager', 'venuemap_admin')))
        LOOP
            PERFORM venuemap_sync_membership(v_person.db_role, v_person.role, v_person.is_active);
            FOREACH v_old IN ARRAY ARRAY['venuemap_admin', 'venuemap_event_manager'] LOOP
                IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                           JOIN pg_roles u ON u.oid = m.member
                           WHERE g.rolname = v_old AND u.rolname = v_person.db_role) THEN
                    EXECUTE format('REVOKE %I FROM %I', v_old, v_person.db_role);
                END IF;
            END LOOP;
        END LOOP;
    END IF;
    -- The old groups keep no right here (they may still serve other databases of the server), nor
    -- do other databases' groups (a copy restored from another database carries its GRANTs).
    -- Only groups that hold something in this database are visited (a server may host many
    -- VenueMap databases), and a group dropped meanwhile by its own database is skipped.
    FOR v_old IN
        SELECT r.rolname FROM pg_roles r
        WHERE (r.rolname IN ('venuemap_admin', 'venuemap_event_manager')
               OR (r.rolname ~ '^venuemap_.+_[0-9a-f]{8}_(admin|event_manager)$' AND r.rolname NOT IN (v_manager, v_admin)))
          AND (EXISTS (SELECT 1 FROM pg_shdepend d
                       WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid
                         AND d.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()))
               OR EXISTS (SELECT 1 FROM pg_database db, aclexplode(db.datacl) a
                          WHERE db.datname = current_database() AND a.grantee = r.oid))
    LOOP
      BEGIN
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', v_schema, v_old);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', v_schema, v_old);
        -- Function by function: REVOKE ON ALL FUNCTIONS would warn about every pg_trgm function.
        FOR v_fn IN SELECT p.oid::regprocedure AS sig FROM pg_proc p
                    WHERE p.pronamespace = v_schema::regnamespace AND p.prokind = 'f'
                      AND p.proowner = (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass) LOOP
            EXECUTE format('REVOKE ALL ON FUNCTION %s FROM %I', v_fn.sig, v_old);
        END LOOP;
        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', v_schema, v_old);
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM %I', current_database(), v_old);
        IF pg_has_role(current_user, v_owner, 'MEMBER') THEN
            EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I REVOKE ALL ON TABLES FROM %I',
                           v_owner, v_schema, v_old);
        END IF;
      EXCEPTION WHEN undefined_object THEN
        NULL; -- dropped by another database while this ran: it holds nothing here any more
      END;
    END LOOP;
    RETURN v_result;
END;
$$;
REVOKE ALL ON FUNCTION venuemap_setup_access() FROM PUBLIC;

SELECT venuemap_setup_access();
