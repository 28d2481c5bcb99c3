-- Field length limits (issue 12 finding 8): the same numbers as validateVenue() and the other
-- validators, so that a 3 KB name is refused with a sentence instead of failing on an index's
-- row size. NOT VALID: rows already longer stay readable and the migration cannot fail on them;
-- every new row and every change is checked (an over-long row must be shortened when edited).
CREATE FUNCTION venuemap_longest_element(items text[]) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog
    AS $$ SELECT coalesce(max(char_length(x)), 0) FROM unnest(items) AS x $$;

ALTER TABLE venues
    ADD CONSTRAINT venues_name_length CHECK (char_length(name) <= 200) NOT VALID,
    ADD CONSTRAINT venues_address_length CHECK (char_length(address) <= 500) NOT VALID,
    ADD CONSTRAINT venues_city_length CHECK (char_length(city) <= 100) NOT VALID,
    ADD CONSTRAINT venues_country_length CHECK (char_length(country) <= 100) NOT VALID,
    ADD CONSTRAINT venues_contact_name_length CHECK (char_length(contact_name) <= 200) NOT VALID,
    ADD CONSTRAINT venues_contact_email_length CHECK (char_length(contact_email) <= 254) NOT VALID,
    ADD CONSTRAINT venues_contact_phone_length CHECK (char_length(contact_phone) <= 50) NOT VALID,
    ADD CONSTRAINT venues_website_length CHECK (char_length(website) <= 2048) NOT VALID,
    ADD CONSTRAINT venues_notes_length CHECK (char_length(notes) <= 20000) NOT VALID,
    ADD CONSTRAINT venues_facility_length CHECK (venuemap_longest_element(facilities) <= 100) NOT VALID;

ALTER TABLE projects
    ADD CONSTRAINT projects_client_name_length CHECK (char_length(client_name) <= 200) NOT VALID,
    ADD CONSTRAINT projects_event_name_length CHECK (char_length(event_name) <= 200) NOT VALID,
    ADD CONSTRAINT projects_city_length CHECK (char_length(city) <= 100) NOT VALID,
    ADD CONSTRAINT projects_notes_length CHECK (char_length(notes) <= 20000) NOT VALID;

ALTER TABLE project_venues
    ADD CONSTRAINT project_venues_notes_length CHECK (char_length(notes) <= 20000) NOT VALID;

ALTER TABLE catering_providers
    ADD CONSTRAINT catering_providers_name_length CHECK (char_length(name) <= 200) NOT VALID,
    ADD CONSTRAINT catering_providers_contact_name_length CHECK (char_length(contact_name) <= 200) NOT VALID,
    ADD CONSTRAINT catering_providers_email_length CHECK (char_length(email) <= 254) NOT VALID,
    ADD CONSTRAINT catering_providers_phone_length CHECK (char_length(phone) <= 50) NOT VALID,
    ADD CONSTRAINT catering_providers_website_length CHECK (char_length(website) <= 2048) NOT VALID,
    ADD CONSTRAINT catering_providers_notes_length CHECK (char_length(notes) <= 20000) NOT VALID;

ALTER TABLE photos
    ADD CONSTRAINT photos_caption_length CHECK (char_length(caption) <= 500) NOT VALID;
