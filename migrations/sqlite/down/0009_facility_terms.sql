-- Reverses 0009_facility_terms.sql: seeded labels go back to their old keys (the term's first
-- alias, spaces as '_': 'Wi-Fi' -> 'wifi', 'AV equipment' -> 'av_equipment'); other values stay.
-- Terms an admin added have no place below 0009.
-- loses: facility_terms.label when label NOT IN ('Wi-Fi', 'Parking', 'Catering kitchen', 'Stage', 'AV equipment', 'Wheelchair access', 'Outdoor space', 'Breakout rooms', 'Accommodation', 'Bar', 'PA system')

UPDATE venues SET facilities = (
    SELECT json_group_array(coalesce(
               (SELECT replace(json_extract(t.aliases, '$[0]'), ' ', '_') FROM facility_terms t
                WHERE t.label = j.value COLLATE BINARY AND json_array_length(t.aliases) > 0),
               j.value))
    FROM (SELECT value, key FROM json_each(venues.facilities) ORDER BY key) j)
WHERE facilities <> '[]';
UPDATE projects SET required_facilities = (
    SELECT json_group_array(coalesce(
               (SELECT replace(json_extract(t.aliases, '$[0]'), ' ', '_') FROM facility_terms t
                WHERE t.label = j.value COLLATE BINARY AND json_array_length(t.aliases) > 0),
               j.value))
    FROM (SELECT value, key FROM json_each(projects.required_facilities) ORDER BY key) j)
WHERE required_facilities <> '[]';

DROP TABLE facility_terms;
