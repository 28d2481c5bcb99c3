-- Rooms and layouts (issue 13): a venue's spaces (rooms, halls, terraces; a divisible hall is the
-- parent of its parts) and each space's capacity per layout. venues.capacity stays, and the
-- database keeps it equal to the largest layout capacity of the venue's spaces whenever the venue
-- has at least one (the agency's existing backend reads venues.capacity); a venue without any
-- layout capacity keeps its own number, and keeps the last number when its spaces go.

CREATE TABLE venue_spaces (
    id               TEXT PRIMARY KEY NOT NULL,
    venue_id         TEXT NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    parent_space_id  TEXT REFERENCES venue_spaces (id) ON DELETE SET NULL,
    name             TEXT NOT NULL CHECK (trim(name) <> '' AND length(name) <= 200),
    floor            TEXT CHECK (length(floor) <= 50),
    area_m2          REAL CHECK (area_m2 >= 0 AND area_m2 <= 1000000),
    ceiling_height_m REAL CHECK (ceiling_height_m >= 0 AND ceiling_height_m <= 100),
    has_daylight     INTEGER CHECK (has_daylight IN (0, 1)),
    notes            TEXT CHECK (length(notes) <= 20000),
    sort_order       INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version          INTEGER NOT NULL DEFAULT 1,
    CHECK (parent_space_id IS NOT id)
);
CREATE UNIQUE INDEX venue_spaces_name_key ON venue_spaces (venue_id, lower(name));
CREATE INDEX venue_spaces_parent_idx ON venue_spaces (parent_space_id) WHERE parent_space_id IS NOT NULL;

CREATE TABLE space_capacities (
    space_id  TEXT NOT NULL REFERENCES venue_spaces (id) ON DELETE CASCADE,
    layout    TEXT NOT NULL CHECK (layout IN ('theatre', 'classroom', 'banquet', 'cabaret', 'reception',
                                              'boardroom', 'u_shape', 'hollow_square')),
    capacity  INTEGER NOT NULL CHECK (typeof(capacity) = 'integer' AND capacity >= 0 AND capacity <= 100000),
    PRIMARY KEY (space_id, layout)
) WITHOUT ROWID;
CREATE INDEX space_capacities_layout_idx ON space_capacities (layout, capacity, space_id);

-- A space's parent is a space of the same venue and never the space itself or one of its parts.
-- A space that moves to another venue leaves its hall, and its parts stay behind on their own.
CREATE TRIGGER venue_spaces_check_parent_insert BEFORE INSERT ON venue_spaces
WHEN new.parent_space_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the parent of a space is not a space of the same venue')
    WHERE NOT EXISTS (SELECT 1 FROM venue_spaces WHERE id = new.parent_space_id AND venue_id = new.venue_id);
    SELECT RAISE(ABORT, 'a space cannot be inside one of its own parts (a parent cycle)')
    WHERE EXISTS (WITH RECURSIVE up (id) AS (
                      SELECT parent_space_id FROM venue_spaces WHERE id = new.parent_space_id
                      UNION
                      SELECT s.parent_space_id FROM venue_spaces s JOIN up ON s.id = up.id)
                  SELECT 1 FROM up WHERE id = new.id);
END;
CREATE TRIGGER venue_spaces_check_parent_update BEFORE UPDATE OF parent_space_id, venue_id ON venue_spaces
WHEN new.parent_space_id IS NOT NULL
     AND NOT (new.venue_id <> old.venue_id AND new.parent_space_id IS old.parent_space_id)
BEGIN
    SELECT RAISE(ABORT, 'the parent of a space is not a space of the same venue')
    WHERE NOT EXISTS (SELECT 1 FROM venue_spaces WHERE id = new.parent_space_id AND venue_id = new.venue_id);
    SELECT RAISE(ABORT, 'a space cannot be inside one of its own parts (a parent cycle)')
    WHERE new.parent_space_id = new.id
       OR EXISTS (WITH RECURSIVE up (id) AS (
                      SELECT parent_space_id FROM venue_spaces WHERE id = new.parent_space_id
                      UNION
                      SELECT s.parent_space_id FROM venue_spaces s JOIN up ON s.id = up.id)
                  SELECT 1 FROM up WHERE id = new.id);
END;
CREATE TRIGGER venue_spaces_detach_parts AFTER UPDATE OF venue_id ON venue_spaces
WHEN new.venue_id <> old.venue_id
BEGIN
    UPDATE venue_spaces SET parent_space_id = NULL
    WHERE (id = new.id OR parent_space_id = new.id)
      AND parent_space_id IS NOT NULL
      AND venue_id <> (SELECT p.venue_id FROM venue_spaces p WHERE p.id = venue_spaces.parent_space_id);
END;

-- venues.capacity = the largest layout capacity of the venue's spaces, when there is one. Each
-- trigger below runs the same statement for the venue (or venues) a change touches.
CREATE TRIGGER space_capacities_venue_capacity_insert AFTER INSERT ON space_capacities
BEGIN
    UPDATE venues SET capacity = (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                                  WHERE s.venue_id = venues.id)
    WHERE id = (SELECT venue_id FROM venue_spaces WHERE id = new.space_id)
      AND capacity IS NOT (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                           WHERE s.venue_id = venues.id)
      AND EXISTS (SELECT 1 FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id WHERE s.venue_id = venues.id);
END;
CREATE TRIGGER space_capacities_venue_capacity_update AFTER UPDATE ON space_capacities
BEGIN
    UPDATE venues SET capacity = (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                                  WHERE s.venue_id = venues.id)
    WHERE id IN (SELECT venue_id FROM venue_spaces WHERE id IN (old.space_id, new.space_id))
      AND capacity IS NOT (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                           WHERE s.venue_id = venues.id)
      AND EXISTS (SELECT 1 FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id WHERE s.venue_id = venues.id);
END;
CREATE TRIGGER space_capacities_venue_capacity_delete AFTER DELETE ON space_capacities
BEGIN
    UPDATE venues SET capacity = (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                                  WHERE s.venue_id = venues.id)
    WHERE id = (SELECT venue_id FROM venue_spaces WHERE id = old.space_id)
      AND capacity IS NOT (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                           WHERE s.venue_id = venues.id)
      AND EXISTS (SELECT 1 FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id WHERE s.venue_id = venues.id);
END;
CREATE TRIGGER venue_spaces_venue_capacity_update AFTER UPDATE OF venue_id ON venue_spaces
WHEN new.venue_id <> old.venue_id
BEGIN
    UPDATE venues SET capacity = (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                                  WHERE s.venue_id = venues.id)
    WHERE id IN (old.venue_id, new.venue_id)
      AND capacity IS NOT (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                           WHERE s.venue_id = venues.id)
      AND EXISTS (SELECT 1 FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id WHERE s.venue_id = venues.id);
END;
CREATE TRIGGER venue_spaces_venue_capacity_delete AFTER DELETE ON venue_spaces
BEGIN
    UPDATE venues SET capacity = (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                                  WHERE s.venue_id = venues.id)
    WHERE id = old.venue_id
      AND capacity IS NOT (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                           WHERE s.venue_id = venues.id)
      AND EXISTS (SELECT 1 FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id WHERE s.venue_id = venues.id);
END;
-- A venue with layout capacities keeps their largest as its capacity, whatever an UPDATE of
-- venues says (an editor of the venue alone, or the existing backend, cannot make it disagree).
CREATE TRIGGER venues_capacity_from_spaces AFTER UPDATE OF capacity ON venues
WHEN EXISTS (SELECT 1 FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id WHERE s.venue_id = new.id)
     AND new.capacity IS NOT (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                              WHERE s.venue_id = new.id)
BEGIN
    UPDATE venues SET capacity = (SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
                                  WHERE s.venue_id = new.id)
    WHERE id = new.id;
END;
