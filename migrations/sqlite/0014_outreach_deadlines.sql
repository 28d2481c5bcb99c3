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
-- (SQLite triggers cannot change NEW, so AFTER triggers correct the row in place; the app writes
-- the composed text itself as well, which the table's CHECK on decline_reason needs.)

CREATE TABLE decline_code_labels (
    code  TEXT PRIMARY KEY NOT NULL,
    label TEXT NOT NULL
);
INSERT INTO decline_code_labels (code, label) VALUES
    ('dates_unavailable', 'Dates unavailable'),
    ('capacity_too_small', 'Capacity too small'),
    ('rate_too_high', 'Rate too high'),
    ('selected_another_venue', 'Client chose another venue'),
    ('too_short_notice', 'Too short notice'),
    ('no_response', 'No response'),
    ('other', 'Other');

ALTER TABLE project_venues ADD COLUMN respond_by TEXT
    CHECK (respond_by IS NULL OR date(respond_by) = respond_by);
ALTER TABLE project_venues ADD COLUMN decline_code TEXT
    CHECK (decline_code IN ('dates_unavailable', 'capacity_too_small', 'rate_too_high',
        'selected_another_venue', 'too_short_notice', 'no_response', 'other'));
ALTER TABLE project_venues ADD COLUMN decline_note TEXT CHECK (length(decline_note) <= 2000);

CREATE TRIGGER project_venues_keep_decline_reason_insert AFTER INSERT ON project_venues
WHEN NEW.outreach_status = 'declined' OR NEW.decline_code IS NOT NULL OR NEW.decline_note IS NOT NULL
BEGIN
    UPDATE project_venues SET decline_code = NULL, decline_note = NULL
     WHERE id = NEW.id AND NEW.outreach_status <> 'declined';
    -- Written by the other backend: its text stands.
    UPDATE project_venues SET decline_code = coalesce((SELECT l.code FROM decline_code_labels l
                                       WHERE (trim(NEW.decline_reason) = l.label OR substr(trim(NEW.decline_reason), 1, length(l.label) + 2) = l.label || ': ')), 'other'),
           decline_note = CASE WHEN EXISTS (SELECT 1 FROM decline_code_labels l WHERE (trim(NEW.decline_reason) = l.label OR substr(trim(NEW.decline_reason), 1, length(l.label) + 2) = l.label || ': '))
                          THEN (SELECT nullif(trim(substr(trim(NEW.decline_reason), length(l.label) + 3)), '')
                                  FROM decline_code_labels l WHERE (trim(NEW.decline_reason) = l.label OR substr(trim(NEW.decline_reason), 1, length(l.label) + 2) = l.label || ': '))
                          ELSE nullif(trim(NEW.decline_reason), '') END
     WHERE id = NEW.id AND NEW.outreach_status = 'declined' AND NEW.decline_code IS NULL;
    UPDATE project_venues
       SET decline_note = nullif(trim(NEW.decline_note), ''),
           decline_reason = (SELECT label FROM decline_code_labels WHERE code = NEW.decline_code)
                            || coalesce(': ' || nullif(trim(NEW.decline_note), ''), '')
     WHERE id = NEW.id AND NEW.outreach_status = 'declined' AND NEW.decline_code IS NOT NULL;
END;

CREATE TRIGGER project_venues_keep_decline_reason_update
AFTER UPDATE OF outreach_status, decline_code, decline_note, decline_reason ON project_venues
BEGIN
    UPDATE project_venues SET decline_code = NULL, decline_note = NULL
     WHERE id = NEW.id AND NEW.outreach_status <> 'declined'
       AND (NEW.decline_code IS NOT NULL OR NEW.decline_note IS NOT NULL);
    -- Written by the other backend (text only, or the text changed alone): its text stands.
    UPDATE project_venues SET decline_code = coalesce((SELECT l.code FROM decline_code_labels l
                                       WHERE (trim(NEW.decline_reason) = l.label OR substr(trim(NEW.decline_reason), 1, length(l.label) + 2) = l.label || ': ')), 'other'),
           decline_note = CASE WHEN EXISTS (SELECT 1 FROM decline_code_labels l WHERE (trim(NEW.decline_reason) = l.label OR substr(trim(NEW.decline_reason), 1, length(l.label) + 2) = l.label || ': '))
                          THEN (SELECT nullif(trim(substr(trim(NEW.decline_reason), length(l.label) + 3)), '')
                                  FROM decline_code_labels l WHERE (trim(NEW.decline_reason) = l.label OR substr(trim(NEW.decline_reason), 1, length(l.label) + 2) = l.label || ': '))
                          ELSE nullif(trim(NEW.decline_reason), '') END
     WHERE id = NEW.id AND NEW.outreach_status = 'declined'
       AND (NEW.decline_code IS NULL
            OR (OLD.outreach_status = 'declined' AND OLD.decline_code IS NULL)
            OR (NEW.decline_code IS OLD.decline_code AND NEW.decline_note IS OLD.decline_note
                AND NEW.decline_reason IS NOT OLD.decline_reason
                AND NEW.decline_reason IS NOT
                    (SELECT label FROM decline_code_labels WHERE code = NEW.decline_code)
                    || coalesce(': ' || nullif(trim(NEW.decline_note), ''), '')));
    -- Written by the app (a code or a note set): the text follows them.
    UPDATE project_venues
       SET decline_note = nullif(trim(NEW.decline_note), ''),
           decline_reason = (SELECT label FROM decline_code_labels WHERE code = NEW.decline_code)
                            || coalesce(': ' || nullif(trim(NEW.decline_note), ''), '')
     WHERE id = NEW.id AND NEW.outreach_status = 'declined' AND NEW.decline_code IS NOT NULL
       AND NOT (OLD.outreach_status = 'declined' AND OLD.decline_code IS NULL)
       AND (OLD.outreach_status <> 'declined' OR NEW.decline_code IS NOT OLD.decline_code
            OR NEW.decline_note IS NOT OLD.decline_note);
END;

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
