-- The product catalog. Rows are never deleted: deleted_at marks a soft delete, and every
-- foreign key is RESTRICT so no cascade can ever remove history.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE category (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    slug        text        NOT NULL,
    description text,
    parent_id   uuid REFERENCES category (id) ON DELETE RESTRICT,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    deleted_at  timestamptz
);
-- A slug is unique among live categories; a deleted category frees its slug.
CREATE UNIQUE INDEX category_slug_live ON category (slug) WHERE deleted_at IS NULL;
CREATE INDEX category_name_live ON category (name, id) WHERE deleted_at IS NULL;
CREATE INDEX category_parent_live ON category (parent_id) WHERE deleted_at IS NULL;

CREATE TABLE product (
    id             uuid PRIMARY KEY,
    name           text          NOT NULL,
    description    text,
    brand          text,
    category_id    uuid REFERENCES category (id) ON DELETE RESTRICT,
    status         text          NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    price_amount   numeric(16, 4) NOT NULL CHECK (price_amount >= 0),
    price_currency char(3)       NOT NULL,
    attributes     jsonb         NOT NULL DEFAULT '{}'::jsonb,
    version        bigint        NOT NULL,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    deleted_at     timestamptz,
    -- Full-text search document, kept by PostgreSQL itself: name weighs most, then brand.
    search_vector  tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(brand, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'C')
    ) STORED
);
CREATE INDEX product_search_live ON product USING gin (search_vector) WHERE deleted_at IS NULL;
CREATE INDEX product_created_live ON product (created_at DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX product_category_live ON product (category_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX product_brand_live ON product (lower(brand)) WHERE deleted_at IS NULL;
CREATE INDEX product_price_live ON product (price_amount) WHERE deleted_at IS NULL;
CREATE INDEX product_name_live ON product (lower(name), id) WHERE deleted_at IS NULL;

CREATE TABLE product_variant (
    id             uuid PRIMARY KEY,
    product_id     uuid          NOT NULL REFERENCES product (id) ON DELETE RESTRICT,
    sku            text          NOT NULL,
    name           text          NOT NULL,
    price_amount   numeric(16, 4) CHECK (price_amount >= 0),
    price_currency char(3),
    attributes     jsonb         NOT NULL DEFAULT '{}'::jsonb,
    version        bigint        NOT NULL,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    deleted_at     timestamptz,
    CHECK ((price_amount IS NULL) = (price_currency IS NULL))
);
-- A SKU is unique in the whole catalog, case-insensitively, and stays taken after a delete
-- (orders and stock keep referring to it).
CREATE UNIQUE INDEX product_variant_sku ON product_variant (upper(sku));
CREATE INDEX product_variant_product_live ON product_variant (product_id, sku) WHERE deleted_at IS NULL;
