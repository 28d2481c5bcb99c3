-- Outreach deadlines and structured decline reasons (issue 14).
--
-- project_venues.respond_by: the day the venue was asked to answer by (the chase list orders by it,
-- overdue first). project_venues.decline_code: why a venue declined, from a fixed list;
-- decline_note: the person's words beside it.
--
-- decline_reason, which the agency's other backend reads and writes, stays filled for every
-- declined row and is kept by the database:
--   * a write that sets a code or a note (the app) makes decline_reason the code's English label,
--     or "label: note";
--   * a write that declines with text only, or changes decline_reason alone (the other backend),
--     keeps that text as written; text that is a reason's label, or "label: note", records that
--     reason and note, any other text records code 'other' with the text as the note;
--   * a row that is not declined has no code and no note.

CREATE TYPE decline_code AS ENUM ('dates_unavailable', 'capacity_too_small', 'rate_too_high',
    'selected_another_venue', 'too_short_notice', 'no_response', 'other');

ALTER TABLE project_venues
    ADD COLUMN respond_by date,
    ADD COLUMN decline_code decline_code,
    ADD COLUMN decline_note text CHECK (char_length(decline_note) <= 2000);

CREATE FUNCTION decline_code_label(p_code decline_code) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT CASE p_code
        WHEN 'dates_unavailable' THEN 'Dates unavailable'
        WHEN 'capacity_too_small' THEN 'Capacity too small'
        WHEN 'rate_too_high' THEN 'Rate too high'
        WHEN 'selected_another_venue' THEN 'Client chose another venue'
        WHEN 'too_short_notice' THEN 'Too short notice'
        WHEN 'no_response' THEN 'No response'
        ELSE 'Other' END
$$;

CREATE FUNCTION project_venues_keep_decline_reason() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_code decline_code;
BEGIN
    IF NEW.outreach_status <> 'declined' THEN
        NEW.decline_code := NULL;
        NEW.decline_note := NULL;
    ELSIF NEW.decline_code IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.decline_code IS NOT DISTINCT FROM OLD.decline_code
           AND NEW.decline_note IS NOT DISTINCT FROM OLD.decline_note
           AND NEW.decline_reason IS DISTINCT FROM OLD.decline_reason
           AND NEW.decline_reason IS DISTINCT FROM decline_code_label(NEW.decline_code)
               || coalesce(': ' || nullif(btrim(NEW.decline_note), ''), '')) THEN
        -- Written as text only (the other backend, or an older app): the text stands. Text that
        -- is a reason's label, or "label: note", is that reason; any other text is 'other'.
        SELECT c INTO v_code FROM unnest(enum_range(NULL::decline_code)) c
         WHERE btrim(NEW.decline_reason) = decline_code_label(c)
            OR starts_with(btrim(NEW.decline_reason), decline_code_label(c) || ': ')
         LIMIT 1;
        IF v_code IS NULL THEN
            NEW.decline_code := 'other';
            NEW.decline_note := nullif(btrim(NEW.decline_reason), '');
        ELSE
            NEW.decline_code := v_code;
            NEW.decline_note := nullif(btrim(substr(btrim(NEW.decline_reason),
                char_length(decline_code_label(v_code)) + 3)), '');
        END IF;
    ELSIF TG_OP = 'INSERT' OR OLD.outreach_status <> 'declined'
       OR NEW.decline_code IS DISTINCT FROM OLD.decline_code
       OR NEW.decline_note IS DISTINCT FROM OLD.decline_note THEN
        NEW.decline_note := nullif(btrim(NEW.decline_note), '');
        NEW.decline_reason := decline_code_label(NEW.decline_code)
            || coalesce(': ' || NEW.decline_note, '');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER project_venues_keep_decline_reason
BEFORE INSERT OR UPDATE ON project_venues
FOR EACH ROW EXECUTE FUNCTION project_venues_keep_decline_reason();

-- Rows declined before this migration: their text read as the trigger reads the other backend's
-- (a label, or "label: note", is that reason; anything else is 'other'). decline_code and
-- decline_note can always be read back from decline_reason this way, so going down loses neither.
UPDATE project_venues SET decline_code = NULL WHERE outreach_status = 'declined';

-- The chase list: waiting rows by respond_by (overdue first), then the longest waiting.
CREATE INDEX project_venues_respond_by_idx ON project_venues (respond_by, sent_at, id)
    WHERE outreach_status IN ('sent', 'awaiting');
-- Declines by reason, per venue (and per city through venues).
CREATE INDEX project_venues_decline_code_idx ON project_venues (venue_id, decline_code)
    WHERE outreach_status = 'declined';
