-- Field length limits (issue 12 finding 8): the numbers of validateVenue() and the other validators.
-- SQLite cannot add a CHECK with ALTER TABLE, so triggers refuse a new or changed row that is
-- too long; rows already longer stay as they are until someone changes them.

CREATE TRIGGER venues_field_limits_insert BEFORE INSERT ON venues
WHEN length(new.name) > 200
     OR length(new.address) > 500
     OR length(new.city) > 100
     OR length(new.country) > 100
     OR length(new.contact_name) > 200
     OR length(new.contact_email) > 254
     OR length(new.contact_phone) > 50
     OR length(new.website) > 2048
     OR length(new.notes) > 20000
     OR EXISTS (SELECT 1 FROM json_each(new.facilities) WHERE length(value) > 100)
BEGIN
    SELECT RAISE(ABORT, 'a venue field is longer than it may be (characters: name 200, address 500, city 100, country 100, contact_name 200, contact_email 254, contact_phone 50, website 2048, notes 20000, each facility 100)');
END;
CREATE TRIGGER venues_field_limits_update BEFORE UPDATE ON venues
WHEN length(new.name) > 200
     OR length(new.address) > 500
     OR length(new.city) > 100
     OR length(new.country) > 100
     OR length(new.contact_name) > 200
     OR length(new.contact_email) > 254
     OR length(new.contact_phone) > 50
     OR length(new.website) > 2048
     OR length(new.notes) > 20000
     OR EXISTS (SELECT 1 FROM json_each(new.facilities) WHERE length(value) > 100)
BEGIN
    SELECT RAISE(ABORT, 'a venue field is longer than it may be (characters: name 200, address 500, city 100, country 100, contact_name 200, contact_email 254, contact_phone 50, website 2048, notes 20000, each facility 100)');
END;

CREATE TRIGGER projects_field_limits_insert BEFORE INSERT ON projects
WHEN length(new.client_name) > 200
     OR length(new.event_name) > 200
     OR length(new.city) > 100
     OR length(new.notes) > 20000
BEGIN
    SELECT RAISE(ABORT, 'a project field is longer than it may be (characters: client_name 200, event_name 200, city 100, notes 20000)');
END;
CREATE TRIGGER projects_field_limits_update BEFORE UPDATE ON projects
WHEN length(new.client_name) > 200
     OR length(new.event_name) > 200
     OR length(new.city) > 100
     OR length(new.notes) > 20000
BEGIN
    SELECT RAISE(ABORT, 'a project field is longer than it may be (characters: client_name 200, event_name 200, city 100, notes 20000)');
END;

CREATE TRIGGER project_venues_field_limits_insert BEFORE INSERT ON project_venues
WHEN length(new.notes) > 20000
BEGIN
    SELECT RAISE(ABORT, 'a shortlist entry field is longer than it may be (characters: notes 20000)');
END;
CREATE TRIGGER project_venues_field_limits_update BEFORE UPDATE ON project_venues
WHEN length(new.notes) > 20000
BEGIN
    SELECT RAISE(ABORT, 'a shortlist entry field is longer than it may be (characters: notes 20000)');
END;

CREATE TRIGGER catering_providers_field_limits_insert BEFORE INSERT ON catering_providers
WHEN length(new.name) > 200
     OR length(new.contact_name) > 200
     OR length(new.email) > 254
     OR length(new.phone) > 50
     OR length(new.website) > 2048
     OR length(new.notes) > 20000
BEGIN
    SELECT RAISE(ABORT, 'a catering provider field is longer than it may be (characters: name 200, contact_name 200, email 254, phone 50, website 2048, notes 20000)');
END;
CREATE TRIGGER catering_providers_field_limits_update BEFORE UPDATE ON catering_providers
WHEN length(new.name) > 200
     OR length(new.contact_name) > 200
     OR length(new.email) > 254
     OR length(new.phone) > 50
     OR length(new.website) > 2048
     OR length(new.notes) > 20000
BEGIN
    SELECT RAISE(ABORT, 'a catering provider field is longer than it may be (characters: name 200, contact_name 200, email 254, phone 50, website 2048, notes 20000)');
END;

CREATE TRIGGER photos_field_limits_insert BEFORE INSERT ON photos
WHEN length(new.caption) > 500
BEGIN
    SELECT RAISE(ABORT, 'a photo field is longer than it may be (characters: caption 500)');
END;
CREATE TRIGGER photos_field_limits_update BEFORE UPDATE ON photos
WHEN length(new.caption) > 500
BEGIN
    SELECT RAISE(ABORT, 'a photo field is longer than it may be (characters: caption 500)');
END;
