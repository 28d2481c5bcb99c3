-- Reverses 0017_project_settings.sql: projects lose their currency, language and archive; an
-- archived project becomes an ordinary one again.
-- loses: projects.currency when currency <> 'EUR'
-- loses: projects.language when language <> 'en'
-- loses: projects.archived_at when archived_at IS NOT NULL

DROP TRIGGER holds_archived_delete;
DROP TRIGGER holds_archived_update;
DROP TRIGGER holds_archived_insert;
DROP TRIGGER project_dates_archived_delete;
DROP TRIGGER project_dates_archived_update;
DROP TRIGGER project_dates_archived_insert;
DROP TRIGGER project_venues_archived_delete;
DROP TRIGGER project_venues_archived_update;
DROP TRIGGER project_venues_archived_insert;
DROP TRIGGER projects_archived_delete;
DROP TRIGGER projects_archived_update;
DROP INDEX projects_archived_idx;
DROP INDEX projects_current_status_idx;
DROP INDEX projects_current_date_idx;
ALTER TABLE projects DROP COLUMN archived_by;
ALTER TABLE projects DROP COLUMN archived_at;
ALTER TABLE projects DROP COLUMN language;
ALTER TABLE projects DROP COLUMN currency;
