-- VenueMap initial schema (PostgreSQL). Table and column names follow the agency's existing
-- data layer, so both can read and write the same database.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TYPE user_role AS ENUM ('event_manager', 'admin');
CREATE TYPE project_status AS ENUM ('active', 'completed', 'cancelled');
CREATE TYPE outreach_status AS ENUM ('draft', 'sent', 'awaiting', 'responded', 'declined');

CREATE TABLE users (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name            text NOT NULL CHECK (btrim(name) <> ''),
    email           text NOT NULL CHECK (email LIKE '%_@_%'),
    phone           text,
    signature_block text,
    password_hash   text,
    role            user_role NOT NULL DEFAULT 'event_manager',
    is_active       boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

CREATE TABLE venues (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name          text NOT NULL CHECK (btrim(name) <> ''),
    address       text,
    city          text,
    country       text,
    capacity      integer CHECK (capacity >= 0),
    facilities    text[] NOT NULL DEFAULT '{}',
    rating        numeric(2,1) CHECK (rating >= 0 AND rating <= 5),
    contact_name  text,
    contact_email text,
    contact_phone text,
    website       text,
    notes         text,
    latitude      double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude     double precision CHECK (longitude BETWEEN -180 AND 180),
    is_deleted    boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1
);
-- Keyset orders of the venue list (DESIGN §4), live and deleted venues apart.
CREATE INDEX venues_name_idx ON venues (name, id) WHERE NOT is_deleted;
CREATE INDEX venues_city_name_idx ON venues (city, name, id) WHERE NOT is_deleted;
CREATE INDEX venues_capacity_idx ON venues (capacity, id) WHERE NOT is_deleted;
CREATE INDEX venues_rating_idx ON venues (rating, id) WHERE NOT is_deleted;
CREATE INDEX venues_updated_idx ON venues (updated_at, id) WHERE NOT is_deleted;
CREATE INDEX venues_deleted_name_idx ON venues (name, id) WHERE is_deleted;
-- Filters: facilities ("has all of"), name / city search, duplicate detection.
CREATE INDEX venues_facilities_idx ON venues USING gin (facilities);
CREATE INDEX venues_name_trgm_idx ON venues USING gin (name gin_trgm_ops);
CREATE INDEX venues_city_trgm_idx ON venues USING gin (city gin_trgm_ops);
CREATE INDEX venues_normalized_idx ON venues (lower(btrim(name)), lower(btrim(city)));

CREATE TABLE photos (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    venue_id     uuid NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    caption      text,
    content_type text NOT NULL,
    data         bytea NOT NULL,
    thumbnail    bytea,
    width        integer CHECK (width > 0),
    height       integer CHECK (height > 0),
    sort_order   integer NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX photos_venue_idx ON photos (venue_id, sort_order);

CREATE TABLE catering_providers (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name         text NOT NULL CHECK (btrim(name) <> ''),
    contact_name text,
    email        text,
    phone        text,
    website      text,
    notes        text,
    is_deleted   boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX catering_providers_name_idx ON catering_providers (name, id);

CREATE TABLE projects (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    client_name text NOT NULL CHECK (btrim(client_name) <> ''),
    event_name  text NOT NULL CHECK (btrim(event_name) <> ''),
    status      project_status NOT NULL DEFAULT 'active',
    event_date  date,
    attendees   integer CHECK (attendees >= 0),
    city        text,
    budget      numeric(12,2) CHECK (budget >= 0),
    notes       text,
    created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 1
);
CREATE INDEX projects_event_date_idx ON projects (event_date, id);
CREATE INDEX projects_status_idx ON projects (status, event_date);
CREATE INDEX projects_client_idx ON projects (lower(client_name));

CREATE TABLE project_venues (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id           uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    venue_id             uuid NOT NULL REFERENCES venues (id),
    catering_provider_id uuid REFERENCES catering_providers (id) ON DELETE SET NULL,
    outreach_status      outreach_status NOT NULL DEFAULT 'draft',
    include_in_proposal  boolean NOT NULL DEFAULT false,
    quoted_price         numeric(12,2) CHECK (quoted_price >= 0),
    decline_reason       text,
    sent_at              timestamptz,
    responded_at         timestamptz,
    notes                text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              integer NOT NULL DEFAULT 1,
    CONSTRAINT project_venues_project_venue_key UNIQUE (project_id, venue_id),
    CONSTRAINT project_venues_decline_reason_check
        CHECK (outreach_status <> 'declined' OR btrim(coalesce(decline_reason, '')) <> '')
);
CREATE INDEX project_venues_venue_idx ON project_venues (venue_id, outreach_status);
CREATE INDEX project_venues_status_idx ON project_venues (project_id, outreach_status);

CREATE TABLE activity_logs (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id uuid REFERENCES projects (id),
    user_id    uuid REFERENCES users (id),
    action     text NOT NULL CHECK (btrim(action) <> ''),
    details    jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activity_logs_project_idx ON activity_logs (project_id, created_at);

-- The activity log is append-only, for every role including the owner.
CREATE FUNCTION activity_logs_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'activity_logs is append-only: entries are never changed or removed'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER activity_logs_append_only
    BEFORE UPDATE OR DELETE ON activity_logs
    FOR EACH ROW EXECUTE FUNCTION activity_logs_append_only();
