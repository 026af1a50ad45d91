package com.qeetmart.gateway.edge;

import com.qeetmart.gateway.web.CorsPolicy;
import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.edge.CheckPoint;
import com.qeetmart.platform.edge.EdgeCheck;
import com.qeetmart.platform.edge.EdgeRequest;
import com.qeetmart.platform.edge.Verdict;
import com.qeetmart.platform.problem.ProblemKind;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@link CorsPolicy} as a check: a refused origin is 403 (with {@code Vary: Origin}), an allowed
 * origin's preflight is answered 204 here, and an allowed origin's every answer carries the grant.
 * While some origin is allowed, every answer says it varies by {@code Origin} (what it carries
 * depends on the Origin asked with), so a shared cache never hands one origin's grant to another.
 */
@Singleton
final class CorsCheck implements EdgeCheck {

    private static final String VARY = "Vary";
    private static final String ORIGIN = "Origin";
    private static final List<AnswerHeaders.Header> VARY_ORIGIN = List.of(new AnswerHeaders.Header(VARY, ORIGIN, false));

    private final CorsPolicy policy;

    CorsCheck(CorsPolicy policy) {
        this.policy = policy;
    }

    @Override
    public CheckPoint point() {
        return CheckPoint.CORS;
    }

    @Override
    public CompletionStage<Verdict> judge(EdgeRequest request, AnswerHeaders answerHeaders) {
        String origin = request.origin();
        return EdgeCheck.now(switch (policy.judge(origin, request.host(), request.method(), request.preflight())) {
            case NOT_CORS -> {
                if (policy.allowsAnyOrigin()) {
                    answerHeaders.add(VARY, ORIGIN); // a cache must not hand this answer to a browser origin's request
                }
                yield Verdict.PASS;
            }
            case REFUSED -> new Verdict.Refusal(ProblemKind.FORBIDDEN, CorsPolicy.refusal(origin), VARY_ORIGIN);
            case PREFLIGHT -> {
                List<AnswerHeaders.Header> headers = new ArrayList<>(7);
                policy.preflightHeaders(origin, (name, value) -> headers.add(new AnswerHeaders.Header(name, value, true)));
                yield new Verdict.Answer(204, headers);
            }
            case ALLOWED -> {
                policy.responseHeaders(origin, answerHeaders::add);
                yield Verdict.PASS;
            }
        });
    }
}
