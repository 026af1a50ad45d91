-- What one caller may hold at once (issue: stock hoarding). Called by the reserving statement
-- before it records anything: it serialises the caller's own reservations on an advisory lock
-- (other callers are not held up), then counts what the caller holds in live reservations. A
-- VOLATILE function takes a fresh snapshot per query, so after the lock it sees every
-- reservation of the caller that committed meanwhile: two concurrent requests cannot both slip
-- under a limit. QS002: too many live reservations; QS003: too many units of a product.
-- A limit of 0 or less is no limit.
CREATE INDEX reservation_live_holder ON reservation (created_by) WHERE status = 'ACTIVE';

CREATE FUNCTION check_hold_limits(p_caller uuid, p_products uuid[], p_quantities integer[],
                                  p_max_live integer, p_max_units integer, p_now timestamptz)
    RETURNS boolean
    LANGUAGE plpgsql VOLATILE AS
$$
DECLARE
    i    integer;
    held integer;
BEGIN
    IF p_max_live <= 0 AND p_max_units <= 0 THEN
        RETURN true;
    END IF;
    PERFORM pg_advisory_xact_lock(1903, hashtext(p_caller::text));
    IF p_max_live > 0 THEN
        SELECT count(*) INTO held FROM reservation r
         WHERE r.created_by = p_caller AND r.status = 'ACTIVE' AND r.expires_at > p_now;
        IF held >= p_max_live THEN
            RAISE EXCEPTION 'caller holds % live reservations', held USING ERRCODE = 'QS002';
        END IF;
    END IF;
    IF p_max_units > 0 THEN
        FOR i IN 1 .. coalesce(array_length(p_products, 1), 0) LOOP
            SELECT coalesce(sum(l.quantity), 0) INTO held
              FROM reservation r JOIN reservation_line l ON l.reservation_id = r.id
             WHERE r.created_by = p_caller AND r.status = 'ACTIVE' AND r.expires_at > p_now
               AND l.product_id = p_products[i];
            IF held + p_quantities[i] > p_max_units THEN
                RAISE EXCEPTION 'caller would hold % units of %', held + p_quantities[i], p_products[i]
                    USING ERRCODE = 'QS003';
            END IF;
        END LOOP;
    END IF;
    RETURN true;
END
$$;
