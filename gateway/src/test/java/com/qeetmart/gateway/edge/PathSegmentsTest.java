package com.qeetmart.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A path that would leave its route group once a server decodes it is refused; any other passes. */
class PathSegmentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/products/./x", "/api/v1/products/../users/me", "/api/v1/products/..",
            "/api/v1/products/%2e%2e/users", "/api/v1/products/%2E./users", "/api/v1/products/.%2e",
            "/api/v1/products/%2e", "/api/v1/products/a%2Fb", "/api/v1/products/%zz", "/api/v1/products/%"})
    void climbingOrUndecodableSegmentsAreRefused(String path) {
        assertTrue(PathSegments.climbOut(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/products/8f1c", "/api/v1/products/", "/api/v1/products/...", "/api/v1/products/.hidden",
            "/api/v1/products/a.b", "/api/v1/products/q%20r", "/api/v1/products//x", "/"})
    void ordinarySegmentsPass(String path) {
        assertFalse(PathSegments.climbOut(path), path);
    }
}
