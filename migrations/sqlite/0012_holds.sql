-- Holds (issue 14): a project's date ranges (a preferred one and alternates; a multi-day event is
-- a range) and the holds venues place for them: a shortlisted venue, optionally one of its
-- spaces, on one of the project's date ranges, as requested, tentative, first option, second
-- option, confirmed, released or expired, with an expiry date.
--
-- Double booking: two confirmed holds on overlapping dates of the same space, of the whole venue,
-- or of a hall and one of its parts (three levels up or down), or of the whole venue and any of
-- its spaces, are refused by trigger (PostgreSQL: an exclusion constraint and a trigger). SQLite
-- has one writer at a time, so two colleagues confirming at once are serialised.

CREATE TABLE project_dates (
    id           TEXT PRIMARY KEY NOT NULL,
    project_id   TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    starts_on    TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on      TEXT NOT NULL CHECK (date(ends_on) = ends_on),
    is_preferred INTEGER NOT NULL DEFAULT 0 CHECK (is_preferred IN (0, 1)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (ends_on >= starts_on),
    CHECK (julianday(ends_on) - julianday(starts_on) <= 60)
);
CREATE INDEX project_dates_project_idx ON project_dates (project_id, starts_on);
CREATE UNIQUE INDEX project_dates_one_preferred ON project_dates (project_id) WHERE is_preferred = 1;
CREATE UNIQUE INDEX project_dates_range_key ON project_dates (project_id, starts_on, ends_on);

CREATE TABLE holds (
    id               TEXT PRIMARY KEY NOT NULL,
    project_venue_id TEXT NOT NULL REFERENCES project_venues (id) ON DELETE CASCADE,
    venue_id         TEXT NOT NULL REFERENCES venues (id),
    space_id         TEXT REFERENCES venue_spaces (id) ON DELETE SET NULL,
    project_date_id  TEXT NOT NULL REFERENCES project_dates (id) ON DELETE CASCADE,
    starts_on        TEXT NOT NULL,
    ends_on          TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'tentative',
                         'first_option', 'second_option', 'confirmed', 'released', 'expired')),
    expires_on       TEXT CHECK (expires_on IS NULL OR date(expires_on) = expires_on),
    placed_by        TEXT REFERENCES users (id) ON DELETE SET NULL,
    notes            TEXT CHECK (length(notes) <= 20000),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version          INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on),
    CHECK (expires_on IS NULL OR expires_on <= starts_on)
);
CREATE INDEX holds_project_venue_idx ON holds (project_venue_id);
CREATE INDEX holds_venue_dates_idx ON holds (venue_id, starts_on, ends_on);
CREATE INDEX holds_expiry_idx ON holds (expires_on)
    WHERE status IN ('requested', 'tentative', 'first_option', 'second_option');
CREATE INDEX holds_date_idx ON holds (project_date_id);

-- A hold's venue, dates and space agree with its shortlisted venue, its date range and its venue.
CREATE TRIGGER holds_check_insert BEFORE INSERT ON holds
BEGIN
    SELECT RAISE(ABORT, 'the hold''s venue is not its shortlisted venue')
    WHERE NOT EXISTS (SELECT 1 FROM project_venues WHERE id = NEW.project_venue_id AND venue_id = NEW.venue_id);
    SELECT RAISE(ABORT, 'the hold''s dates are not one of its project''s date ranges')
    WHERE NOT EXISTS (SELECT 1 FROM project_dates d JOIN project_venues pv ON pv.project_id = d.project_id
                      WHERE d.id = NEW.project_date_id AND pv.id = NEW.project_venue_id
                        AND d.starts_on = NEW.starts_on AND d.ends_on = NEW.ends_on);
    SELECT RAISE(ABORT, 'the hold''s space is not a space of its venue')
    WHERE NEW.space_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM venue_spaces WHERE id = NEW.space_id AND venue_id = NEW.venue_id);
