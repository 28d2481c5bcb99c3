-- Quotes (issue 14): each quote a shortlisted venue sent, with the day it came, its total (integer
-- cents, as project_venues.quoted_price), its currency, what the total covers (room hire,
-- catering, both, or a minimum spend; catering's price per head beside it), how long it is valid
-- and a note. A venue's quotes across projects are its rate history.
--
-- project_venues.quoted_price, which the agency's other backend reads, is kept equal to the
-- latest quote's total (latest by the day received, then by when it was entered) by triggers; while
-- a shortlisted venue has quotes a statement that sets quoted_price to anything else is refused.

CREATE TABLE quotes (
    id               TEXT PRIMARY KEY NOT NULL,
    project_venue_id TEXT NOT NULL REFERENCES project_venues (id) ON DELETE CASCADE,
    received_on      TEXT NOT NULL CHECK (date(received_on) = received_on),
    amount           INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0),
    currency         TEXT NOT NULL CHECK (length(currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]'),
    covers           TEXT NOT NULL DEFAULT 'room_hire'
                     CHECK (covers IN ('room_hire', 'catering', 'room_hire_and_catering', 'minimum_spend')),
    per_head         INTEGER CHECK (per_head >= 0),
    valid_until      TEXT CHECK (valid_until IS NULL OR date(valid_until) = valid_until),
    note             TEXT CHECK (length(note) <= 20000),
    created_by       TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version          INTEGER NOT NULL DEFAULT 1,
    CHECK (valid_until IS NULL OR valid_until >= received_on),
    CHECK (per_head IS NULL OR covers IN ('catering', 'room_hire_and_catering'))
);
-- A shortlisted venue's quotes, latest first. Rate history, a venue's quotes across projects: its
-- shortlist rows by project_venues_venue_idx (venue_id first), then each row's quotes by this.
CREATE INDEX quotes_project_venue_idx
    ON quotes (project_venue_id, received_on DESC, created_at DESC, id DESC);

CREATE TRIGGER quotes_keep_quoted_price_insert AFTER INSERT ON quotes
BEGIN
    UPDATE project_venues
       SET quoted_price = (SELECT amount FROM quotes WHERE project_venue_id = NEW.project_venue_id
                           ORDER BY received_on DESC, created_at DESC, id DESC LIMIT 1),
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), version = version + 1
     WHERE id = NEW.project_venue_id
       AND quoted_price IS NOT (SELECT amount FROM quotes WHERE project_venue_id = NEW.project_venue_id
                                ORDER BY received_on DESC, created_at DESC, id DESC LIMIT 1);
END;
CREATE TRIGGER quotes_keep_quoted_price_update AFTER UPDATE ON quotes
BEGIN
    UPDATE project_venues
       SET quoted_price = (SELECT amount FROM quotes WHERE project_venue_id = OLD.project_venue_id
                           ORDER BY received_on DESC, created_at DESC, id DESC LIMIT 1),
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), version = version + 1
     WHERE id = OLD.project_venue_id
       AND quoted_price IS NOT (SELECT amount FROM quotes WHERE project_venue_id = OLD.project_venue_id
                                ORDER BY received_on DESC, created_at DESC, id DESC LIMIT 1);
    UPDATE project_venues
       SET quoted_price = (SELECT amount FROM quotes WHERE project_venue_id = NEW.project_venue_id
                           ORDER BY received_on DESC, created_at DESC, id DESC LIMIT 1),
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), version = version + 1
     WHERE id = NEW.project_venue_id
       AND quoted_price IS NOT (SELECT amount FROM quotes WHERE project_venue_id = NEW.project_venue_id
                                ORDER BY received_on DESC, created_at DESC, id DESC LIMIT 1);
END;
CREATE TRIGGER quotes_keep_quoted_price_delete AFTER DELETE ON quotes
BEGIN
    UPDATE project_venues
       SET quoted_price = (SELECT amount FROM quotes WHERE project_venue_id = OLD.project_venue_id
                           ORDER BY received_on DESC, created_at DESC, id DESC LIMIT 1),
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), version = version + 1
     WHERE id = OLD.project_venue_id
       AND quoted_price IS NOT (SELECT amount FROM quotes WHERE project_venue_id = OLD.project_venue_id
                                ORDER BY received_on DESC, created_at DESC, id DESC LIMIT 1);
END;

CREATE TRIGGER project_venues_quoted_price_follows_quotes
BEFORE UPDATE OF quoted_price ON project_venues
WHEN NEW.quoted_price IS NOT OLD.quoted_price
 AND EXISTS (SELECT 1 FROM quotes WHERE project_venue_id = NEW.id)
 AND NEW.quoted_price IS NOT (SELECT amount FROM quotes WHERE project_venue_id = NEW.id
                              ORDER BY received_on DESC, created_at DESC, id DESC LIMIT 1)
BEGIN
    SELECT RAISE(ABORT, 'the quoted price follows the venue''s latest quote; add a quote instead');
END;
