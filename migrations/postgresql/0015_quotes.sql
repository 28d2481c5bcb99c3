-- Quotes (issue 14): each quote a shortlisted venue sent, with the day it came, its total, its
-- currency, what the total covers (room hire, catering, both, or a minimum spend; catering's price
-- per head beside it), how long it is valid and a note. A venue's quotes across projects are its
-- rate history.
--
-- project_venues.quoted_price, which the agency's other backend reads, is kept equal to the
-- latest quote's total (latest by the day received, then by when it was entered) by the database:
-- a trigger on quotes writes it, and while a shortlisted venue has quotes a statement that sets
-- quoted_price to anything else is refused (add a quote instead).

CREATE TYPE quote_covers AS ENUM ('room_hire', 'catering', 'room_hire_and_catering', 'minimum_spend');

CREATE TABLE quotes (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_venue_id uuid NOT NULL REFERENCES project_venues (id) ON DELETE CASCADE,
    received_on      date NOT NULL,
    amount           numeric(12,2) NOT NULL CHECK (amount >= 0),
    currency         char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    covers           quote_covers NOT NULL DEFAULT 'room_hire',
    per_head         numeric(12,2) CHECK (per_head >= 0),
    valid_until      date,
    note             text CHECK (char_length(note) <= 20000),
    created_by       uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer NOT NULL DEFAULT 1,
    CHECK (valid_until IS NULL OR valid_until >= received_on),
    CHECK (per_head IS NULL OR covers IN ('catering', 'room_hire_and_catering'))
);
-- A shortlisted venue's quotes, latest first (and the latest one the trigger below looks up).
CREATE INDEX quotes_project_venue_idx
    ON quotes (project_venue_id, received_on DESC, created_at DESC, id DESC);

-- Rate history, a venue's quotes across projects: its shortlist rows by project_venues_venue_idx
-- (venue_id first), then each row's quotes by the index above.

CREATE FUNCTION quotes_latest_total(p_project_venue uuid) RETURNS numeric
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT amount FROM quotes WHERE project_venue_id = p_project_venue
    ORDER BY received_on DESC, created_at DESC, id DESC LIMIT 1
$$;

CREATE FUNCTION quotes_keep_quoted_price() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_row uuid;
BEGIN
    FOREACH v_row IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.project_venue_id END,
                                 CASE WHEN TG_OP <> 'DELETE' THEN NEW.project_venue_id END]
    LOOP
        IF v_row IS NOT NULL THEN
            UPDATE project_venues
               SET quoted_price = quotes_latest_total(v_row), updated_at = now(),
                   version = version + 1
             WHERE id = v_row AND quoted_price IS DISTINCT FROM quotes_latest_total(v_row);
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;
CREATE TRIGGER quotes_keep_quoted_price
    AFTER INSERT OR UPDATE OR DELETE ON quotes
    FOR EACH ROW EXECUTE FUNCTION quotes_keep_quoted_price();

CREATE FUNCTION project_venues_quoted_price_follows_quotes() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM quotes WHERE project_venue_id = NEW.id)
       AND NEW.quoted_price IS DISTINCT FROM quotes_latest_total(NEW.id) THEN
        RAISE EXCEPTION 'the quoted price follows the venue''s latest quote; add a quote instead'
            USING ERRCODE = '23514', CONSTRAINT = 'project_venues_quoted_price_follows_quotes';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER project_venues_quoted_price_follows_quotes
    BEFORE UPDATE OF quoted_price ON project_venues
    FOR EACH ROW WHEN (NEW.quoted_price IS DISTINCT FROM OLD.quoted_price)
    EXECUTE FUNCTION project_venues_quoted_price_follows_quotes();

REVOKE ALL ON FUNCTION quotes_latest_total(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION quotes_keep_quoted_price() FROM PUBLIC;
REVOKE ALL ON FUNCTION project_venues_quoted_price_follows_quotes() FROM PUBLIC;
REVOKE ALL ON quotes FROM PUBLIC;
DO $$
DECLARE
    v_manager text := venuemap_group('event_manager');
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_manager) THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON quotes TO %I', v_manager);
        EXECUTE format('GRANT EXECUTE ON FUNCTION quotes_latest_total(uuid) TO %I', v_manager);
    END IF;
END;
$$;
