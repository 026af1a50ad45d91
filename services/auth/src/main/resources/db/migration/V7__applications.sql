-- Partner applications: OAuth 2.0 clients of the client credentials grant. Their secrets are
-- random 256-bit values, stored (like refresh tokens) only as SHA-256; a rotation gives the old
-- ones an end (expires_at) instead of deleting them, so both work for the overlap.
CREATE TABLE application (
    id                uuid PRIMARY KEY,
    name              text        NOT NULL,
    scopes            text[]      NOT NULL,
    allowed_addresses text[]      NOT NULL,
    session_id        uuid        NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);

CREATE TABLE application_secret (
    secret_hash    bytea PRIMARY KEY,
    application_id uuid        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz
);
CREATE INDEX application_secret_of ON application_secret (application_id);

-- An application's tokens name a session (sid) as a person's do, so ending it (a change of what
-- the application may do, or its deletion) reaches every verifier through the revocation feed.
-- The session row stays after the application is deleted: the feed reads it until its tokens expire.
ALTER TABLE session ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE session ADD COLUMN application_id uuid;
ALTER TABLE session ADD CONSTRAINT session_held_by_one CHECK (num_nonnulls(account_id, application_id) = 1);
