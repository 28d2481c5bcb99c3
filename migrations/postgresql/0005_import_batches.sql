-- Venue imports (issue 6): every CSV import is one batch, so the whole batch can be undone later
-- by marking exactly its venues deleted (event managers never hard-delete venues).

CREATE TABLE import_batches (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    file_name      text NOT NULL,
    venue_count    integer NOT NULL CHECK (venue_count >= 0),
    skipped_count  integer NOT NULL DEFAULT 0 CHECK (skipped_count >= 0),
    created_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    undone_at      timestamptz,
    undone_by      uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX import_batches_created_idx ON import_batches (created_at, id);

ALTER TABLE venues ADD COLUMN import_batch_id uuid REFERENCES import_batches (id);
CREATE INDEX venues_import_batch_idx ON venues (import_batch_id) WHERE import_batch_id IS NOT NULL;

SELECT venuemap_setup_access();
