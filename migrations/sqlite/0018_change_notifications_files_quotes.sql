-- Colleagues' changes for date ranges, quotes and files (issue 18), embedded mode: nothing to
-- add (SQLite's data_version covers every table). Kept so both schemas share one history.
SELECT 1;
