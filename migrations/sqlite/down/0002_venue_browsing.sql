-- Down step of 0002_venue_browsing.sql: the indexes of the "show deleted" list go; no data is lost.
DROP INDEX venues_deleted_rating_idx;
DROP INDEX venues_deleted_capacity_idx;
DROP INDEX venues_deleted_city_idx;
