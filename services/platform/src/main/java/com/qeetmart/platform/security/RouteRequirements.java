package com.qeetmart.platform.security;

import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.web.router.RouteMatch;

import java.util.Arrays;
import java.util.List;

/**
 * What the operation a request reached requires, as its contract says and the generated interface
 * carries it ({@code @Secured}): roles, scopes, or Micronaut's {@code isAnonymous()} /
 * {@code isAuthenticated()}. Empty when the request reached no route.
 */
public final class RouteRequirements {

    private RouteRequirements() {
    }

    public static List<String> of(HttpRequest<?> request) {
        return request.getAttribute(HttpAttributes.ROUTE_MATCH, RouteMatch.class)
                .map(route -> Arrays.asList(route.getAnnotationMetadata().stringValues(Secured.class)))
                .orElse(List.of());
    }
}
