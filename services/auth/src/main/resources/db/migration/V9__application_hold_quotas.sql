-- A partner application's hold limits at inventory: live reservations in all, units of a product
-- per buyer reference; null: the platform's defaults.
ALTER TABLE application ADD COLUMN live_reservations integer CHECK (live_reservations > 0);
ALTER TABLE application ADD COLUMN units_per_product integer CHECK (units_per_product > 0);
