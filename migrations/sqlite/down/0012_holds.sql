-- Reverses 0012_holds.sql: holds and the projects' date ranges go.
-- loses: holds
-- loses: project_dates

DROP TABLE holds;
DROP TABLE project_dates;
