package com.qeetmart.gateway.edge;

import com.qeetmart.gateway.routing.Route;
import com.qeetmart.gateway.routing.RouteTable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * Who may pass the gateway to a service: anyone for the contracts' public operations, otherwise
 * only a caller whose access token the security filter has verified against the auth JWKS.
 * Roles are the services' business: they see the same token.
 */
@Singleton
class EdgeAccessRule implements SecurityRule<HttpRequest<?>> {

    private static final Publisher<SecurityRuleResult> ALLOWED = Mono.just(SecurityRuleResult.ALLOWED);
    private static final Publisher<SecurityRuleResult> REJECTED = Mono.just(SecurityRuleResult.REJECTED);
    private static final Publisher<SecurityRuleResult> UNKNOWN = Mono.just(SecurityRuleResult.UNKNOWN);

    private final RouteTable routes;
    private final PublicOperations publicOperations;

    EdgeAccessRule(RouteTable routes, PublicOperations publicOperations) {
        this.routes = routes;
        this.publicOperations = publicOperations;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        Optional<Route> route = routes.routeOf(request);
        if (route.isEmpty()) {
            return UNKNOWN; // the gateway's own operations carry @Secured; anything else is a 404
        }
        if (authentication != null || publicOperations.isPublic(request.getMethodName(), route.get().upstreamPath())) {
            return ALLOWED;
        }
        return REJECTED;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
