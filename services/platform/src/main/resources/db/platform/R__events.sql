-- The platform's events (platform: events package): the outbox, the feed's horizon, webhook
-- endpoints, their secrets and deliveries, in every service's database. Repeatable: Flyway runs it
-- again only when this file changes, so every statement must be safe to run again.

-- One row per event, written in the same transaction as the change it reports (never after).
CREATE TABLE IF NOT EXISTS event_outbox (
    seq         bigserial PRIMARY KEY,   -- insertion order: within a resource, the order of its changes
    id          uuid        NOT NULL UNIQUE,
    type        text        NOT NULL,
    resource_id uuid        NOT NULL,
    sequence    bigint      NOT NULL,    -- the resource's version after the change
    owner_id    uuid,                    -- set: only that caller (and administrators) may receive it
    occurred_at timestamptz NOT NULL,
    data        json        NOT NULL,    -- the resource as its GET shows it (json keeps the text as written)
    position    bigint UNIQUE            -- the feed's order, stamped by the relay in commit order
);
CREATE INDEX IF NOT EXISTS event_outbox_unstamped ON event_outbox (seq) WHERE position IS NULL;
CREATE INDEX IF NOT EXISTS event_outbox_age ON event_outbox (occurred_at);

-- The highest feed position removed by retention: a cursor below it has missed events.
CREATE TABLE IF NOT EXISTS event_feed_horizon (
    only_row     boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    last_removed bigint  NOT NULL
);
INSERT INTO event_feed_horizon (last_removed) VALUES (0) ON CONFLICT DO NOTHING;

CREATE TABLE IF NOT EXISTS webhook_endpoint (
    id              uuid PRIMARY KEY,
    owner_id        uuid,                -- the partner application that owns it; null for an administrator's
    created_by      uuid        NOT NULL,
    url             text        NOT NULL,
    event_types     text[]      NOT NULL,
    description     text,
    enabled         boolean     NOT NULL,
    disabled_at     timestamptz,
    disabled_reason text,
    failing_since   timestamptz,         -- start of an unbroken run of failed attempts
    created_at      timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS webhook_endpoint_owner ON webhook_endpoint (owner_id, created_at DESC);

-- Signing secrets: the current one (expires_at null) and, after a rotation, the previous one
-- until it expires; deliveries carry a signature by each.
CREATE TABLE IF NOT EXISTS webhook_secret (
    endpoint_id uuid        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    secret      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz,
    PRIMARY KEY (endpoint_id, created_at)
);

CREATE TABLE IF NOT EXISTS webhook_delivery (
    id               uuid PRIMARY KEY,
    endpoint_id      uuid        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_seq        bigint      NOT NULL REFERENCES event_outbox (seq) ON DELETE CASCADE,
    position         bigint      NOT NULL,
    resource_id      uuid        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    lease_until      timestamptz,
    first_attempt_at timestamptz,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       text,
    last_latency_ms  bigint,
    created_at       timestamptz NOT NULL,
    UNIQUE (endpoint_id, event_seq)
);
CREATE INDEX IF NOT EXISTS webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING';
-- What must be delivered first: an earlier pending delivery of the same resource to the same endpoint.
CREATE INDEX IF NOT EXISTS webhook_delivery_order ON webhook_delivery (endpoint_id, resource_id, position) WHERE state = 'PENDING';
CREATE INDEX IF NOT EXISTS webhook_delivery_log ON webhook_delivery (endpoint_id, created_at DESC);
CREATE INDEX IF NOT EXISTS webhook_delivery_event ON webhook_delivery (event_seq);
