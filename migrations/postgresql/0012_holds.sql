-- Holds (issue 14): a project's date ranges (a preferred one and alternates; a multi-day event is
-- a range) and the holds venues place for them: a shortlisted venue, optionally one of its
-- spaces, on one of the project's date ranges, as requested, tentative, first option, second
-- option, confirmed, released or expired, with an expiry date.
--
-- Double booking: two confirmed holds on overlapping dates of the same space, of the whole venue,
-- or of a hall and one of its parts (or of the whole venue and any of its spaces) are refused by
-- the database itself. The same space (or the whole venue twice) by an exclusion constraint; a
-- hall and its parts, or the whole venue and a space, by a trigger that first locks the venue's
-- row, so two colleagues confirming at the same moment are serialised and exactly one succeeds.
-- Overlapping options are allowed: they compete.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE hold_status AS ENUM
    ('requested', 'tentative', 'first_option', 'second_option', 'confirmed', 'released', 'expired');

CREATE TABLE project_dates (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id   uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    starts_on    date NOT NULL,
    ends_on      date NOT NULL,
    is_preferred boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on),
    CHECK (ends_on - starts_on <= 60)
);
CREATE INDEX project_dates_project_idx ON project_dates (project_id, starts_on);
CREATE UNIQUE INDEX project_dates_one_preferred ON project_dates (project_id) WHERE is_preferred;
CREATE UNIQUE INDEX project_dates_range_key ON project_dates (project_id, starts_on, ends_on);

CREATE TABLE holds (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_venue_id uuid NOT NULL REFERENCES project_venues (id) ON DELETE CASCADE,
    venue_id         uuid NOT NULL REFERENCES venues (id),
    space_id         uuid REFERENCES venue_spaces (id) ON DELETE SET NULL,
    project_date_id  uuid NOT NULL REFERENCES project_dates (id) ON DELETE CASCADE,
    starts_on        date NOT NULL,
    ends_on          date NOT NULL,
    status           hold_status NOT NULL DEFAULT 'requested',
    expires_on       date,
    placed_by        uuid REFERENCES users (id) ON DELETE SET NULL,
    notes            text CHECK (char_length(notes) <= 20000),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on),
    CHECK (expires_on IS NULL OR expires_on <= starts_on),
    -- The same space (or the whole venue, space_id NULL) confirmed twice on overlapping dates.
    CONSTRAINT holds_no_double_booking EXCLUDE USING gist (
        venue_id WITH =,
        (coalesce(space_id, '00000000-0000-0000-0000-000000000000'::uuid)) WITH =,
        daterange(starts_on, ends_on, '[]') WITH &&)
        WHERE (status = 'confirmed')
);
CREATE INDEX holds_project_venue_idx ON holds (project_venue_id);
-- A venue's calendar: its holds by date.
CREATE INDEX holds_venue_dates_idx ON holds (venue_id, starts_on, ends_on);
-- Expiring holds: the live ones by expiry date.
CREATE INDEX holds_expiry_idx ON holds (expires_on)
    WHERE status IN ('requested', 'tentative', 'first_option', 'second_option');
CREATE INDEX holds_date_idx ON holds (project_date_id);

-- A hold's venue is its shortlisted venue's, its dates its date range's (a hold outside the
-- project's date ranges cannot be written), its space one of that venue's, and its date range one
-- of the same project's. Then the double-booking rule beyond the same space.
CREATE FUNCTION holds_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_project uuid;
    v_other   text;
BEGIN
    SELECT pv.venue_id, pv.project_id INTO NEW.venue_id, v_project
    FROM project_venues pv WHERE pv.id = NEW.project_venue_id;
    SELECT d.starts_on, d.ends_on INTO NEW.starts_on, NEW.ends_on
    FROM project_dates d WHERE d.id = NEW.project_date_id AND d.project_id = v_project;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the hold''s dates are not one of its project''s date ranges'
            USING ERRCODE = '23514';
    END IF;
    IF NEW.space_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM venue_spaces s WHERE s.id = NEW.space_id AND s.venue_id = NEW.venue_id) THEN
        RAISE EXCEPTION 'the hold''s space is not a space of its venue' USING ERRCODE = '23514';
    END IF;
    IF NEW.expires_on IS NOT NULL AND NEW.expires_on > NEW.starts_on THEN
        RAISE EXCEPTION 'a hold cannot expire after its first day' USING ERRCODE = '23514';
    END IF;
    IF NEW.status = 'confirmed' THEN
        -- Two colleagues confirming holds at one venue at the same moment wait for each other.
        PERFORM 1 FROM venues WHERE id = NEW.venue_id FOR UPDATE;
        SELECT p.client_name || ' — ' || p.event_name INTO v_other
        FROM holds h
        JOIN project_venues pv ON pv.id = h.project_venue_id
        JOIN projects p ON p.id = pv.project_id
        WHERE h.venue_id = NEW.venue_id AND h.status = 'confirmed' AND h.id <> NEW.id
          AND h.starts_on <= NEW.ends_on AND NEW.starts_on <= h.ends_on
          AND (h.space_id IS NULL OR NEW.space_id IS NULL OR h.space_id = NEW.space_id
               OR h.space_id IN (WITH RECURSIVE up (id) AS (
                       SELECT parent_space_id FROM venue_spaces WHERE id = NEW.space_id
                       UNION SELECT s.parent_space_id FROM venue_spaces s JOIN up ON s.id = up.id)
                   SELECT id FROM up WHERE id IS NOT NULL)
               OR NEW.space_id IN (WITH RECURSIVE up (id) AS (
                       SELECT parent_space_id FROM venue_spaces WHERE id = h.space_id
                       UNION SELECT s.parent_space_id FROM venue_spaces s JOIN up ON s.id = up.id)
                   SELECT id FROM up WHERE id IS NOT NULL))
        LIMIT 1;
        IF v_other IS NOT NULL THEN
            RAISE EXCEPTION 'double booking: % has a confirmed hold on these dates', v_other
                USING ERRCODE = '23P01', CONSTRAINT = 'holds_no_double_booking';
        END IF;
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER holds_check
    BEFORE INSERT OR UPDATE ON holds
    FOR EACH ROW EXECUTE FUNCTION holds_check();

-- A date range that moves takes its holds with it (the check above runs again for each).
CREATE FUNCTION project_dates_move_holds() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE holds SET starts_on = NEW.starts_on, ends_on = NEW.ends_on WHERE project_date_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER project_dates_move_holds
    AFTER UPDATE OF starts_on, ends_on ON project_dates
    FOR EACH ROW EXECUTE FUNCTION project_dates_move_holds();

REVOKE ALL ON FUNCTION holds_check() FROM PUBLIC;
REVOKE ALL ON FUNCTION project_dates_move_holds() FROM PUBLIC;
REVOKE ALL ON project_dates, holds FROM PUBLIC;
DO $$
DECLARE
    v_manager text := venuemap_group('event_manager');
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_manager) THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON project_dates, holds TO %I', v_manager);
    END IF;
END;
$$;
