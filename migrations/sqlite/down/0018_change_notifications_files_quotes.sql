-- Down step of 0018 (SQLite): nothing to undo.
SELECT 1;
