package com.qeetmart.gateway.edge;

import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.edge.CheckPoint;
import com.qeetmart.platform.edge.EdgeCheck;
import com.qeetmart.platform.edge.EdgeRequest;
import com.qeetmart.platform.edge.Verdict;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.security.CachingTokenValidator;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A proxied request needs a valid access token unless its contract declares the operation public
 * (a public operation's token, if any, goes on for the service to judge). The gateway's own
 * operations are Micronaut Security's to guard.
 */
@Singleton
final class TokenCheck implements EdgeCheck {

    private static final Verdict UNAUTHORIZED = new Verdict.Refusal(ProblemKind.UNAUTHORIZED,
            "A valid access token is required (Authorization: Bearer <token>)",
            List.of(new AnswerHeaders.Header("WWW-Authenticate", "Bearer", true)));

    private final PublicOperations publicOperations;
    private final CachingTokenValidator tokens;

    TokenCheck(PublicOperations publicOperations, CachingTokenValidator tokens) {
        this.publicOperations = publicOperations;
        this.tokens = tokens;
    }

    @Override
    public CheckPoint point() {
        return CheckPoint.TOKEN;
    }

    @Override
    public CompletionStage<Verdict> judge(EdgeRequest request, AnswerHeaders answerHeaders) {
        if (!request.proxied() || publicOperations.isPublic(request.method(), request.servicePath())) {
            return PASSED;
        }
        String token = request.bearerToken();
        if (token == null) {
            return EdgeCheck.now(UNAUTHORIZED);
        }
        return tokens.verify(token, null).thenApply(caller -> caller.isPresent() ? Verdict.PASS : UNAUTHORIZED);
    }
}
