-- Venue suggestions: the best-rated venues of a city, read in index order instead of sorting
-- every venue of a big city.
CREATE INDEX venues_city_rating_idx ON venues (city, rating DESC NULLS LAST, id) WHERE NOT is_deleted;
