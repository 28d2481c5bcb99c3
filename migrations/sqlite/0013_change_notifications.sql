-- Colleagues' changes, live (issue 18), embedded mode: SQLite has no notifications. The app
-- watches PRAGMA data_version, which moves when another connection commits to the file; nothing
-- in the schema changes. The step exists so both schemas keep one version history.
SELECT 1;
