-- A partner application reserves for its buyers: the reservation names the buyer by the
-- application's own reference, and the application's hold limits count units per buyer (live
-- reservations in all). A person's reservations have none, and count as before.
ALTER TABLE reservation ADD COLUMN buyer_reference text;
CREATE INDEX reservation_live_buyer ON reservation (created_by, buyer_reference) WHERE status = 'ACTIVE';

DROP FUNCTION check_hold_limits(uuid, uuid[], integer[], integer, integer, timestamptz);

-- As V3's, with units counted per buyer reference of the holder (null: the holder's own, a person).
CREATE FUNCTION check_hold_limits(p_caller uuid, p_buyer text, p_products uuid[], p_quantities integer[],
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
             WHERE r.created_by = p_caller AND r.buyer_reference IS NOT DISTINCT FROM p_buyer
               AND r.status = 'ACTIVE' AND r.expires_at > p_now AND l.product_id = p_products[i];
            IF held + p_quantities[i] > p_max_units THEN
                RAISE EXCEPTION 'buyer would hold % units of %', held + p_quantities[i], p_products[i]
                    USING ERRCODE = 'QS003';
            END IF;
        END LOOP;
    END IF;
    RETURN true;
END
$$;
