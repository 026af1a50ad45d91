-- Stock per product, reservations, and the append-only ledger that explains every change:
-- for every product, on_hand = sum(on_hand_delta) and reserved = sum(reserved_delta).
CREATE TABLE stock (
    product_id uuid PRIMARY KEY,
    on_hand    integer     NOT NULL CHECK (on_hand >= 0),
    reserved   integer     NOT NULL CHECK (reserved >= 0),
    version    bigint      NOT NULL,
    updated_at timestamptz NOT NULL,
    -- The database itself refuses an oversold product, whatever the code does.
    CHECK (reserved <= on_hand)
);

CREATE TABLE reservation (
    id         uuid PRIMARY KEY,
    order_id   uuid        NOT NULL,
    status     text        NOT NULL CHECK (status IN ('ACTIVE', 'COMMITTED', 'RELEASED', 'EXPIRED')),
    created_by uuid        NOT NULL,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
-- One live reservation per order.
CREATE UNIQUE INDEX reservation_live_order ON reservation (order_id) WHERE status = 'ACTIVE';
CREATE INDEX reservation_due ON reservation (expires_at) WHERE status = 'ACTIVE';

-- No foreign key to stock: a line is only ever kept when its stock UPDATE succeeded.
CREATE TABLE reservation_line (
    reservation_id uuid    NOT NULL REFERENCES reservation (id),
    product_id     uuid    NOT NULL,
    quantity       integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (reservation_id, product_id)
);
CREATE INDEX reservation_line_product ON reservation_line (product_id);

CREATE TABLE stock_ledger (
    id             bigserial PRIMARY KEY,
    product_id     uuid        NOT NULL REFERENCES stock (product_id),
    on_hand_delta  integer     NOT NULL,
    reserved_delta integer     NOT NULL,
    reason         text        NOT NULL,
    reservation_id uuid REFERENCES reservation (id),
    created_at     timestamptz NOT NULL
);
CREATE INDEX stock_ledger_product ON stock_ledger (product_id, id);

-- Idempotency-Key per caller: the same key and body answer the same reservation.
CREATE TABLE idempotency_key (
    caller         uuid        NOT NULL,
    key            text        NOT NULL,
    request_hash   bytea       NOT NULL,
    reservation_id uuid        NOT NULL REFERENCES reservation (id),
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (caller, key)
);
