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
    -- PENDING: the first undelivered one of its resource for its endpoint, sent when due; QUEUED:
    -- waiting behind it (webhook_promote makes the next one PENDING); then DELIVERED or FAILED.
    state            text        NOT NULL CHECK (state IN ('PENDING', 'QUEUED', 'DELIVERED', 'FAILED')),
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
-- What an earlier version of this file made differently (it runs again on existing databases).
-- While an endpoint fails, nothing more is sent to it before paused_until: a dead or slow
-- receiver costs the senders one probe per pause, not one attempt per event.
ALTER TABLE webhook_endpoint ADD COLUMN IF NOT EXISTS paused_until timestamptz;
ALTER TABLE webhook_delivery DROP CONSTRAINT IF EXISTS webhook_delivery_state_check;
ALTER TABLE webhook_delivery ADD CONSTRAINT webhook_delivery_state_check
    CHECK (state IN ('PENDING', 'QUEUED', 'DELIVERED', 'FAILED'));
DROP INDEX IF EXISTS webhook_delivery_order;

-- Due deliveries are only the heads of their chains: claiming costs the same whatever waits behind them.
CREATE INDEX IF NOT EXISTS webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX IF NOT EXISTS webhook_delivery_head ON webhook_delivery (endpoint_id, resource_id) WHERE state = 'PENDING';
CREATE INDEX IF NOT EXISTS webhook_delivery_queue ON webhook_delivery (endpoint_id, resource_id, position) WHERE state = 'QUEUED';
CREATE INDEX IF NOT EXISTS webhook_delivery_log ON webhook_delivery (endpoint_id, created_at DESC);
CREATE INDEX IF NOT EXISTS webhook_delivery_event ON webhook_delivery (event_seq);

-- Makes the earliest QUEUED delivery of a resource to an endpoint PENDING, unless one is PENDING
-- already: a resource's events reach an endpoint one at a time, in order. Called after deliveries
-- are queued (by the relay) and after one ends (by its sender). It returns holding a lock on the
-- head (the one it promoted, or the PENDING one it found, waiting for a sender that is ending it):
-- whoever ends that head waits for this transaction, then sees what it queued. A head found only
-- by a later snapshot than the lock's (promoted meanwhile by a sender that ended its predecessor)
-- is locked on the next turn of the loop; returning without that lock once lost a delivery, left
-- QUEUED behind a head ended before the relay committed (ChainPromotionTest).
CREATE OR REPLACE FUNCTION webhook_promote(p_endpoint uuid, p_resource uuid) RETURNS integer
LANGUAGE plpgsql AS $$
BEGIN
  LOOP
    PERFORM 1 FROM webhook_delivery
     WHERE endpoint_id = p_endpoint AND resource_id = p_resource AND state = 'PENDING' FOR UPDATE;
    IF FOUND THEN
      RETURN 0;
    END IF;
    -- state = 'QUEUED' again on the row itself: if another promoter changed it first, the row is
    -- checked afresh, never set back to PENDING after it was delivered.
    UPDATE webhook_delivery SET state = 'PENDING', next_attempt_at = greatest(next_attempt_at, now())
     WHERE id = (SELECT id FROM webhook_delivery
                  WHERE endpoint_id = p_endpoint AND resource_id = p_resource AND state = 'QUEUED'
                  ORDER BY position LIMIT 1)
       AND state = 'QUEUED'
       AND NOT EXISTS (SELECT 1 FROM webhook_delivery
                        WHERE endpoint_id = p_endpoint AND resource_id = p_resource AND state = 'PENDING');
    IF FOUND THEN
      RETURN 1;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM webhook_delivery
                    WHERE endpoint_id = p_endpoint AND resource_id = p_resource AND state = 'QUEUED') THEN
      RETURN 0;
    END IF;
  END LOOP;
END $$;
