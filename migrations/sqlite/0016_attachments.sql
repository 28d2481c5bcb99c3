-- Attachments (issue 14): files kept with a venue (its brochure, floor plans, insurance
-- certificates) or with a venue on a project's shortlist (the contract, the quote's PDF), stored
-- in the database like photos so every colleague sees them. Exactly one of venue_id and
-- project_venue_id is set.
--
-- The app never deletes a file: removing one marks it deleted (is_deleted, deleted_at,
-- deleted_by) and the row stays. A shortlisted venue that still holds files cannot be taken off
-- its shortlist (its files would go with it); the files it held and that were removed go to the
-- venue's own files when it leaves (still removed). The size limit (25 MB) is the database's
-- too, and byte_size is the content's true length.

CREATE TABLE attachments (
    id               TEXT PRIMARY KEY NOT NULL,
    venue_id         TEXT REFERENCES venues (id) ON DELETE CASCADE,
    project_venue_id TEXT REFERENCES project_venues (id) ON DELETE RESTRICT,
    file_name        TEXT NOT NULL CHECK (trim(file_name) <> '' AND length(file_name) <= 255),
    mime_type        TEXT NOT NULL CHECK (trim(mime_type) <> '' AND length(mime_type) <= 255),
    byte_size        INTEGER NOT NULL CHECK (byte_size > 0 AND byte_size <= 26214400),
    content          BLOB NOT NULL CHECK (typeof(content) = 'blob'),
    kind             TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('contract', 'floor_plan',
                         'insurance_certificate', 'venue_brochure', 'other')),
    note             TEXT CHECK (length(note) <= 2000),
    created_by       TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    is_deleted       INTEGER NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1)),
    deleted_at       TEXT,
    deleted_by       TEXT REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT attachments_one_owner CHECK ((venue_id IS NULL) <> (project_venue_id IS NULL)),
    CONSTRAINT attachments_true_size CHECK (length(content) = byte_size),
    CONSTRAINT attachments_deleted_when CHECK (is_deleted = (deleted_at IS NOT NULL))
);
CREATE INDEX attachments_venue_idx ON attachments (venue_id, created_at) WHERE venue_id IS NOT NULL;
CREATE INDEX attachments_project_venue_idx ON attachments (project_venue_id, created_at)
    WHERE project_venue_id IS NOT NULL;

CREATE TRIGGER attachments_leave_shortlist BEFORE DELETE ON project_venues
BEGIN
    SELECT RAISE(ABORT, 'the venue has files on this shortlist; remove them first')
    WHERE EXISTS (SELECT 1 FROM attachments WHERE project_venue_id = OLD.id AND is_deleted = 0);
    UPDATE attachments SET venue_id = OLD.venue_id, project_venue_id = NULL
    WHERE project_venue_id = OLD.id;
END;
