-- Reverses 0010_venue_spaces.sql. venues.capacity keeps the number the spaces last gave it.
-- loses: space_capacities
-- loses: venue_spaces

DROP TRIGGER venues_capacity_from_spaces;
DROP TABLE space_capacities;
DROP TABLE venue_spaces;
