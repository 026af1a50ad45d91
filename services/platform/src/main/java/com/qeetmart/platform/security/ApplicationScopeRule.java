package com.qeetmart.platform.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * A partner application reaches only what a scope it holds opens: an operation whose contract
 * names no scope (one for any signed-in person, {@code isAuthenticated()}) is refused to it, where
 * {@link SecuredAnnotationRule} would let any valid token through. Public operations stay public.
 * It runs before that rule and decides nothing for people.
 */
@Singleton
final class ApplicationScopeRule implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        if (request == null || authentication == null || !ApplicationTokens.isApplication(authentication.getAttributes())) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        List<String> required = RouteRequirements.of(request);
        if (required.isEmpty() || required.contains(IS_ANONYMOUS)) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        boolean holds = required.stream().anyMatch(authentication.getRoles()::contains);
        return Mono.just(holds ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 1;
    }
}
