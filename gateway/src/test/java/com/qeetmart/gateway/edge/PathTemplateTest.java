package com.qeetmart.gateway.edge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathTemplateTest {

    private final PathTemplate variants = PathTemplate.of("/products/{productId}/variants");

    @Test
    void aVariableIsOneNonEmptySegment() {
        assertTrue(variants.matches("/products/7f3c/variants"));
        assertTrue(variants.matches("/products/7f3c/variants/"), "a trailing slash");
        assertFalse(variants.matches("/products//variants"), "an empty variable");
        assertFalse(variants.matches("/products/a/b/variants"), "two segments for one variable");
        assertFalse(variants.matches("/products/7f3c/variants/x"));
        assertFalse(variants.matches("/products/7f3c/variantsx"));
        assertFalse(variants.matches("/products/7f3c"));
        assertFalse(variants.matches("/products/7f3c/variants//"));
    }

    @Test
    void literalSegmentsMatchExactly() {
        PathTemplate search = PathTemplate.of("/products/search");
        assertTrue(search.matches("/products/search"));
        assertFalse(search.matches("/products/searc"));
        assertFalse(search.matches("/products/Search"));
        assertFalse(search.matches("/products"));
        assertTrue(PathTemplate.of("/products/{id}").matches("/products/search"), "both templates may match");
    }

    @Test
    void aVariableInsideASegmentIsMatchedToo() {
        PathTemplate file = PathTemplate.of("/files/{name}.json");
        assertTrue(file.matches("/files/a.json"));
        assertFalse(file.matches("/files/a.xml"));
        assertFalse(file.matches("/files/a/b.json"));
    }
}
