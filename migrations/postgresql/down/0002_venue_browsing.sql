-- Down step of 0002_venue_browsing.sql: the planner functions and the indexes of the "show
-- deleted" list go; no data is lost.
DROP FUNCTION venuemap_plan_rows(text, text[]);
DROP FUNCTION venuemap_plan(text, text[]);
DROP INDEX venues_deleted_rating_idx;
DROP INDEX venues_deleted_capacity_idx;
DROP INDEX venues_deleted_city_idx;
