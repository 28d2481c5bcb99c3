-- Reverses 0014_outreach_deadlines.sql: decline_reason keeps the text it has, from which going up
-- again reads the reason and note back.
-- loses: project_venues.respond_by

DROP INDEX project_venues_decline_code_idx;
DROP INDEX project_venues_respond_by_idx;
DROP TRIGGER project_venues_keep_decline_reason ON project_venues;
DROP FUNCTION project_venues_keep_decline_reason();
DROP FUNCTION decline_code_label(decline_code);
ALTER TABLE project_venues DROP COLUMN decline_note, DROP COLUMN decline_code, DROP COLUMN respond_by;
DROP TYPE decline_code;
