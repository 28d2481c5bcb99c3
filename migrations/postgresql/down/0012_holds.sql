-- Reverses 0012_holds.sql: holds and the projects' date ranges go (the btree_gist extension
-- stays; other tables of the server may use it).
-- loses: holds
-- loses: project_dates

DROP TABLE holds;
DROP TABLE project_dates;
DROP FUNCTION project_dates_move_holds();
DROP FUNCTION holds_check();
DROP TYPE hold_status;
