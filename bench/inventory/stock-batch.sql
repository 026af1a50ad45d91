-- One group commit of 64 reservations of one unit of PRODUCT, each for a new buyer and order with
-- a new Idempotency-Key, limits at their defaults (5 live, 10 units): stock_batch as the service
-- calls it (V7, V9: deciding on the stock as last committed), driven by pgbench.
SELECT count(*) FROM stock_batch(
  ARRAY(SELECT 'R' FROM generate_series(1, 64)), ARRAY(SELECT gen_random_uuid() FROM generate_series(1, 64)),
  ARRAY(SELECT gen_random_uuid() FROM generate_series(1, 64)), ARRAY(SELECT gen_random_uuid() FROM generate_series(1, 64)),
  ARRAY(SELECT false FROM generate_series(1, 64)), ARRAY(SELECT NULL::text FROM generate_series(1, 64)),
  ARRAY(SELECT gen_random_uuid()::text FROM generate_series(1, 64)), ARRAY(SELECT '\x01'::bytea FROM generate_series(1, 64)),
  ARRAY(SELECT now() + interval '10 minutes' FROM generate_series(1, 64)), ARRAY(SELECT now() FROM generate_series(1, 64)),
  ARRAY(SELECT 5 FROM generate_series(1, 64)), ARRAY(SELECT 10 FROM generate_series(1, 64)),
  ARRAY(SELECT g FROM generate_series(1, 64) g), ARRAY(SELECT 1 FROM generate_series(1, 64)),
  ARRAY(SELECT 'PRODUCT'::uuid FROM generate_series(1, 64)), ARRAY(SELECT 1 FROM generate_series(1, 64)), now(), false);
