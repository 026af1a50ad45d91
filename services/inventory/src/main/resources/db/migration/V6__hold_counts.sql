-- What each caller holds, kept as numbers beside its reservations instead of counted from them
-- at every request (the count grew with what the caller held): hold_live (live reservations per
-- caller, all of an application's buyers together) and hold_units (units of a product per caller
-- and buyer; buyer '' is a person's own). Triggers keep both in the transaction of every change,
-- whatever path made it. A reservation counts until its status leaves ACTIVE, overdue ones
-- included: the limits subtract overdue reservations only when a caller is at its limit, and
-- reservation_holder_due makes that cost what is overdue, not what is held.
--
-- Lock order, on every path: reservation rows, then hold_live rows (by caller), then hold_units
-- rows (by caller, buyer, product), then stock rows (by product). No two transactions deadlock.

CREATE TABLE hold_live (
    caller       uuid PRIMARY KEY,
    reservations integer NOT NULL CHECK (reservations >= 0)
);

-- A row exists while its units are held (it is deleted at 0: applications have many buyers).
CREATE TABLE hold_units (
    caller     uuid    NOT NULL,
    buyer      text    NOT NULL,
    product_id uuid    NOT NULL,
    units      integer NOT NULL CHECK (units >= 0),
    PRIMARY KEY (caller, buyer, product_id)
);

INSERT INTO hold_live (caller, reservations)
SELECT created_by, count(*) FROM reservation WHERE status = 'ACTIVE' GROUP BY created_by;

INSERT INTO hold_units (caller, buyer, product_id, units)
SELECT r.created_by, coalesce(r.buyer_reference, ''), l.product_id, sum(l.quantity)
  FROM reservation r JOIN reservation_line l ON l.reservation_id = r.id
 WHERE r.status = 'ACTIVE'
 GROUP BY 1, 2, 3;

-- The scans the counts replace, and their indexes.
DROP FUNCTION check_hold_limits(uuid, text, uuid[], integer[], integer, integer, timestamptz);
DROP INDEX reservation_live_holder;
DROP INDEX reservation_live_buyer;
CREATE INDEX reservation_holder_due ON reservation (created_by, expires_at) WHERE status = 'ACTIVE';

CREATE FUNCTION hold_reservations_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO hold_live (caller, reservations)
  SELECT a.created_by, count(*) FROM added a WHERE a.status = 'ACTIVE' GROUP BY 1 ORDER BY 1
  ON CONFLICT (caller) DO UPDATE SET reservations = hold_live.reservations + EXCLUDED.reservations;
  RETURN NULL;
END $$;

CREATE TRIGGER hold_reservations_added AFTER INSERT ON reservation
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION hold_reservations_added();

CREATE FUNCTION hold_lines_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each line's reservation by its key (LIMIT 1 keeps it a lookup, not a join the planner may
  -- turn into a scan of what the holder holds): the cost follows the lines added, not the table.
  INSERT INTO hold_units (caller, buyer, product_id, units)
  SELECT r.created_by, coalesce(r.buyer_reference, ''), a.product_id, sum(a.quantity)
    FROM added a CROSS JOIN LATERAL (SELECT x.created_by, x.buyer_reference FROM reservation x
                                      WHERE x.id = a.reservation_id AND x.status = 'ACTIVE' LIMIT 1) r
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (caller, buyer, product_id) DO UPDATE SET units = hold_units.units + EXCLUDED.units;
  RETURN NULL;
END $$;

CREATE TRIGGER hold_lines_added AFTER INSERT ON reservation_line
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION hold_lines_added();

-- A reservation whose status leaves ACTIVE (committed, released, expired) stops counting. The
-- rows are locked in the declared order before they change.
CREATE FUNCTION hold_reservations_ended() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ended uuid[] := ARRAY(SELECT a.id FROM after_rows a JOIN before_rows b ON b.id = a.id
                         WHERE b.status = 'ACTIVE' AND a.status <> 'ACTIVE');
  rec record;
  left_over integer;
BEGIN
  IF cardinality(ended) = 0 THEN
    RETURN NULL;
  END IF;
  -- Row by row in key order: each UPDATE locks its row in the declared order.
  FOR rec IN SELECT a.created_by AS caller, count(*)::integer AS n FROM after_rows a
              WHERE a.id = ANY (ended) GROUP BY 1 ORDER BY 1 LOOP
    UPDATE hold_live h SET reservations = h.reservations - rec.n WHERE h.caller = rec.caller;
  END LOOP;
  FOR rec IN SELECT a.created_by AS caller, coalesce(a.buyer_reference, '') AS buyer, l.product_id,
                    sum(l.quantity)::integer AS units
               FROM after_rows a CROSS JOIN LATERAL (SELECT y.product_id, y.quantity FROM reservation_line y
                                                      WHERE y.reservation_id = a.id OFFSET 0) l
              WHERE a.id = ANY (ended)
              GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 LOOP
    UPDATE hold_units h SET units = h.units - rec.units
     WHERE (h.caller, h.buyer, h.product_id) = (rec.caller, rec.buyer, rec.product_id)
    RETURNING h.units INTO left_over;
    IF left_over = 0 THEN
      DELETE FROM hold_units h WHERE (h.caller, h.buyer, h.product_id) = (rec.caller, rec.buyer, rec.product_id);
    END IF;
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER hold_reservations_ended AFTER UPDATE ON reservation
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION hold_reservations_ended();

-- What a caller holds beyond its counts' reach: its overdue reservations (past expiry, not yet
-- ended), except those named in p_ending (being ended by the caller's own statement).
CREATE FUNCTION overdue_reservations(p_caller uuid, p_now timestamptz, p_ending uuid[])
    RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT count(*)::integer FROM reservation r
   WHERE r.created_by = p_caller AND r.status = 'ACTIVE' AND r.expires_at <= p_now AND r.id <> ALL (p_ending)
$$;

CREATE FUNCTION overdue_units(p_caller uuid, p_buyer text, p_product uuid, p_now timestamptz, p_ending uuid[])
    RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(l.quantity), 0)::integer
    FROM reservation r JOIN reservation_line l ON l.reservation_id = r.id AND l.product_id = p_product
   WHERE r.created_by = p_caller AND coalesce(r.buyer_reference, '') = p_buyer
     AND r.status = 'ACTIVE' AND r.expires_at <= p_now AND r.id <> ALL (p_ending)
$$;
