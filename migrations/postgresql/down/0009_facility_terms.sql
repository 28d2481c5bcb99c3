-- Reverses 0009_facility_terms.sql: seeded labels go back to their old keys (the term's first
-- alias, spaces as '_': 'Wi-Fi' -> 'wifi', 'AV equipment' -> 'av_equipment'); other values stay.
-- Terms an admin added have no place below 0009.
-- loses: facility_terms.label when label NOT IN ('Wi-Fi', 'Parking', 'Catering kitchen', 'Stage', 'AV equipment', 'Wheelchair access', 'Outdoor space', 'Breakout rooms', 'Accommodation', 'Bar', 'PA system')

UPDATE venues v SET facilities = ARRAY(
    SELECT coalesce((SELECT replace(t.aliases[1], ' ', '_') FROM facility_terms t
                     WHERE t.label = u.f AND cardinality(t.aliases) > 0), u.f)
    FROM unnest(v.facilities) WITH ORDINALITY AS u(f, o) ORDER BY u.o)
WHERE v.facilities && ARRAY(SELECT label FROM facility_terms);
UPDATE projects p SET required_facilities = ARRAY(
    SELECT coalesce((SELECT replace(t.aliases[1], ' ', '_') FROM facility_terms t
                     WHERE t.label = u.f AND cardinality(t.aliases) > 0), u.f)
    FROM unnest(p.required_facilities) WITH ORDINALITY AS u(f, o) ORDER BY u.o)
WHERE p.required_facilities && ARRAY(SELECT label FROM facility_terms);

DROP TRIGGER facility_terms_admin_only ON facility_terms;
DROP FUNCTION venuemap_facility_terms_admin_only();
DROP FUNCTION venuemap_canonical_facilities(text[]);
DROP TABLE facility_terms;
