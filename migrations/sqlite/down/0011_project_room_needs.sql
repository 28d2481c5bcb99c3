-- Reverses 0011_project_room_needs.sql: the projects' room needs go.
-- loses: projects.main_layout when main_layout IS NOT NULL
-- loses: projects.breakout_rooms when breakout_rooms <> 0

ALTER TABLE projects DROP COLUMN breakout_layout;
ALTER TABLE projects DROP COLUMN breakout_capacity;
ALTER TABLE projects DROP COLUMN breakout_rooms;
ALTER TABLE projects DROP COLUMN main_layout;
