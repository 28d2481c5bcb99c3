-- Reverses 0008_field_limits.sql: the length checks and their helper function go; no data changes.
ALTER TABLE photos DROP CONSTRAINT photos_caption_length;

ALTER TABLE catering_providers
    DROP CONSTRAINT catering_providers_notes_length,
    DROP CONSTRAINT catering_providers_website_length,
    DROP CONSTRAINT catering_providers_phone_length,
    DROP CONSTRAINT catering_providers_email_length,
    DROP CONSTRAINT catering_providers_contact_name_length,
    DROP CONSTRAINT catering_providers_name_length;

ALTER TABLE project_venues DROP CONSTRAINT project_venues_notes_length;

ALTER TABLE projects
    DROP CONSTRAINT projects_notes_length,
    DROP CONSTRAINT projects_city_length,
    DROP CONSTRAINT projects_event_name_length,
    DROP CONSTRAINT projects_client_name_length;

ALTER TABLE venues
    DROP CONSTRAINT venues_facility_length,
    DROP CONSTRAINT venues_notes_length,
    DROP CONSTRAINT venues_website_length,
    DROP CONSTRAINT venues_contact_phone_length,
    DROP CONSTRAINT venues_contact_email_length,
    DROP CONSTRAINT venues_contact_name_length,
    DROP CONSTRAINT venues_country_length,
    DROP CONSTRAINT venues_city_length,
    DROP CONSTRAINT venues_address_length,
    DROP CONSTRAINT venues_name_length;

DROP FUNCTION venuemap_longest_element(text[]);
