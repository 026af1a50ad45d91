-- A hot product's batches written side by side (issue: flash sale). stock_batch (V7) locked the
-- stock rows before deciding, so a hot product's row stayed locked through everything its batch
-- wrote (reservations, lines, keys, ledger, counts, events) and its commit: one batch at a time,
-- whatever the cores. Now a batch decides on the stock as last committed, writes all that, and
-- locks the stock row only at the end, to check and change it: two batches of one product write at
-- once and queue only for the row's change and the commit. The change is made only if the row
-- still has what the decisions took from it (s_need: the most the batch's operations, in their
-- order, took from what was available; a row the batch took from and gave back is checked and
-- locked though it does not change); else the batch raises QI409 and rolls back whole, and the
-- caller runs it again with p_stock_first, which locks the rows before deciding as V7 did. That
-- happens only when a concurrent batch took what this one counted on: a product running out.
-- Every outcome, count and write is otherwise V7's. Measured on the bench's database (pgbench,
-- batches of 32 reservations of one product, vacuumed before each run): 1 client locking first
-- 5,230 reservations/s; 2 clients locking first 5,490-5,960; 2 clients locking last 8,890-8,930.
--
-- The rows are locked FOR NO KEY UPDATE (V7: FOR UPDATE), as an UPDATE locks them: the ledger's
-- foreign key check of a batch running beside one that holds the row does not wait for it.
DROP FUNCTION stock_batch(text[], uuid[], uuid[], uuid[], boolean[], text[], text[], bytea[], timestamptz[],
                          timestamptz[], integer[], integer[], integer[], integer[], uuid[], integer[], timestamptz);

CREATE FUNCTION stock_batch(p_kind text[], p_id uuid[], p_order uuid[], p_caller uuid[], p_admin boolean[],
                            p_buyer text[], p_key text[], p_hash bytea[], p_expires timestamptz[], p_created timestamptz[],
                            p_max_live integer[], p_max_units integer[], p_first integer[], p_count integer[],
                            p_line_product uuid[], p_line_quantity integer[], p_now timestamptz,
                            p_stock_first boolean)
    RETURNS TABLE (op integer, outcome text, product_id uuid, version bigint, ended_order uuid, ended_expires timestamptz,
                   ended_created timestamptz, ended_buyer text, ended_products uuid[], ended_quantities integer[])
    LANGUAGE plpgsql AS
$$
#variable_conflict use_column
DECLARE
  n integer := coalesce(array_length(p_kind, 1), 0);
  rec record;
  -- Reservations being ended (locked), their lines, and what is decided for them.
  r_id uuid[] := '{}'; r_order uuid[] := '{}'; r_status text[] := '{}'; r_owner uuid[] := '{}';
  r_buyer text[] := '{}'; r_expires timestamptz[] := '{}'; r_created timestamptz[] := '{}'; r_reference text[] := '{}';
  l_res uuid[] := '{}'; l_product uuid[] := '{}'; l_quantity integer[] := '{}';
  ending uuid[] := '{}'; ending_status text[] := '{}';
  -- Counts and stock, locked, then kept up to date operation by operation.
  live_caller uuid[] := '{}'; live_n integer[] := '{}';
  units_key text[] := '{}'; units_n integer[] := '{}';
  u_caller uuid[] := '{}'; u_buyer text[] := '{}'; u_product uuid[] := '{}';
  s_product uuid[] := '{}'; s_available integer[] := '{}'; s_start integer[] := '{}'; s_need integer[] := '{}'; s_on_hand_delta integer[] := '{}'; s_reserved_delta integer[] := '{}';
  used_keys text[]; live_orders uuid[]; accepted integer[] := '{}';
  wanted uuid[]; changed uuid[]; touched uuid[]; w_product uuid[]; w_version bigint[];
  outcomes text[] := array_fill(NULL::text, ARRAY[n]);
  -- The reservation each operation ended (its index in r_id), for the operation's answer.
  ended_by integer[] := array_fill(NULL::integer, ARRAY[n]);
  i integer; j integer; k integer; pos integer; held integer; refusal text; st text; ukey text;
