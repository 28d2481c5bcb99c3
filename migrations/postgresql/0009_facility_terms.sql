-- One facility vocabulary (issue 19): facility_terms holds each canonical label as the agency's
-- existing backend writes it (Wi-Fi, AV equipment, ...) with its aliases, and venues and
-- projects keep canonical labels. An alias is stored as its key: lower case, runs of '_' and
-- white space as one space, trimmed (Core::facilityKey spells the same rule). The first alias of
-- a seeded term is its old key, which the down step writes back ('catering kitchen' ->
-- 'catering_kitchen').

CREATE TABLE facility_terms (
    label      text PRIMARY KEY CHECK (btrim(label) <> '' AND length(label) <= 100),
    aliases    text[] NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX facility_terms_label_key ON facility_terms (lower(label));

INSERT INTO facility_terms (label, aliases) VALUES
    ('Wi-Fi', '{wifi,"wi fi",wlan,wireless,"wireless internet",internet}'),
    ('Parking', '{parking,"car park","parking lot",garage}'),
    ('Catering kitchen', '{"catering kitchen",kitchen,catering}'),
    ('Stage', '{stage,podium}'),
    ('AV equipment', '{"av equipment",av,a/v,"a/v equipment","audio visual",audiovisual,audio-visual,"av technology"}'),
    ('Wheelchair access', '{"wheelchair access",accessible,"step free access",step-free,"barrier free",barrier-free}'),
    ('Outdoor space', '{"outdoor space",garden,terrace,"outdoor area"}'),
    ('Breakout rooms', '{"breakout rooms","breakout room","break-out rooms","meeting rooms"}'),
    ('Accommodation', '{accommodation,"hotel rooms","guest rooms"}'),
    ('Bar', '{bar}'),
    ('PA system', '{"pa system",pa,"sound system"}');

-- The canonical labels of a list of facilities: each known term or alias (any case) becomes its
-- label, unknown ones stay as written (trimmed), blanks and repeats go, the order stays.
CREATE FUNCTION venuemap_canonical_facilities(p text[]) RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce(array_agg(y.c ORDER BY y.o), '{}')
    FROM (SELECT x.c, min(x.o) AS o
          FROM (SELECT coalesce((SELECT t.label FROM facility_terms t
                                 WHERE lower(t.label) = k.k OR k.k = ANY (t.aliases)
                                 ORDER BY lower(t.label) = k.k DESC, t.label LIMIT 1),
                                btrim(u.f)) AS c,
                       u.o
                FROM unnest(p) WITH ORDINALITY AS u(f, o)
                CROSS JOIN LATERAL (SELECT btrim(lower(regexp_replace(u.f, '[_[:space:]]+', ' ', 'g'))) AS k) k
                WHERE btrim(u.f) <> '') x
          GROUP BY x.c) y
$$;

UPDATE venues SET facilities = venuemap_canonical_facilities(facilities)
WHERE facilities IS DISTINCT FROM venuemap_canonical_facilities(facilities);
UPDATE projects SET required_facilities = venuemap_canonical_facilities(required_facilities)
WHERE required_facilities IS DISTINCT FROM venuemap_canonical_facilities(required_facilities);

-- Only an admin of this database (or its owner, or a superuser) adds, changes or removes terms:
-- event managers keep reading them (DESIGN §6: what the UI forbids the database forbids too).
CREATE FUNCTION venuemap_facility_terms_admin_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
       OR pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
       OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'facility_terms'::regclass), 'MEMBER')
       OR EXISTS (SELECT 1 FROM users WHERE db_role = session_user AND role = 'admin' AND is_active) THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'only an admin adds or changes facility terms' USING ERRCODE = '42501';
END;
$$;
REVOKE ALL ON FUNCTION venuemap_facility_terms_admin_only() FROM PUBLIC;

CREATE TRIGGER facility_terms_admin_only
    BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON facility_terms
    FOR EACH STATEMENT EXECUTE FUNCTION venuemap_facility_terms_admin_only();
