-- The answers of creating writes made with an Idempotency-Key (platform: idempotency package),
-- in every service's database. Repeatable: Flyway runs it again only when this file changes.
CREATE TABLE IF NOT EXISTS idempotent_write (
    caller        text        NOT NULL,
    operation     text        NOT NULL,
    key           text        NOT NULL,
    request_hash  bytea       NOT NULL,
    status        integer,
    headers       text,
    body          text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, operation, key)
);
CREATE INDEX IF NOT EXISTS idempotent_write_created_at ON idempotent_write (created_at);
