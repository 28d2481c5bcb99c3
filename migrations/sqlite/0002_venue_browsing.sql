-- Venue browsing (issue 3): the orders of the "show deleted" list get their own small partial
-- indexes. (The PostgreSQL twin also adds the planner row estimate; SQLite counts exactly.)

CREATE INDEX venues_deleted_city_idx ON venues (city, name, id) WHERE is_deleted = 1;
CREATE INDEX venues_deleted_capacity_idx ON venues (capacity, id) WHERE is_deleted = 1;
CREATE INDEX venues_deleted_rating_idx ON venues (rating, id) WHERE is_deleted = 1;
