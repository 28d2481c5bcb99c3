-- Project settings and archive (issue 14): the currency a project's money is in (ISO 4217), the
-- language its client documents are written in, and an archive that is separate from the status,
-- so restoring a project gives back the status it had.
--
-- An archived project is read-only, and the database says so: its row, its shortlist, its date
-- ranges and its holds refuse every change until it is restored. Restoring (archived_at back to
-- NULL with nothing else of the project changed) is the one write an archived project accepts.
-- archived_by has no REFERENCES here: SQLite cannot drop a column with a foreign key (down step).

ALTER TABLE projects ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR'
    CHECK (length(currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]');
ALTER TABLE projects ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (length(language) = 2 AND language GLOB '[a-z][a-z]');
ALTER TABLE projects ADD COLUMN archived_at TEXT;
ALTER TABLE projects ADD COLUMN archived_by TEXT;

-- The default list (not archived) stays index-driven: its order and its status filter.
CREATE INDEX projects_current_date_idx ON projects (event_date, id) WHERE archived_at IS NULL;
CREATE INDEX projects_current_status_idx ON projects (status, event_date) WHERE archived_at IS NULL;
CREATE INDEX projects_archived_idx ON projects (archived_at) WHERE archived_at IS NOT NULL;

CREATE TRIGGER projects_archived_update BEFORE UPDATE ON projects
WHEN OLD.archived_at IS NOT NULL
 AND NOT (NEW.archived_at IS NULL
      AND NEW.id IS OLD.id AND NEW.client_name IS OLD.client_name
      AND NEW.event_name IS OLD.event_name AND NEW.status IS OLD.status
      AND NEW.event_date IS OLD.event_date AND NEW.attendees IS OLD.attendees
      AND NEW.city IS OLD.city AND NEW.budget IS OLD.budget AND NEW.notes IS OLD.notes
      AND NEW.required_facilities IS OLD.required_facilities
      AND NEW.main_layout IS OLD.main_layout AND NEW.breakout_rooms IS OLD.breakout_rooms
      AND NEW.breakout_capacity IS OLD.breakout_capacity
      AND NEW.breakout_layout IS OLD.breakout_layout
      AND NEW.currency IS OLD.currency AND NEW.language IS OLD.language
      AND NEW.created_by IS OLD.created_by AND NEW.created_at IS OLD.created_at)
BEGIN
    SELECT RAISE(ABORT, 'the project is archived; restore it to change it');
END;
CREATE TRIGGER projects_archived_delete BEFORE DELETE ON projects
WHEN OLD.archived_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the project is archived; restore it to change it');
END;

CREATE TRIGGER project_venues_archived_insert BEFORE INSERT ON project_venues
WHEN EXISTS (SELECT 1 FROM projects WHERE id = NEW.project_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the project is archived; restore it to change it');
END;
CREATE TRIGGER project_venues_archived_update BEFORE UPDATE ON project_venues
WHEN EXISTS (SELECT 1 FROM projects WHERE id IN (NEW.project_id, OLD.project_id) AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the project is archived; restore it to change it');
END;
CREATE TRIGGER project_venues_archived_delete BEFORE DELETE ON project_venues
WHEN EXISTS (SELECT 1 FROM projects WHERE id = OLD.project_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the project is archived; restore it to change it');
END;

CREATE TRIGGER project_dates_archived_insert BEFORE INSERT ON project_dates
WHEN EXISTS (SELECT 1 FROM projects WHERE id = NEW.project_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the project is archived; restore it to change it');
END;
CREATE TRIGGER project_dates_archived_update BEFORE UPDATE ON project_dates
WHEN EXISTS (SELECT 1 FROM projects WHERE id IN (NEW.project_id, OLD.project_id) AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the project is archived; restore it to change it');
END;
CREATE TRIGGER project_dates_archived_delete BEFORE DELETE ON project_dates
WHEN EXISTS (SELECT 1 FROM projects WHERE id = OLD.project_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the project is archived; restore it to change it');
END;

CREATE TRIGGER holds_archived_insert BEFORE INSERT ON holds
WHEN EXISTS (SELECT 1 FROM project_venues pv JOIN projects p ON p.id = pv.project_id
             WHERE pv.id = NEW.project_venue_id AND p.archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the project is archived; restore it to change it');
END;
CREATE TRIGGER holds_archived_update BEFORE UPDATE ON holds
WHEN EXISTS (SELECT 1 FROM project_venues pv JOIN projects p ON p.id = pv.project_id
             WHERE pv.id IN (NEW.project_venue_id, OLD.project_venue_id) AND p.archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the project is archived; restore it to change it');
END;
CREATE TRIGGER holds_archived_delete BEFORE DELETE ON holds
WHEN EXISTS (SELECT 1 FROM project_venues pv JOIN projects p ON p.id = pv.project_id
             WHERE pv.id = OLD.project_venue_id AND p.archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the project is archived; restore it to change it');
END;
