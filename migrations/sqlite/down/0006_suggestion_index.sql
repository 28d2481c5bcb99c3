-- Down step of 0006_suggestion_index.sql: the suggestion index goes; no data is lost.
DROP INDEX venues_city_rating_idx;
