-- One facility vocabulary (issue 19): facility_terms holds each canonical label as the agency's
-- existing backend writes it (Wi-Fi, AV equipment, ...) with its aliases (a JSON array), and
-- venues and projects keep canonical labels. An alias is stored as its key: lower case, '_' and
-- white space as one space, trimmed (Core::facilityKey spells the same rule). The first alias of
-- a seeded term is its old key, which the down step writes back ('catering kitchen' ->
-- 'catering_kitchen'). Only admins add terms: the app checks it (a SQLite file has no roles).

CREATE TABLE facility_terms (
    label      TEXT PRIMARY KEY COLLATE NOCASE CHECK (trim(label) <> '' AND length(label) <= 100),
    aliases    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array')
);

INSERT INTO facility_terms (label, aliases) VALUES
    ('Wi-Fi', '["wifi","wi fi","wlan","wireless","wireless internet","internet"]'),
    ('Parking', '["parking","car park","parking lot","garage"]'),
    ('Catering kitchen', '["catering kitchen","kitchen","catering"]'),
    ('Stage', '["stage","podium"]'),
    ('AV equipment', '["av equipment","av","a/v","a/v equipment","audio visual","audiovisual","audio-visual","av technology"]'),
    ('Wheelchair access', '["wheelchair access","accessible","step free access","step-free","barrier free","barrier-free"]'),
    ('Outdoor space', '["outdoor space","garden","terrace","outdoor area"]'),
    ('Breakout rooms', '["breakout rooms","breakout room","break-out rooms","meeting rooms"]'),
    ('Accommodation', '["accommodation","hotel rooms","guest rooms"]'),
    ('Bar', '["bar"]'),
    ('PA system', '["pa system","pa","sound system"]');

-- Each known term or alias (any case) becomes its label, unknown ones stay as written (trimmed),
-- blanks and repeats go, the order stays.
UPDATE venues SET facilities = (
    SELECT json_group_array(c) FROM (
        SELECT c FROM (
            SELECT coalesce(
                       (SELECT t.label FROM facility_terms t
                        WHERE lower(t.label) = lower(trim(replace(j.value, '_', ' ')))
                           OR EXISTS (SELECT 1 FROM json_each(t.aliases) a
                                      WHERE a.value = lower(trim(replace(j.value, '_', ' '))))),
                       trim(j.value)) AS c,
                   j.key AS o
            FROM json_each(venues.facilities) j
            WHERE trim(j.value) <> '')
        GROUP BY c ORDER BY min(o)))
WHERE facilities <> '[]';
UPDATE projects SET required_facilities = (
    SELECT json_group_array(c) FROM (
        SELECT c FROM (
            SELECT coalesce(
                       (SELECT t.label FROM facility_terms t
                        WHERE lower(t.label) = lower(trim(replace(j.value, '_', ' ')))
                           OR EXISTS (SELECT 1 FROM json_each(t.aliases) a
                                      WHERE a.value = lower(trim(replace(j.value, '_', ' '))))),
                       trim(j.value)) AS c,
                   j.key AS o
            FROM json_each(projects.required_facilities) j
            WHERE trim(j.value) <> '')
        GROUP BY c ORDER BY min(o)))
WHERE required_facilities <> '[]';
