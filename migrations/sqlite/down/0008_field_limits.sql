-- Reverses 0008_field_limits.sql: the length triggers go; no data changes.

DROP TRIGGER venues_field_limits_insert;
DROP TRIGGER venues_field_limits_update;
DROP TRIGGER projects_field_limits_insert;
DROP TRIGGER projects_field_limits_update;
DROP TRIGGER project_venues_field_limits_insert;
DROP TRIGGER project_venues_field_limits_update;
DROP TRIGGER catering_providers_field_limits_insert;
DROP TRIGGER catering_providers_field_limits_update;
DROP TRIGGER photos_field_limits_insert;
DROP TRIGGER photos_field_limits_update;
