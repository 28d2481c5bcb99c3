-- Rooms and layouts (issue 13): a venue's spaces (rooms, halls, terraces; a divisible hall is the
-- parent of its parts) and each space's capacity per layout. venues.capacity stays, and the
-- database keeps it equal to the largest layout capacity of the venue's spaces whenever the venue
-- has at least one (the agency's existing backend reads venues.capacity); a venue without any
-- layout capacity keeps its own number, and keeps the last number when its spaces go.

CREATE TYPE space_layout AS ENUM
    ('theatre', 'classroom', 'banquet', 'cabaret', 'reception', 'boardroom', 'u_shape', 'hollow_square');

CREATE TABLE venue_spaces (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    venue_id         uuid NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    parent_space_id  uuid REFERENCES venue_spaces (id) ON DELETE SET NULL,
    name             text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 200),
    floor            text CHECK (char_length(floor) <= 50),
    area_m2          double precision CHECK (area_m2 >= 0 AND area_m2 <= 1000000),
    ceiling_height_m double precision CHECK (ceiling_height_m >= 0 AND ceiling_height_m <= 100),
    has_daylight     boolean,
    notes            text CHECK (char_length(notes) <= 20000),
    sort_order       integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer NOT NULL DEFAULT 1,
    CHECK (parent_space_id IS DISTINCT FROM id)
);
CREATE UNIQUE INDEX venue_spaces_name_key ON venue_spaces (venue_id, lower(name));
CREATE INDEX venue_spaces_parent_idx ON venue_spaces (parent_space_id) WHERE parent_space_id IS NOT NULL;

CREATE TABLE space_capacities (
    space_id  uuid NOT NULL REFERENCES venue_spaces (id) ON DELETE CASCADE,
    layout    space_layout NOT NULL,
    capacity  integer NOT NULL CHECK (capacity >= 0 AND capacity <= 100000),
    PRIMARY KEY (space_id, layout)
);
-- Layout search ("a space seating >= N theatre-style"): the matching spaces from this index, their
-- venues through venue_spaces' primary key.
CREATE INDEX space_capacities_layout_idx ON space_capacities (layout, capacity, space_id);

-- A space's parent is a space of the same venue and never the space itself or one of its parts.
-- A space that moves to another venue leaves its hall, and its parts stay behind on their own.
CREATE FUNCTION venue_spaces_check_parent() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.venue_id <> OLD.venue_id
       AND NEW.parent_space_id IS NOT DISTINCT FROM OLD.parent_space_id THEN
        NEW.parent_space_id := NULL;
    END IF;
    IF NEW.parent_space_id IS NULL THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM venue_spaces WHERE id = NEW.parent_space_id AND venue_id = NEW.venue_id) THEN
        RAISE EXCEPTION 'the parent of space "%" is not a space of the same venue', NEW.name
            USING ERRCODE = '23514';
    END IF;
    IF NEW.parent_space_id = NEW.id OR EXISTS (
        WITH RECURSIVE up (id) AS (
            SELECT parent_space_id FROM venue_spaces WHERE id = NEW.parent_space_id
            UNION
            SELECT s.parent_space_id FROM venue_spaces s JOIN up ON s.id = up.id)
        SELECT 1 FROM up WHERE id = NEW.id) THEN
        RAISE EXCEPTION 'space "%" cannot be inside one of its own parts (a parent cycle)', NEW.name
            USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER venue_spaces_check_parent
    BEFORE INSERT OR UPDATE OF parent_space_id, venue_id ON venue_spaces
    FOR EACH ROW EXECUTE FUNCTION venue_spaces_check_parent();

CREATE FUNCTION venue_spaces_detach_parts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE venue_spaces SET parent_space_id = NULL
    WHERE parent_space_id = NEW.id AND venue_id <> NEW.venue_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER venue_spaces_detach_parts
    AFTER UPDATE OF venue_id ON venue_spaces
    FOR EACH ROW WHEN (NEW.venue_id <> OLD.venue_id) EXECUTE FUNCTION venue_spaces_detach_parts();

