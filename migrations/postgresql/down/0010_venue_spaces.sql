-- Reverses 0010_venue_spaces.sql. venues.capacity keeps the number the spaces last gave it.
-- loses: space_capacities
-- loses: venue_spaces

DROP TRIGGER venues_capacity_from_spaces ON venues;
DROP TABLE space_capacities;
DROP TABLE venue_spaces;
DROP FUNCTION venues_capacity_from_spaces();
DROP FUNCTION venue_spaces_keep_venue_capacity();
DROP FUNCTION space_capacities_keep_venue_capacity();
DROP FUNCTION venuemap_refresh_venue_capacities(uuid[]);
DROP FUNCTION venuemap_space_capacity(uuid);
DROP FUNCTION venue_spaces_detach_parts();
DROP FUNCTION venue_spaces_check_parent();
DROP TYPE space_layout;
