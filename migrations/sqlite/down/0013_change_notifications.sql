-- Down step of 0013_change_notifications.sql (SQLite): nothing to undo.
SELECT 1;
