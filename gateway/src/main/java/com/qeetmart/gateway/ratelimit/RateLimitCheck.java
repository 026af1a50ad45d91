package com.qeetmart.gateway.ratelimit;

import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.edge.CheckPoint;
import com.qeetmart.platform.edge.EdgeCheck;
import com.qeetmart.platform.edge.EdgeRequest;
import com.qeetmart.platform.edge.Verdict;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.security.ApplicationTokens;
import com.qeetmart.platform.security.CachingTokenValidator;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The rate limit ({@link RateLimiter}) for every request but the liveness probe: per client
 * address, or, for a partner application's token, per client id with the application's own quota
 * (its tokens' {@code rate_limit} claim), so a partner's traffic is not one address's budget. Only
 * a token the token check has already verified counts as an application's ({@link
 * CachingTokenValidator#remembered}): no signature is checked before the limit, and a forged one
 * is counted by its address. Every limited answer carries {@code RateLimit-Limit/-Remaining/-Reset};
 * a refused one is 429 with {@code Retry-After}.
 */
@Singleton
@Requires(property = "qeetmart.gateway.rate-limit.enabled", value = "true", defaultValue = "true")
final class RateLimitCheck implements EdgeCheck {

    private final RateLimiter limiter;
    private final CachingTokenValidator tokens;

    RateLimitCheck(RateLimiter limiter, CachingTokenValidator tokens) {
        this.limiter = limiter;
        this.tokens = tokens;
    }

    @Override
    public CheckPoint point() {
        return CheckPoint.RATE_LIMIT;
    }

    @Override
    public CompletionStage<Verdict> judge(EdgeRequest request, AnswerHeaders answerHeaders) {
        if (!request.proxied() && request.path().equals("/health")) {
            return PASSED; // liveness probes are never refused; /health/services is limited like any other request
        }
        String token = request.proxied() ? request.bearerToken() : null;
        Optional<Map<String, Object>> application = token == null ? Optional.empty()
                : tokens.remembered(token).map(Authentication::getAttributes).filter(ApplicationTokens::isApplication);
        CompletionStage<Decision> decided = application.isPresent()
                ? limiter.admitApplication(String.valueOf(application.get().get(ApplicationTokens.CLIENT_ID)), quotaOf(application.get()))
                : limiter.admit(request.clientAddress(), request.routeGroup());
        return decided.thenApply(decision -> {
            decision.headersTo(answerHeaders::set);
            return decision.allowed() ? Verdict.PASS : new Verdict.Refusal(ProblemKind.TOO_MANY_REQUESTS, decision.refusal(),
                    List.of(new AnswerHeaders.Header("Retry-After", Long.toString(decision.resetSeconds()), true)));
        });
    }

    private int quotaOf(Map<String, Object> claims) {
        return ApplicationTokens.quota(claims, ApplicationTokens.RATE_LIMIT).orElse(limiter.perApplicationPerMinute());
    }
}
