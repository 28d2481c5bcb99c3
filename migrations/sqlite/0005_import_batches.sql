-- Venue imports (issue 6): every CSV import is one batch, so the whole batch can be undone later
-- by marking exactly its venues deleted.

CREATE TABLE import_batches (
    id             TEXT PRIMARY KEY NOT NULL,
    file_name      TEXT NOT NULL,
    venue_count    INTEGER NOT NULL CHECK (venue_count >= 0),
    skipped_count  INTEGER NOT NULL DEFAULT 0 CHECK (skipped_count >= 0),
    created_by     TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    undone_at      TEXT,
    undone_by      TEXT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX import_batches_created_idx ON import_batches (created_at, id);

ALTER TABLE venues ADD COLUMN import_batch_id TEXT REFERENCES import_batches (id);
CREATE INDEX venues_import_batch_idx ON venues (import_batch_id) WHERE import_batch_id IS NOT NULL;
