-- Takes units for reservation lines, all or none: each line is a conditional UPDATE of its stock
-- row (in the order given, which callers sort by product id so that no two reservations deadlock);
-- a short line raises QS001 and the whole statement, with anything it wrote, is rolled back.
-- Called inside the single statement that also records the reservation, so the hot stock row is
-- locked only while the server finishes that statement and commits, never across a round trip.
CREATE FUNCTION reserve_stock(p_products uuid[], p_quantities integer[], p_now timestamptz)
    RETURNS TABLE (product_id uuid, version bigint)
    LANGUAGE plpgsql AS
$$
DECLARE
    i integer;
BEGIN
    FOR i IN 1 .. coalesce(array_length(p_products, 1), 0) LOOP
        product_id := p_products[i];
        UPDATE stock s SET reserved = s.reserved + p_quantities[i], version = s.version + 1, updated_at = p_now
         WHERE s.product_id = p_products[i] AND s.on_hand - s.reserved >= p_quantities[i]
        RETURNING s.version INTO version;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'insufficient stock for product %', p_products[i] USING ERRCODE = 'QS001';
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
