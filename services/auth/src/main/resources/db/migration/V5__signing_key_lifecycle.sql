-- A signing key's lifecycle: published from created_at, signs from signs_from (a lead after it is
-- published, so every verifier holds it first), and leaves the JWKS at unpublished_at, once every
-- token it signed has expired. Keys that existed before this migration signed from their creation.
ALTER TABLE signing_key ADD COLUMN signs_from timestamptz;
UPDATE signing_key SET signs_from = created_at;
ALTER TABLE signing_key ALTER COLUMN signs_from SET NOT NULL;
ALTER TABLE signing_key RENAME COLUMN retired_at TO unpublished_at;
