-- Project settings and archive (issue 14): the currency a project's money is in (ISO 4217), the
-- language its client documents are written in, and an archive that is separate from the status,
-- so restoring a project gives back the status it had.
--
-- An archived project is read-only, and the database says so: its row, its shortlist, its date
-- ranges and its holds refuse every change until it is restored. Restoring (archived_at back to
-- NULL with nothing else of the project changed) is the one write an archived project accepts.

ALTER TABLE projects ADD COLUMN currency text NOT NULL DEFAULT 'EUR'
    CHECK (currency ~ '^[A-Z]{3}$');
ALTER TABLE projects ADD COLUMN language text NOT NULL DEFAULT 'en'
    CHECK (language ~ '^[a-z]{2}$');
ALTER TABLE projects ADD COLUMN archived_at timestamptz;
ALTER TABLE projects ADD COLUMN archived_by uuid REFERENCES users (id) ON DELETE SET NULL;

-- The default list (not archived) stays index-driven: its order and its status filter.
CREATE INDEX projects_current_date_idx ON projects (event_date, id) WHERE archived_at IS NULL;
CREATE INDEX projects_current_status_idx ON projects (status, event_date) WHERE archived_at IS NULL;
CREATE INDEX projects_archived_idx ON projects (archived_at) WHERE archived_at IS NOT NULL;

CREATE FUNCTION projects_archived_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'the project is archived; restore it to change it' USING ERRCODE = '55000';
    END IF;
    -- Restoring: archived_at goes back to NULL and nothing else of the project changes.
    IF NEW.archived_at IS NULL
       AND (to_jsonb(NEW) - 'archived_at' - 'archived_by' - 'updated_at' - 'version')
           = (to_jsonb(OLD) - 'archived_at' - 'archived_by' - 'updated_at' - 'version') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the project is archived; restore it to change it' USING ERRCODE = '55000';
END;
$$;
CREATE TRIGGER projects_archived_guard
    BEFORE UPDATE OR DELETE ON projects
    FOR EACH ROW WHEN (OLD.archived_at IS NOT NULL)
    EXECUTE FUNCTION projects_archived_guard();

-- The shortlist, the date ranges and the holds of an archived project.
CREATE FUNCTION project_parts_archived_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_projects uuid[];
BEGIN
    IF TG_TABLE_NAME = 'holds' THEN
        SELECT array_agg(pv.project_id) INTO v_projects FROM project_venues pv
        WHERE pv.id IN (CASE WHEN TG_OP <> 'DELETE' THEN NEW.project_venue_id END,
                        CASE WHEN TG_OP <> 'INSERT' THEN OLD.project_venue_id END);
    ELSIF TG_OP = 'INSERT' THEN
        v_projects := ARRAY[NEW.project_id];
    ELSIF TG_OP = 'DELETE' THEN
        v_projects := ARRAY[OLD.project_id];
    ELSE
        v_projects := ARRAY[NEW.project_id, OLD.project_id];
    END IF;
    IF EXISTS (SELECT 1 FROM projects p WHERE p.id = ANY (v_projects) AND p.archived_at IS NOT NULL) THEN
        RAISE EXCEPTION 'the project is archived; restore it to change it' USING ERRCODE = '55000';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER project_venues_archived_guard
    BEFORE INSERT OR UPDATE OR DELETE ON project_venues
    FOR EACH ROW EXECUTE FUNCTION project_parts_archived_guard();
CREATE TRIGGER project_dates_archived_guard
    BEFORE INSERT OR UPDATE OR DELETE ON project_dates
    FOR EACH ROW EXECUTE FUNCTION project_parts_archived_guard();
CREATE TRIGGER holds_archived_guard
    BEFORE INSERT OR UPDATE OR DELETE ON holds
    FOR EACH ROW EXECUTE FUNCTION project_parts_archived_guard();

REVOKE ALL ON FUNCTION projects_archived_guard() FROM PUBLIC;
REVOKE ALL ON FUNCTION project_parts_archived_guard() FROM PUBLIC;
