package com.qeetmart.platform.directread;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Only a canonical UUID right after the prefix is a key; everything else is Micronaut's to route. */
class PathKeysTest {

    private static final String ID = "ee8dde08-d8a2-44e3-8fec-5b9f7f0a0699";

    @Test
    void aCanonicalUuidInEitherCaseIsTheKey() {
        assertEquals(UUID.fromString(ID), PathKeys.uuidAfter("/products/", "/products/" + ID));
        assertEquals(UUID.fromString(ID), PathKeys.uuidAfter("/products/", "/products/" + ID.toUpperCase()));
    }

    @Test
    void anythingElseIsNoKey() {
        assertNull(PathKeys.uuidAfter("/products/", "/products/1-1-1-1-1")); // UUID.fromString would take it
        assertNull(PathKeys.uuidAfter("/products/", "/products/" + ID + "/"));
        assertNull(PathKeys.uuidAfter("/products/", "/products/" + ID.replace('e', 'g')));
        assertNull(PathKeys.uuidAfter("/products/", "/products/" + ID.replace('8', '\uFF18'))); // full-width digit
        assertNull(PathKeys.uuidAfter("/products/", "/products/" + ID.replace("-", "%2D").substring(0, 36)));
        assertNull(PathKeys.uuidAfter("/products/", "/categories/" + ID));
        assertNull(PathKeys.uuidAfter("/products/", "/products/" + ID.replace('-', 'a')));
    }
}
