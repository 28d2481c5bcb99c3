-- Attachments (issue 14): files kept with a venue (its brochure, floor plans, insurance
-- certificates) or with a venue on a project's shortlist (the contract, the quote's PDF), stored
-- in the database like photos so every colleague sees them. Exactly one of venue_id and
-- project_venue_id is set.
--
-- The app never deletes a file: removing one marks it deleted (is_deleted, deleted_at,
-- deleted_by) and the row stays. Event managers may add files and mark them deleted, nothing
-- else: no DELETE, and UPDATE of the three soft-delete columns only. A shortlisted venue that
-- still holds files cannot be taken off its shortlist (its files would go with it); the files it
-- held and that were removed go to the venue's own files when it leaves (still removed).
--
-- The size limit (25 MB) is the database's too, and byte_size is the content's true length.
-- The kind is text with a CHECK rather than an enum type, so that a later migration can add one
-- without ALTER TYPE.

CREATE TABLE attachments (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    venue_id         uuid REFERENCES venues (id) ON DELETE CASCADE,
    project_venue_id uuid REFERENCES project_venues (id) ON DELETE RESTRICT,
    file_name        text NOT NULL CHECK (btrim(file_name) <> '' AND char_length(file_name) <= 255),
    mime_type        text NOT NULL CHECK (btrim(mime_type) <> '' AND char_length(mime_type) <= 255),
    byte_size        bigint NOT NULL CHECK (byte_size > 0 AND byte_size <= 26214400),
    content          bytea NOT NULL,
    kind             text NOT NULL DEFAULT 'other' CHECK (kind IN ('contract', 'floor_plan',
                         'insurance_certificate', 'venue_brochure', 'other')),
    note             text CHECK (char_length(note) <= 2000),
    created_by       uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    is_deleted       boolean NOT NULL DEFAULT false,
    deleted_at       timestamptz,
    deleted_by       uuid REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT attachments_one_owner CHECK ((venue_id IS NULL) <> (project_venue_id IS NULL)),
    CONSTRAINT attachments_true_size CHECK (octet_length(content) = byte_size),
    CONSTRAINT attachments_deleted_when CHECK (is_deleted = (deleted_at IS NOT NULL))
);
-- The lists: a venue's files and a shortlisted venue's files, newest first.
CREATE INDEX attachments_venue_idx ON attachments (venue_id, created_at) WHERE venue_id IS NOT NULL;
CREATE INDEX attachments_project_venue_idx ON attachments (project_venue_id, created_at)
    WHERE project_venue_id IS NOT NULL;

-- Taking a venue off a shortlist: refused while it has files there; its removed files move to the
-- venue (run as the owner: event managers cannot change a file's owner themselves).
CREATE FUNCTION attachments_leave_shortlist() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM attachments WHERE project_venue_id = OLD.id AND NOT is_deleted) THEN
        RAISE EXCEPTION 'the venue has files on this shortlist; remove them first'
            USING ERRCODE = '23503';
    END IF;
    UPDATE attachments SET venue_id = OLD.venue_id, project_venue_id = NULL
    WHERE project_venue_id = OLD.id;
    RETURN OLD;
END;
$$;
CREATE TRIGGER attachments_leave_shortlist
    BEFORE DELETE ON project_venues
    FOR EACH ROW EXECUTE FUNCTION attachments_leave_shortlist();

REVOKE ALL ON FUNCTION attachments_leave_shortlist() FROM PUBLIC;
REVOKE ALL ON attachments FROM PUBLIC;
DO $$
DECLARE
    v_manager text := venuemap_group('event_manager');
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_manager) THEN
        -- The default privileges of 0007 gave the group every right on a new table: take back
        -- what the app never does.
        EXECUTE format('REVOKE ALL ON attachments FROM %I', v_manager);
        EXECUTE format('GRANT SELECT, INSERT ON attachments TO %I', v_manager);
        EXECUTE format('GRANT UPDATE (is_deleted, deleted_at, deleted_by) ON attachments TO %I', v_manager);
    END IF;
END;
$$;
