-- Down step of 0005_import_batches.sql: the import history goes, and with it the link of each
-- imported venue to its batch (the venues themselves stay).
-- loses: import_batches
-- loses: venues.import_batch_id
DROP INDEX venues_import_batch_idx;
ALTER TABLE venues DROP COLUMN import_batch_id;
DROP INDEX import_batches_created_idx;
DROP TABLE import_batches;
