package com.qeetmart.gateway.ratelimit;

import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.edge.CheckPoint;
import com.qeetmart.platform.edge.EdgeCheck;
import com.qeetmart.platform.edge.EdgeRequest;
import com.qeetmart.platform.edge.Verdict;
import com.qeetmart.platform.problem.ProblemKind;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The rate limit per client address ({@link RateLimiter}), for every request but the liveness
 * probe: every limited answer carries {@code RateLimit-Limit/-Remaining/-Reset}; a refused one is
 * 429 with {@code Retry-After}.
 */
@Singleton
@Requires(property = "qeetmart.gateway.rate-limit.enabled", value = "true", defaultValue = "true")
final class RateLimitCheck implements EdgeCheck {

    private final RateLimiter limiter;

    RateLimitCheck(RateLimiter limiter) {
        this.limiter = limiter;
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
        return limiter.admit(request.clientAddress(), request.routeGroup()).thenApply(decision -> {
            decision.headersTo(answerHeaders::set);
            return decision.allowed() ? Verdict.PASS : new Verdict.Refusal(ProblemKind.TOO_MANY_REQUESTS, decision.refusal(),
                    List.of(new AnswerHeaders.Header("Retry-After", Long.toString(decision.resetSeconds()), true)));
        });
    }
}