END;
CREATE TRIGGER holds_check_update BEFORE UPDATE ON holds
BEGIN
    SELECT RAISE(ABORT, 'the hold''s venue is not its shortlisted venue')
    WHERE NOT EXISTS (SELECT 1 FROM project_venues WHERE id = NEW.project_venue_id AND venue_id = NEW.venue_id);
    SELECT RAISE(ABORT, 'the hold''s dates are not one of its project''s date ranges')
    WHERE NOT EXISTS (SELECT 1 FROM project_dates d JOIN project_venues pv ON pv.project_id = d.project_id
                      WHERE d.id = NEW.project_date_id AND pv.id = NEW.project_venue_id
                        AND d.starts_on = NEW.starts_on AND d.ends_on = NEW.ends_on);
    SELECT RAISE(ABORT, 'the hold''s space is not a space of its venue')
    WHERE NEW.space_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM venue_spaces WHERE id = NEW.space_id AND venue_id = NEW.venue_id);
END;

-- Double booking (SQLite allows no WITH inside a trigger: a hall and its parts are followed three
-- levels up and down, deeper than any venue divides its halls).
CREATE TRIGGER holds_no_double_booking_insert BEFORE INSERT ON holds WHEN NEW.status = 'confirmed'
BEGIN
    SELECT RAISE(ABORT, 'double booking: another project has a confirmed hold on these dates')
    WHERE EXISTS (
        SELECT 1 FROM holds h
        LEFT JOIN venue_spaces s1 ON s1.id = NEW.space_id
        LEFT JOIN venue_spaces s2 ON s2.id = s1.parent_space_id
        LEFT JOIN venue_spaces s3 ON s3.id = s2.parent_space_id
        LEFT JOIN venue_spaces t1 ON t1.id = h.space_id
        LEFT JOIN venue_spaces t2 ON t2.id = t1.parent_space_id
        LEFT JOIN venue_spaces t3 ON t3.id = t2.parent_space_id
        WHERE h.venue_id = NEW.venue_id AND h.status = 'confirmed' AND h.id <> NEW.id
          AND h.starts_on <= NEW.ends_on AND NEW.starts_on <= h.ends_on
          AND (h.space_id IS NULL OR NEW.space_id IS NULL OR h.space_id = NEW.space_id
               OR h.space_id IN (s1.parent_space_id, s2.parent_space_id, s3.parent_space_id)
               OR NEW.space_id IN (t1.parent_space_id, t2.parent_space_id, t3.parent_space_id)));
END;
CREATE TRIGGER holds_no_double_booking_update BEFORE UPDATE ON holds WHEN NEW.status = 'confirmed'
BEGIN
    SELECT RAISE(ABORT, 'double booking: another project has a confirmed hold on these dates')
    WHERE EXISTS (
        SELECT 1 FROM holds h
        LEFT JOIN venue_spaces s1 ON s1.id = NEW.space_id
        LEFT JOIN venue_spaces s2 ON s2.id = s1.parent_space_id
        LEFT JOIN venue_spaces s3 ON s3.id = s2.parent_space_id
        LEFT JOIN venue_spaces t1 ON t1.id = h.space_id
        LEFT JOIN venue_spaces t2 ON t2.id = t1.parent_space_id
        LEFT JOIN venue_spaces t3 ON t3.id = t2.parent_space_id
        WHERE h.venue_id = NEW.venue_id AND h.status = 'confirmed' AND h.id <> NEW.id
          AND h.starts_on <= NEW.ends_on AND NEW.starts_on <= h.ends_on
          AND (h.space_id IS NULL OR NEW.space_id IS NULL OR h.space_id = NEW.space_id
               OR h.space_id IN (s1.parent_space_id, s2.parent_space_id, s3.parent_space_id)
               OR NEW.space_id IN (t1.parent_space_id, t2.parent_space_id, t3.parent_space_id)));
END;

-- A date range that moves takes its holds with it.
CREATE TRIGGER project_dates_move_holds AFTER UPDATE OF starts_on, ends_on ON project_dates
BEGIN
    UPDATE holds SET starts_on = NEW.starts_on, ends_on = NEW.ends_on WHERE project_date_id = NEW.id;
END;
