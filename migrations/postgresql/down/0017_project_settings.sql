-- Reverses 0017_project_settings.sql: projects lose their currency, language and archive; an
-- archived project becomes an ordinary one again.
-- loses: projects.currency when currency <> 'EUR'
-- loses: projects.language when language <> 'en'
-- loses: projects.archived_at when archived_at IS NOT NULL

DROP TRIGGER holds_archived_guard ON holds;
DROP TRIGGER project_dates_archived_guard ON project_dates;
DROP TRIGGER project_venues_archived_guard ON project_venues;
DROP TRIGGER projects_archived_guard ON projects;
DROP FUNCTION project_parts_archived_guard();
DROP FUNCTION projects_archived_guard();
DROP INDEX projects_archived_idx;
DROP INDEX projects_current_status_idx;
DROP INDEX projects_current_date_idx;
ALTER TABLE projects DROP COLUMN archived_by;
ALTER TABLE projects DROP COLUMN archived_at;
ALTER TABLE projects DROP COLUMN language;
ALTER TABLE projects DROP COLUMN currency;
