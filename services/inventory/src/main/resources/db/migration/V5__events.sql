-- Inventory's events, written by the database in the transaction of every change, whatever path
-- made it (an adjustment, a reservation, its commitment, release or expiry): the platform's
-- outbox (event_outbox, from db/platform/R__events.sql) gets a row per changed stock row and per
-- reservation created or ended. Trigger functions name the outbox only when they run, so the
-- platform's repeatable migration, which Flyway runs after this one, creates it in time.

-- The time as the API writes it: RFC 3339 in UTC, never in the session's time zone.
CREATE FUNCTION event_time(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

-- stock.changed: the stock as it stood after the change (GET /inventory/{productId}), with its
-- version as the event's sequence. An UPDATE that changed neither count writes nothing, nor does
-- the empty row a product's first stock change starts from (that change is the event).
CREATE FUNCTION stock_changed_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.on_hand = OLD.on_hand AND NEW.reserved = OLD.reserved THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' AND NEW.on_hand = 0 AND NEW.reserved = 0 THEN
    RETURN NULL;
  END IF;
  INSERT INTO event_outbox (id, type, resource_id, sequence, owner_id, occurred_at, data)
  VALUES (gen_random_uuid(), 'stock.changed', NEW.product_id, NEW.version, NULL, NEW.updated_at,
          json_build_object('productId', NEW.product_id, 'onHand', NEW.on_hand,
                            'reservedQuantity', NEW.reserved, 'availableQuantity', NEW.on_hand - NEW.reserved,
                            'version', NEW.version, 'updatedAt', event_time(NEW.updated_at)));
  RETURN NULL;
END $$;

CREATE TRIGGER stock_changed AFTER INSERT OR UPDATE OF on_hand, reserved ON stock
  FOR EACH ROW EXECUTE FUNCTION stock_changed_event();

-- reservation.created|committed|released|expired: the reservation as GET
-- /inventory/reservations/{id} shows it, for its maker only (and administrators). Its sequence
-- is 1 when made and 2 when it ended (a reservation ends once). An AFTER trigger runs when the
-- statement that made the reservation has also written its lines.
CREATE FUNCTION reservation_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    kind := 'created';
  ELSIF NEW.status <> OLD.status AND NEW.status IN ('COMMITTED', 'RELEASED', 'EXPIRED') THEN
    kind := lower(NEW.status);
  ELSE
    RETURN NULL;
  END IF;
  INSERT INTO event_outbox (id, type, resource_id, sequence, owner_id, occurred_at, data)
  SELECT gen_random_uuid(), 'reservation.' || kind, NEW.id, CASE WHEN kind = 'created' THEN 1 ELSE 2 END,
         NEW.created_by, NEW.updated_at,
         json_strip_nulls(json_build_object(
           'id', NEW.id, 'orderId', NEW.order_id, 'status', NEW.status,
           'lines', (SELECT coalesce(json_agg(json_build_object('productId', l.product_id, 'quantity', l.quantity)
                                              ORDER BY l.product_id), '[]'::json)
                       FROM reservation_line l WHERE l.reservation_id = NEW.id),
           'expiresAt', event_time(NEW.expires_at), 'createdAt', event_time(NEW.created_at),
           'buyerReference', NEW.buyer_reference));
  RETURN NULL;
END $$;

CREATE TRIGGER reservation_events AFTER INSERT OR UPDATE OF status ON reservation
  FOR EACH ROW EXECUTE FUNCTION reservation_event();
