-- Profiles, address books and preferences. A profile's id is the user's account id (the `sub`
-- of their access token). Erasing a profile erases its addresses and preferences with it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE profile (
    id         uuid PRIMARY KEY,
    email      text        NOT NULL,
    name       text,
    phone      text,
    version    bigint      NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX profile_email ON profile (lower(email), id);
CREATE INDEX profile_email_search ON profile USING gin (lower(email) gin_trgm_ops);
CREATE INDEX profile_name_search ON profile USING gin (lower(name) gin_trgm_ops);

CREATE TABLE address (
    id             uuid PRIMARY KEY,
    user_id        uuid        NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    label          text,
    recipient_name text        NOT NULL,
    line1          text        NOT NULL,
    line2          text,
    city           text        NOT NULL,
    region         text,
    postal_code    text        NOT NULL,
    country_code   char(2)     NOT NULL,
    phone          text,
    is_default     boolean     NOT NULL,
    version        bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX address_user ON address (user_id, created_at DESC);
-- At most one default per user, whatever races; "at least one" is kept by AddressService.
CREATE UNIQUE INDEX address_one_default ON address (user_id) WHERE is_default;

CREATE TABLE preferences (
    user_id               uuid PRIMARY KEY REFERENCES profile (id) ON DELETE CASCADE,
    language              text        NOT NULL,
    currency              char(3)     NOT NULL,
    marketing_opt_in      boolean     NOT NULL,
    notification_channels text[]      NOT NULL,
    updated_at            timestamptz NOT NULL
);