-- venues.capacity = the largest layout capacity of the venue's spaces, when there is one. The
-- triggers are per statement, over the rows the statement changed (a bulk load of a million
-- venues' spaces recomputes each venue once per statement, not once per row).
CREATE FUNCTION venuemap_space_capacity(p_venue uuid) RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT max(c.capacity) FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
    WHERE s.venue_id = p_venue
$$;

CREATE FUNCTION venuemap_refresh_venue_capacities(p_venues uuid[]) RETURNS void
LANGUAGE sql SET search_path = pg_catalog, public, pg_temp AS $$
    UPDATE venues v SET capacity = m.capacity
    FROM (SELECT s.venue_id, max(c.capacity) AS capacity
          FROM venue_spaces s JOIN space_capacities c ON c.space_id = s.id
          WHERE s.venue_id = ANY (p_venues)
          GROUP BY s.venue_id) m
    WHERE v.id = m.venue_id AND v.capacity IS DISTINCT FROM m.capacity
$$;

CREATE FUNCTION space_capacities_keep_venue_capacity() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM venuemap_refresh_venue_capacities(ARRAY(
            SELECT DISTINCT s.venue_id FROM venue_spaces s WHERE s.id IN (SELECT space_id FROM new_rows)));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM venuemap_refresh_venue_capacities(ARRAY(
            SELECT DISTINCT s.venue_id FROM venue_spaces s
            WHERE s.id IN (SELECT space_id FROM new_rows UNION SELECT space_id FROM old_rows)));
    ELSE
        PERFORM venuemap_refresh_venue_capacities(ARRAY(
            SELECT DISTINCT s.venue_id FROM venue_spaces s WHERE s.id IN (SELECT space_id FROM old_rows)));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER space_capacities_insert_keep_venue_capacity
    AFTER INSERT ON space_capacities REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION space_capacities_keep_venue_capacity();
CREATE TRIGGER space_capacities_update_keep_venue_capacity
    AFTER UPDATE ON space_capacities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION space_capacities_keep_venue_capacity();
CREATE TRIGGER space_capacities_delete_keep_venue_capacity
    AFTER DELETE ON space_capacities REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION space_capacities_keep_venue_capacity();

-- A space that moves to another venue or goes: both venues are recomputed (a space's
-- capacities that go with it by cascade find no space any more, so its venue comes from here).
CREATE FUNCTION venue_spaces_keep_venue_capacity() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM venuemap_refresh_venue_capacities(ARRAY(
            SELECT unnest(ARRAY[o.venue_id, n.venue_id])
            FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.venue_id <> o.venue_id));
    ELSE
        PERFORM venuemap_refresh_venue_capacities(ARRAY(SELECT DISTINCT venue_id FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER venue_spaces_update_keep_venue_capacity
    AFTER UPDATE ON venue_spaces REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION venue_spaces_keep_venue_capacity();
CREATE TRIGGER venue_spaces_delete_keep_venue_capacity
    AFTER DELETE ON venue_spaces REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION venue_spaces_keep_venue_capacity();

-- A venue with layout capacities keeps their largest as its capacity, whatever an UPDATE of
-- venues says (an editor of the venue alone, or the existing backend, cannot make it disagree).
CREATE FUNCTION venues_capacity_from_spaces() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_capacity integer := venuemap_space_capacity(NEW.id);
BEGIN
    IF v_capacity IS NOT NULL THEN
        NEW.capacity := v_capacity;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER venues_capacity_from_spaces
    BEFORE UPDATE OF capacity ON venues
    FOR EACH ROW WHEN (NEW.capacity IS DISTINCT FROM OLD.capacity)
    EXECUTE FUNCTION venues_capacity_from_spaces();

-- Access (0007): this database's event managers read and write spaces; nobody else does, and
-- the new functions are nobody's to call directly.
REVOKE ALL ON FUNCTION venue_spaces_check_parent() FROM PUBLIC;
REVOKE ALL ON FUNCTION venue_spaces_detach_parts() FROM PUBLIC;
REVOKE ALL ON FUNCTION space_capacities_keep_venue_capacity() FROM PUBLIC;
REVOKE ALL ON FUNCTION venue_spaces_keep_venue_capacity() FROM PUBLIC;
REVOKE ALL ON FUNCTION venues_capacity_from_spaces() FROM PUBLIC;
REVOKE ALL ON FUNCTION venuemap_refresh_venue_capacities(uuid[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION venuemap_space_capacity(uuid) FROM PUBLIC;
REVOKE ALL ON venue_spaces, space_capacities FROM PUBLIC;
DO $$
DECLARE
    v_manager text := venuemap_group('event_manager');
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_manager) THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON venue_spaces, space_capacities TO %I', v_manager);
        EXECUTE format('GRANT EXECUTE ON FUNCTION venuemap_space_capacity(uuid), venuemap_refresh_venue_capacities(uuid[]) TO %I',
                       v_manager);
    END IF;
END;
$$;
