package com.qeetmart.gateway.edge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OperationIndexTest {

    private final OperationIndex<String> index = OperationIndex.of(List.of(
            Map.entry(Map.entry("GET", "/products/{id}"), "product"),
            Map.entry(Map.entry("GET", "/products/search"), "search"),
            Map.entry(Map.entry("GET", "/products"), "list"),
            Map.entry(Map.entry("GET", "/users/me"), "me"),
            Map.entry(Map.entry("GET", "/{tenant}/settings"), "settings"),
            Map.entry(Map.entry("POST", "/products"), "create")));

    private List<String> matching(String method, String path) {
        return index.candidates(method, path).stream()
                .filter(candidate -> candidate.template().matches(path)).map(OperationIndex.Candidate::value).toList();
    }

    @Test
    void aPathIsMatchedAgainstItsFirstSegmentsTemplatesAndTheVariableOnes() {
        assertEquals(List.of("product", "search", "list", "settings"),
                index.candidates("GET", "/products/42").stream().map(OperationIndex.Candidate::value).toList());
        assertEquals(List.of("product"), matching("GET", "/products/42"));
        assertEquals(List.of("product", "search"), matching("GET", "/products/search"));
        assertEquals(List.of("list"), matching("GET", "/products/"));
        assertEquals(List.of("me"), matching("GET", "/users/me"));
    }

    @Test
    void aFirstSegmentNoTemplateHasMeetsOnlyTheVariableOnes() {
        assertEquals(List.of("settings"), matching("GET", "/acme/settings"));
        assertEquals(List.of(), matching("GET", "/productsx/42"), "a longer segment is another segment");
        assertEquals(List.of(), matching("GET", "/product/42"), "a shorter one too");
        assertEquals(List.of(), matching("GET", ""));
    }

    @Test
    void headIsLookedUpAsGetAndAnUnknownMethodMeetsNothing() {
        assertEquals(List.of("me"), matching("HEAD", "/users/me"));
        assertEquals(List.of("create"), matching("POST", "/products"));
        assertEquals(List.of(), matching("DELETE", "/products/42"));
    }
}
