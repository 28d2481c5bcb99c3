-- What a project needs of a venue's rooms (issue 13): the main session's layout for its attendees
-- ("200 theatre-style") and optional breakouts ("4 rooms of 30, classroom"). The workspace marks
-- each shortlisted venue whose spaces fit, suggestions rank by fit, and the proposal shows the
-- fitting spaces. All optional: a project without a layout is matched on venues.capacity as before.

ALTER TABLE projects ADD COLUMN main_layout TEXT CHECK (main_layout IN ('theatre', 'classroom',
    'banquet', 'cabaret', 'reception', 'boardroom', 'u_shape', 'hollow_square'));
ALTER TABLE projects ADD COLUMN breakout_rooms INTEGER NOT NULL DEFAULT 0
    CHECK (typeof(breakout_rooms) = 'integer' AND breakout_rooms >= 0 AND breakout_rooms <= 50);
ALTER TABLE projects ADD COLUMN breakout_capacity INTEGER NOT NULL DEFAULT 0
    CHECK (typeof(breakout_capacity) = 'integer' AND breakout_capacity >= 0 AND breakout_capacity <= 100000);
ALTER TABLE projects ADD COLUMN breakout_layout TEXT CHECK (breakout_layout IN ('theatre', 'classroom',
    'banquet', 'cabaret', 'reception', 'boardroom', 'u_shape', 'hollow_square'));
