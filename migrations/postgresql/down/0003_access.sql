-- Down step of 0003_access.sql: the people functions, the row-level security of users, the
-- activity stamping and every privilege the VenueMap group roles hold in this database go, and
-- with users.db_role the link between a person and their login role.
-- Roles belong to the whole cluster, and other databases on the same server may use them: the
-- group roles venuemap_event_manager and venuemap_admin and each person's login role are kept
-- (a DBA drops them with DROP ROLE once no database needs them); they just hold nothing here.
-- The group memberships this database gave its people are taken back, so that nobody whose
-- link is lost here regains access when 0003 is applied again.
-- loses: users.db_role
DO $$
DECLARE
    v_group text;
    v_owner text;
    v_login text;
BEGIN
    FOR v_login IN
        SELECT u.db_role FROM users u JOIN pg_roles r ON r.rolname = u.db_role
        WHERE NOT r.rolsuper AND u.db_role <> session_user
    LOOP
        FOREACH v_group IN ARRAY ARRAY['venuemap_admin', 'venuemap_event_manager'] LOOP
            IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                       JOIN pg_roles p ON p.oid = m.member
                       WHERE g.rolname = v_group AND p.rolname = v_login) THEN
                BEGIN
                    EXECUTE format('REVOKE %I FROM %I', v_group, v_login);
                EXCEPTION WHEN insufficient_privilege THEN
                    RAISE NOTICE '% stays a member of %: % may not change it; a DBA runs REVOKE % FROM %;',
                        v_login, v_group, current_user, v_group, v_login;
                END;
            END IF;
        END LOOP;
    END LOOP;
    FOREACH v_group IN ARRAY ARRAY['venuemap_event_manager', 'venuemap_admin'] LOOP
        CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_group);
        -- Table privileges take the column privileges (users) with them.
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', current_schema(), v_group);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', current_schema(), v_group);
        EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %I FROM %I', current_schema(), v_group);
        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', current_schema(), v_group);
        FOR v_owner IN
            SELECT pg_get_userbyid(defaclrole) FROM pg_default_acl
            WHERE defaclnamespace = current_schema()::regnamespace
        LOOP
            EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I REVOKE ALL ON TABLES FROM %I',
                           v_owner, current_schema(), v_group);
        END LOOP;
    END LOOP;
END;
$$;
DROP FUNCTION venuemap_setup_access();
DROP FUNCTION venuemap_remove_person(uuid);
DROP FUNCTION venuemap_reset_password(uuid, text);
DROP FUNCTION venuemap_set_role(uuid, user_role);
DROP FUNCTION venuemap_set_active(uuid, boolean);
DROP FUNCTION venuemap_claim_first_admin(text, text);
DROP FUNCTION venuemap_add_person(text, text, user_role, text, text);
DROP FUNCTION venuemap_sync_membership(text, user_role, boolean);
DROP POLICY users_update_own ON users;
DROP POLICY users_read_all ON users;
ALTER TABLE users DISABLE ROW LEVEL SECURITY;
DROP TRIGGER activity_logs_stamp_person ON activity_logs;
DROP FUNCTION activity_logs_stamp_person();
DROP TRIGGER users_keep_an_admin ON users;
DROP FUNCTION users_keep_an_admin();
ALTER TABLE users DROP COLUMN db_role;
