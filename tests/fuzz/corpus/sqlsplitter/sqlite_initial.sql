-- VenueMap initial schema (SQLite). Same tables and columns as PostgreSQL; ids are canonical
-- UUID text, enums are CHECKed text, money is integer cents, timestamps ISO-8601 UTC text.

CREATE TABLE users (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL CHECK (trim(name) <> ''),
    email           TEXT NOT NULL CHECK (email LIKE '%_@_%'),
    phone           TEXT,
    signature_block TEXT,
    password_hash   TEXT,
    role            TEXT NOT NULL DEFAULT 'event_manager' CHECK (role IN ('event_manager', 'admin')),
    is_active       INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

CREATE TABLE venues (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL CHECK (trim(name) <> ''),
    address       TEXT,
    city          TEXT,
    country       TEXT,
    capacity      INTEGER CHECK (capacity >= 0),
    facilities    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(facilities) AND json_type(facilities) = 'array'),
    rating        REAL CHECK (rating >= 0 AND rating <= 5 AND round(rating, 1) = rating),
    contact_name  TEXT,
    contact_email TEXT,
    contact_phone TEXT,
    website       TEXT,
    notes         TEXT,
    latitude      REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude     REAL CHECK (longitude BETWEEN -180 AND 180),
    is_deleted    INTEGER NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX venues_name_idx ON venues (name, id) WHERE is_deleted = 0;
CREATE INDEX venues_city_name_idx ON venues (city, name, id) WHERE is_deleted = 0;
CREATE INDEX venues_capacity_idx ON venues (capacity, id) WHERE is_deleted = 0;
CREATE INDEX venues_rating_idx ON venues (rating, id) WHERE is_deleted = 0;
CREATE INDEX venues_updated_idx ON venues (updated_at, id) WHERE is_deleted = 0;
CREATE INDEX venues_deleted_name_idx ON venues (name, id) WHERE is_deleted = 1;
CREATE INDEX venues_normalized_idx ON venues (lower(trim(name)), lower(trim(city)));

-- Name and city search: a trigram full-text index kept in step with venues by triggers.
CREATE VIRTUAL TABLE venues_fts USING fts5 (
    name, city, content = 'venues', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE TRIGGER venues_fts_insert AFTER INSERT ON venues BEGIN
    INSERT INTO venues_fts (rowid, name, city) VALUES (new.rowid, new.name, new.city);
END;
CREATE TRIGGER venues_fts_delete AFTER DELETE ON venues BEGIN
    INSERT INTO venues_fts (venues_fts, rowid, name, city) VALUES ('delete', old.rowid, old.name, old.city);
END;
CREATE TRIGGER venues_fts_update AFTER UPDATE OF name, city ON venues BEGIN
    INSERT INTO venues_fts (venues_fts, rowid, name, city) VALUES ('delete', old.rowid, old.name, old.city);
    INSERT INTO venues_fts (rowid, name, city) VALUES (new.rowid, new.name, new.city);
END;

CREATE TABLE photos (
    id           TEXT PRIMARY KEY NOT NULL,
    venue_id     TEXT NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    caption      TEXT,
    content_type TEXT NOT NULL,
    data         BLOB NOT NULL,
    thumbnail    BLOB,
    width        INTEGER CHECK (width > 0),
    height       INTEGER CHECK (height > 0),
    sort_order   INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX photos_venue_idx ON photos (venue_id, sort_order);

CREATE TABLE catering_providers (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL CHECK (trim(name) <> ''),
    contact_name TEXT,
    email        TEXT,
    phone        TEXT,
    website      TEXT,
    notes        TEXT,
    is_deleted   INTEGER NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX catering_providers_name_idx ON catering_providers (name, id);

CREATE TABLE projects (
    id          TEXT PRIMARY KEY NOT NULL,
    client_name TEXT NOT NULL CHECK (trim(client_name) <> ''),
    event_name  TEXT NOT NULL CHECK (trim(event_name) <> ''),
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'cancelled')),
    event_date  TEXT CHECK (event_date IS NULL OR date(event_date) = event_date),
    attendees   INTEGER CHECK (attendees >= 0),
    city        TEXT,
    budget      INTEGER CHECK (budget >= 0),
    notes       TEXT,
    created_by  TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX projects_event_date_idx ON projects (event_date, id);
CREATE INDEX projects_status_idx ON projects (status, event_date);
CREATE INDEX projects_client_idx ON projects (lower(client_name));

CREATE TABLE project_venues (
    id                   TEXT PRIMARY KEY NOT NULL,
    project_id           TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    venue_id             TEXT NOT NULL REFERENCES venues (id),
    catering_provider_id TEXT REFERENCES catering_providers (id) ON DELETE SET NULL,
    outreach_status      TEXT NOT NULL DEFAULT 'draft'
                         CHECK (outreach_status IN ('draft', 'sent', 'awaiting', 'responded', 'declined')),
    include_in_proposal  INTEGER NOT NULL DEFAULT 0 CHECK (include_in_proposal IN (0, 1)),
    quoted_price         INTEGER CHECK (quoted_price >= 0),
    decline_reason       TEXT,
    sent_at              TEXT,
    responded_at         TEXT,
    notes                TEXT,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version              INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT project_venues_project_venue_key UNIQUE (project_id, venue_id),
    CONSTRAINT project_venues_decline_reason_check
        CHECK (outreach_status <> 'declined' OR trim(coalesce(decline_reason, '')) <> '')
);
CREATE INDEX project_venues_venue_idx ON project_venues (venue_id, outreach_status);
CREATE INDEX project_venues_status_idx ON project_venues (project_id, outreach_status);

CREATE TABLE activity_logs (
    id         TEXT PRIMARY KEY NOT NULL,
    project_id TEXT REFERENCES projects (id),
    user_id    TEXT REFERENCES users (id),
    action     TEXT NOT NULL CHECK (trim(action) <> ''),
    details    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX activity_logs_project_idx ON activity_logs (project_id, created_at);

CREATE TRIGGER activity_logs_no_update BEFORE UPDATE ON activity_logs BEGIN
    SELECT RAISE(ABORT, 'activity_logs is append-only: entries are never changed or removed');
END;
CREATE TRIGGER activity_logs_no_delete BEFORE DELETE ON activity_logs BEGIN
    SELECT RAISE(ABORT, 'activity_logs is append-only: entries are never changed or removed');
END;
