-- Venue suggestions: the best-rated venues of a city, read in index order instead of sorting
-- every venue of a big city (SQLite sorts NULL ratings last in descending order).
CREATE INDEX venues_city_rating_idx ON venues (city, rating DESC, id) WHERE is_deleted = 0;
