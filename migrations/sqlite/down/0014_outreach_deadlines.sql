-- Reverses 0014_outreach_deadlines.sql: decline_reason keeps the text it has, from which going up
-- again reads the reason and note back.
-- loses: project_venues.respond_by

DROP INDEX project_venues_decline_code_idx;
DROP INDEX project_venues_respond_by_idx;
DROP TRIGGER project_venues_keep_decline_reason_update;
DROP TRIGGER project_venues_keep_decline_reason_insert;
ALTER TABLE project_venues DROP COLUMN decline_note;
ALTER TABLE project_venues DROP COLUMN decline_code;
ALTER TABLE project_venues DROP COLUMN respond_by;
DROP TABLE decline_code_labels;