BEGIN
  -- The counts are kept by this function, from what it decides (steps 2 and 4), not by the count
  -- triggers of each of its statements.
  PERFORM set_config('inventory.batch_keeps_counts', 'on', true);
  -- 1. The reservations to end, in id order.
  -- (Every lookup is by key, one by one or = ANY (array): an index scan whatever the tables hold,
  -- so what a request costs does not grow with them.)
  wanted := ARRAY(SELECT p_id[x] FROM generate_subscripts(p_kind, 1) x WHERE p_kind[x] <> 'R');
  FOR rec IN SELECT r.id, r.order_id, r.status, r.created_by, coalesce(r.buyer_reference, '') AS buyer, r.expires_at,
                    r.created_at, r.buyer_reference
               FROM reservation r WHERE r.id = ANY (wanted)
              ORDER BY r.id FOR UPDATE LOOP
    r_id := r_id || rec.id; r_order := r_order || rec.order_id; r_status := r_status || rec.status;
    r_owner := r_owner || rec.created_by; r_buyer := r_buyer || rec.buyer; r_expires := r_expires || rec.expires_at;
    r_created := r_created || rec.created_at; r_reference := r_reference || rec.buyer_reference;
  END LOOP;
  FOR k IN 1 .. coalesce(array_length(r_id, 1), 0) LOOP
    CONTINUE WHEN r_status[k] <> 'ACTIVE';
    FOR rec IN SELECT l.product_id, l.quantity FROM reservation_line l WHERE l.reservation_id = r_id[k]
                ORDER BY l.product_id LOOP
      l_res := l_res || r_id[k]; l_product := l_product || rec.product_id; l_quantity := l_quantity || rec.quantity;
    END LOOP;
  END LOOP;

  -- 2. The counts of every caller involved, created at 0 when missing, locked in key order.
  WITH locked AS (
    INSERT INTO hold_live AS h (caller, reservations)
    SELECT DISTINCT c, 0 FROM (SELECT p_caller[x] FROM generate_subscripts(p_kind, 1) x WHERE p_kind[x] = 'R'
                               UNION SELECT r_owner[x] FROM generate_subscripts(r_id, 1) x WHERE r_status[x] = 'ACTIVE') AS t(c)
     ORDER BY c
    ON CONFLICT ON CONSTRAINT hold_live_pkey DO UPDATE SET reservations = h.reservations
    RETURNING h.caller, h.reservations)
  SELECT coalesce(array_agg(caller), '{}'), coalesce(array_agg(reservations), '{}') INTO live_caller, live_n FROM locked;

  WITH wanted AS (
    SELECT p_caller[x] AS c, coalesce(p_buyer[x], '') AS b, p_line_product[y] AS p
      FROM generate_subscripts(p_kind, 1) x, generate_series(p_first[x], p_first[x] + p_count[x] - 1) y
     WHERE p_kind[x] = 'R'
    UNION
    SELECT r_owner[x], r_buyer[x], l_product[y]
      FROM generate_subscripts(r_id, 1) x JOIN generate_subscripts(l_res, 1) y ON l_res[y] = r_id[x]),
  locked AS (
    INSERT INTO hold_units AS h (caller, buyer, product_id, units)
    SELECT c, b, p, 0 FROM wanted ORDER BY c, b, p
    ON CONFLICT ON CONSTRAINT hold_units_pkey DO UPDATE SET units = h.units
    RETURNING h.caller, h.buyer, h.product_id, h.units)
  SELECT coalesce(array_agg(locked.caller || '|' || locked.buyer || '|' || locked.product_id), '{}'),
         coalesce(array_agg(locked.units), '{}'), coalesce(array_agg(locked.caller), '{}'),
         coalesce(array_agg(locked.buyer), '{}'), coalesce(array_agg(locked.product_id), '{}')
    INTO units_key, units_n, u_caller, u_buyer, u_product FROM locked;

  -- 3. The stock rows, in product order: as last committed (p_stock_first: locked first).
  IF p_stock_first THEN
    PERFORM 1 FROM stock s WHERE s.product_id = ANY (p_line_product || l_product)
      ORDER BY s.product_id FOR NO KEY UPDATE;
  END IF;
  FOR rec IN SELECT s.product_id, s.on_hand - s.reserved AS available FROM stock s
              WHERE s.product_id = ANY (p_line_product || l_product) ORDER BY s.product_id LOOP
    s_product := s_product || rec.product_id; s_available := s_available || rec.available;
    s_start := s_start || rec.available; s_need := s_need || 0;
    s_on_hand_delta := s_on_hand_delta || 0; s_reserved_delta := s_reserved_delta || 0;
  END LOOP;

  -- Orders with a live reservation (keys already used are looked up one by one, below).
  used_keys := '{}';
  SELECT coalesce(array_agg(r.order_id), '{}') INTO live_orders
    FROM reservation r WHERE r.order_id = ANY (array_remove(p_order, NULL)) AND r.status = 'ACTIVE';

  -- 4. Each operation in arrival order, against the counts and stock as the earlier ones left them.
  FOR i IN 1 .. n LOOP
    IF p_kind[i] = 'R' THEN
      ukey := p_caller[i] || '|' || p_key[i];
      refusal := NULL;
      IF p_max_live[i] > 0 THEN
        k := array_position(live_caller, p_caller[i]);
        held := live_n[k];
        IF held + 1 > p_max_live[i] THEN
          held := held - overdue_reservations(p_caller[i], p_now, ending);
        END IF;
        IF held + 1 > p_max_live[i] THEN
          refusal := 'OVER_LIVE_LIMIT';
        END IF;
      END IF;
      IF refusal IS NULL AND p_max_units[i] > 0 THEN
        FOR j IN p_first[i] .. p_first[i] + p_count[i] - 1 LOOP
          k := array_position(units_key, p_caller[i] || '|' || coalesce(p_buyer[i], '') || '|' || p_line_product[j]);
          held := units_n[k];
          IF held + p_line_quantity[j] > p_max_units[i] THEN
            held := held - overdue_units(p_caller[i], coalesce(p_buyer[i], ''), p_line_product[j], p_now, ending);
          END IF;
          IF held + p_line_quantity[j] > p_max_units[i] THEN
            refusal := 'OVER_UNITS_LIMIT';
          END IF;
        END LOOP;
      END IF;
      IF refusal IS NULL AND p_order[i] = ANY (live_orders) THEN
        refusal := 'ORDER_HAS_LIVE';
      ELSIF refusal IS NULL AND (ukey = ANY (used_keys)
            OR EXISTS (SELECT 1 FROM idempotency_key k WHERE k.caller = p_caller[i] AND k.key = p_key[i])) THEN
        refusal := 'KEY_USED';
      END IF;
      IF refusal IS NULL THEN
        FOR j IN p_first[i] .. p_first[i] + p_count[i] - 1 LOOP
          k := array_position(s_product, p_line_product[j]);
          IF k IS NULL OR s_available[k] < p_line_quantity[j] THEN
            refusal := 'SHORT';
          END IF;
        END LOOP;
      END IF;
      IF refusal IS NOT NULL THEN
        outcomes[i] := refusal;
        CONTINUE;
      END IF;
      k := array_position(live_caller, p_caller[i]);
      live_n[k] := live_n[k] + 1;
      FOR j IN p_first[i] .. p_first[i] + p_count[i] - 1 LOOP
        k := array_position(units_key, p_caller[i] || '|' || coalesce(p_buyer[i], '') || '|' || p_line_product[j]);
        units_n[k] := units_n[k] + p_line_quantity[j];
        k := array_position(s_product, p_line_product[j]);
        s_available[k] := s_available[k] - p_line_quantity[j];
        s_reserved_delta[k] := s_reserved_delta[k] + p_line_quantity[j];
        -- The most the decisions so far took from what was available (endings before may have given some back).
        s_need[k] := greatest(s_need[k], s_start[k] - s_available[k]);
      END LOOP;
      used_keys := used_keys || ukey;
      live_orders := live_orders || p_order[i];
      accepted := accepted || i;
      outcomes[i] := 'RESERVED';
    ELSE
      k := array_position(r_id, p_id[i]);
      IF k IS NULL OR NOT (p_admin[i] OR r_owner[k] = p_caller[i]) THEN
        outcomes[i] := 'NOT_FOUND';
        CONTINUE;
      END IF;
      IF r_status[k] <> 'ACTIVE' THEN
        outcomes[i] := 'WAS_' || r_status[k];
        CONTINUE;
      END IF;
      st := CASE WHEN r_expires[k] <= p_now THEN 'EXPIRED' WHEN p_kind[i] = 'C' THEN 'COMMITTED' ELSE 'RELEASED' END;
      r_status[k] := st;
      ending := ending || r_id[k];
      ending_status := ending_status || st;
      live_orders := array_remove(live_orders, r_order[k]);
      pos := array_position(live_caller, r_owner[k]);
      live_n[pos] := live_n[pos] - 1;
      FOR j IN 1 .. coalesce(array_length(l_res, 1), 0) LOOP
        CONTINUE WHEN l_res[j] <> r_id[k];
        pos := array_position(units_key, r_owner[k] || '|' || r_buyer[k] || '|' || l_product[j]);
        units_n[pos] := units_n[pos] - l_quantity[j];
        pos := array_position(s_product, l_product[j]);
        s_reserved_delta[pos] := s_reserved_delta[pos] - l_quantity[j];
        IF st = 'COMMITTED' THEN
          s_on_hand_delta[pos] := s_on_hand_delta[pos] - l_quantity[j];
        ELSE
          s_available[pos] := s_available[pos] + l_quantity[j];
        END IF;
      END LOOP;
      outcomes[i] := st;
      ended_by[i] := k;
    END IF;
  END LOOP;

  -- 5. The writes, set by set. Endings first: an order whose reservation ends here may be
  -- reserved again by a later operation. Reservations, lines and keys in one statement, so the
  -- reservation's event (an AFTER trigger) sees its lines.
  -- (Each write only when it has rows: an empty statement still runs its statement triggers.)
  IF cardinality(ending) > 0 THEN
    UPDATE reservation r SET status = ending_status[array_position(ending, r.id)], updated_at = p_now
     WHERE r.id = ANY (ending) AND r.status = 'ACTIVE';
    INSERT INTO stock_ledger (product_id, on_hand_delta, reserved_delta, reason, reservation_id, created_at)
    SELECT l.product_id, CASE WHEN e.status = 'COMMITTED' THEN -l.quantity ELSE 0 END, -l.quantity,
           'reservation ' || lower(e.status), l.reservation_id, p_now
      FROM unnest(ending, ending_status) AS e(id, status)
           CROSS JOIN LATERAL (SELECT y.reservation_id, y.product_id, y.quantity FROM reservation_line y
                                WHERE y.reservation_id = e.id OFFSET 0) l;
  END IF;
  IF cardinality(accepted) > 0 THEN
    WITH a AS (SELECT x FROM unnest(accepted) AS x),
    made AS (INSERT INTO reservation (id, order_id, status, created_by, buyer_reference, expires_at, created_at, updated_at)
             SELECT p_id[x], p_order[x], 'ACTIVE', p_caller[x], p_buyer[x], p_expires[x], p_created[x], p_created[x] FROM a),
    lines AS (INSERT INTO reservation_line (reservation_id, product_id, quantity)
              SELECT p_id[x], p_line_product[y], p_line_quantity[y]
                FROM a, generate_series(p_first[x], p_first[x] + p_count[x] - 1) y),
    keys AS (INSERT INTO idempotency_key (caller, key, request_hash, reservation_id, created_at)
             SELECT p_caller[x], p_key[x], p_hash[x], p_id[x], p_created[x] FROM a)
    INSERT INTO stock_ledger (product_id, on_hand_delta, reserved_delta, reason, reservation_id, created_at)
    SELECT p_line_product[y], 0, p_line_quantity[y], 'reserved', p_id[x], p_created[x]
      FROM a, generate_series(p_first[x], p_first[x] + p_count[x] - 1) y;
  END IF;

  -- The counts as the batch left them, written once per table on the rows step 2 locked (the
  -- count triggers stood aside for its statements). A caller's units at 0 go (as the ending
  -- trigger's): those the batch locked for refused requests, and those its endings gave back.
  UPDATE hold_live h SET reservations = live_n[array_position(live_caller, h.caller)]
   WHERE h.caller = ANY (live_caller) AND h.reservations <> live_n[array_position(live_caller, h.caller)];
  UPDATE hold_units h SET units = c.n
    FROM unnest(u_caller, u_buyer, u_product, units_n) AS c(caller, buyer, product_id, n)
   WHERE (h.caller, h.buyer, h.product_id) = (c.caller, c.buyer, c.product_id) AND c.n > 0 AND h.units <> c.n;
  DELETE FROM hold_units h USING unnest(u_caller, u_buyer, u_product, units_n) AS c(caller, buyer, product_id, n)
   WHERE (h.caller, h.buyer, h.product_id) = (c.caller, c.buyer, c.product_id) AND c.n = 0;
  PERFORM set_config('inventory.batch_keeps_counts', 'off', true);

  changed := ARRAY(SELECT s_product[x] FROM generate_subscripts(s_product, 1) x
                    WHERE s_on_hand_delta[x] <> 0 OR s_reserved_delta[x] <> 0);
  -- Every stock row the batch changes or took from (a reservation and a release of the same units
  -- change nothing, yet the reservation was decided on the row), locked in product order, must
  -- still have what the decisions took from it: waiting here for a batch that holds a row, the
  -- check sees the row as that batch committed it.
  touched := ARRAY(SELECT s_product[x] FROM generate_subscripts(s_product, 1) x
                    WHERE s_on_hand_delta[x] <> 0 OR s_reserved_delta[x] <> 0 OR s_need[x] > 0);
  SELECT count(*) INTO k FROM (
    SELECT 1 FROM stock s
     WHERE s.product_id = ANY (touched) AND s.on_hand - s.reserved >= s_need[array_position(s_product, s.product_id)]
     ORDER BY s.product_id FOR NO KEY UPDATE) AS still;
  IF k < cardinality(touched) THEN
    RAISE EXCEPTION 'stock changed under the batch: decide it again on locked rows' USING ERRCODE = 'QI409';
  END IF;
  WITH written AS (
    UPDATE stock s SET on_hand = s.on_hand + s_on_hand_delta[array_position(s_product, s.product_id)],
                       reserved = s.reserved + s_reserved_delta[array_position(s_product, s.product_id)],
                       version = s.version + 1, updated_at = p_now
     WHERE s.product_id = ANY (changed)
    RETURNING s.product_id, s.version)
  SELECT coalesce(array_agg(written.product_id), '{}'), coalesce(array_agg(written.version), '{}')
    INTO w_product, w_version FROM written;
  -- Each operation's outcome; an ending's with the reservation as it ended it (its answer, as
  -- GET shows it: lines by product), so the ending needs no read after its commit.
  RETURN QUERY
    SELECT x, outcomes[x], NULL::uuid, NULL::bigint, r_order[ended_by[x]], r_expires[ended_by[x]], r_created[ended_by[x]],
           r_reference[ended_by[x]],
           CASE WHEN ended_by[x] IS NOT NULL THEN
             ARRAY(SELECT l_product[y] FROM generate_subscripts(l_res, 1) y WHERE l_res[y] = r_id[ended_by[x]] ORDER BY y) END,
           CASE WHEN ended_by[x] IS NOT NULL THEN
             ARRAY(SELECT l_quantity[y] FROM generate_subscripts(l_res, 1) y WHERE l_res[y] = r_id[ended_by[x]] ORDER BY y) END
      FROM generate_series(1, n) x;
  RETURN QUERY SELECT NULL::integer, NULL::text, w.p, w.v, NULL::uuid, NULL::timestamptz, NULL::timestamptz, NULL::text,
                      NULL::uuid[], NULL::integer[]
                 FROM unnest(w_product, w_version) AS w(p, v);
END
$$;

-- The count triggers (V6) stand aside while stock_batch keeps the counts itself: they applied each
-- statement's changes to rows stock_batch had already locked and counted, one UPDATE per caller
-- and product for the endings. Every other writer of reservations (the sweeper's expiry, a
-- migration, an operator's SQL) still has them.
DROP TRIGGER hold_reservations_added ON reservation;
DROP TRIGGER hold_lines_added ON reservation_line;
DROP TRIGGER hold_reservations_ended ON reservation;
CREATE TRIGGER hold_reservations_added AFTER INSERT ON reservation
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT
  WHEN (current_setting('inventory.batch_keeps_counts', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION hold_reservations_added();
CREATE TRIGGER hold_lines_added AFTER INSERT ON reservation_line
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT
  WHEN (current_setting('inventory.batch_keeps_counts', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION hold_lines_added();
CREATE TRIGGER hold_reservations_ended AFTER UPDATE ON reservation
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  WHEN (current_setting('inventory.batch_keeps_counts', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION hold_reservations_ended();
