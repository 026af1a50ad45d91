package com.qeetmart.inventory.reservation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A replay is recognised by the request's fingerprint: what must and must not change it. */
class RequestHashTest {

    private final UUID order = UUID.randomUUID();
    private final UUID lamp = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private final UUID desk = UUID.fromString("00000000-0000-4000-8000-000000000002");

    @Test
    void theOrderOfTheLinesDoesNotMatter() {
        assertArrayEquals(RequestHash.of(order, List.of(new Line(lamp, 1), new Line(desk, 2)), 600),
                RequestHash.of(order, List.of(new Line(desk, 2), new Line(lamp, 1)), 600));
        assertEquals(32, RequestHash.of(order, List.of(new Line(lamp, 1)), null).length, "SHA-256");
    }

    @Test
    void anyChangeOfOrderQuantityProductOrTtlIsAnotherRequest() {
        byte[] base = RequestHash.of(order, List.of(new Line(lamp, 1)), 600);
        assertFalse(java.util.Arrays.equals(base, RequestHash.of(UUID.randomUUID(), List.of(new Line(lamp, 1)), 600)));
        assertFalse(java.util.Arrays.equals(base, RequestHash.of(order, List.of(new Line(lamp, 2)), 600)));
        assertFalse(java.util.Arrays.equals(base, RequestHash.of(order, List.of(new Line(desk, 1)), 600)));
        assertFalse(java.util.Arrays.equals(base, RequestHash.of(order, List.of(new Line(lamp, 1)), 601)));
        assertFalse(java.util.Arrays.equals(base, RequestHash.of(order, List.of(new Line(lamp, 1)), null)),
                "no TTL (the default) is not the same request as an explicit one");
    }

    @Test
    void linesCannotBeReadAsOtherLines() {
        // "1" then "12" must not fingerprint like "11" then "2": the separators keep lines apart.
        assertFalse(java.util.Arrays.equals(
                RequestHash.of(order, List.of(new Line(lamp, 1), new Line(desk, 12)), 600),
                RequestHash.of(order, List.of(new Line(lamp, 11), new Line(desk, 2)), 600)));
    }
}
