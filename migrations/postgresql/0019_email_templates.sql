-- Editable outreach email templates (issue 15): the subject and body of the email to a venue, per
-- language of client documents and per kind ('request': the availability and quote request;
-- 'chase': the reminder to a venue that has not answered), shared by the whole team. A language
-- and kind without a row uses the app's built-in text in that language.
--
-- Everybody signed in reads them; only this database's admins write them. The grants say so,
-- and a trigger says it again whatever the grants become (venuemap_setup_access() run again
-- gives event managers every right on every table): an event manager's INSERT, UPDATE or DELETE
-- is refused (42501). The database stamps updated_at, and updated_by with the person signed in
-- when the login is one of its people. version is optimistic locking, bumped by each UPDATE.

CREATE TABLE email_templates (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    language   text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
    kind       text NOT NULL CHECK (kind IN ('request', 'chase')),
    subject    text NOT NULL CHECK (btrim(subject) <> '' AND char_length(subject) <= 255
                                    AND strpos(subject, E'\n') = 0),
    body       text NOT NULL CHECK (btrim(body) <> '' AND char_length(body) <= 20000),
    version    integer NOT NULL DEFAULT 1,
    updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT email_templates_one_per_language UNIQUE (language, kind)
);

CREATE FUNCTION email_templates_admins_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_person uuid;
BEGIN
    SELECT id INTO v_person FROM users WHERE db_role = session_user;
    IF NOT (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
            OR pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
            OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'email_templates'::regclass), 'MEMBER')
            OR EXISTS (SELECT 1 FROM users WHERE db_role = session_user AND role = 'admin' AND is_active)) THEN
        RAISE EXCEPTION 'only an admin changes the email templates' USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    NEW.updated_at := now();
    NEW.updated_by := coalesce(v_person, NEW.updated_by);
    RETURN NEW;
END;
$$;
-- Not on updated_by alone: removing a person sets it to NULL (ON DELETE SET NULL).
CREATE TRIGGER email_templates_admins_only
    BEFORE INSERT OR DELETE OR UPDATE OF id, language, kind, subject, body, version ON email_templates
    FOR EACH ROW EXECUTE FUNCTION email_templates_admins_only();

-- Colleagues' changes, live, like the other tables (0013's function).
CREATE TRIGGER email_templates_notify_insert AFTER INSERT ON email_templates
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION venuemap_notify_changes();
CREATE TRIGGER email_templates_notify_update AFTER UPDATE ON email_templates
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION venuemap_notify_changes();
CREATE TRIGGER email_templates_notify_delete AFTER DELETE ON email_templates
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION venuemap_notify_changes();

REVOKE ALL ON FUNCTION email_templates_admins_only() FROM PUBLIC;
REVOKE ALL ON email_templates FROM PUBLIC;
DO $$
DECLARE
    v_manager text := venuemap_group('event_manager');
    v_admin text := venuemap_group('admin');
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_manager) THEN
        -- The default privileges of 0007 gave the group every right on a new table: read only.
        EXECUTE format('REVOKE ALL ON email_templates FROM %I', v_manager);
        EXECUTE format('GRANT SELECT ON email_templates TO %I', v_manager);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_admin) THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON email_templates TO %I', v_admin);
    END IF;
END;
$$;
