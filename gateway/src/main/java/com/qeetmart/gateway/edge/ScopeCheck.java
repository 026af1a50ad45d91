package com.qeetmart.gateway.edge;

import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.edge.CheckPoint;
import com.qeetmart.platform.edge.EdgeCheck;
import com.qeetmart.platform.edge.EdgeRequest;
import com.qeetmart.platform.edge.Verdict;
import com.qeetmart.platform.problem.InsufficientScope;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.security.ApplicationTokens;
import com.qeetmart.platform.security.CachingTokenValidator;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A partner application's token reaches a service only for an operation one of its scopes opens
 * ({@link ApplicationScopes}, from the contracts): anything else is refused here, 403
 * {@code INSUFFICIENT_SCOPE} with RFC 6750's challenge, as the service itself would refuse it. A
 * person's token passes (the services judge roles). The token was verified by {@link TokenCheck}
 * just before: its verdict is remembered, so this costs a lookup.
 */
@Singleton
final class ScopeCheck implements EdgeCheck {

    private final ApplicationScopes scopes;
    private final CachingTokenValidator tokens;

    ScopeCheck(ApplicationScopes scopes, CachingTokenValidator tokens) {
        this.scopes = scopes;
        this.tokens = tokens;
    }

    @Override
    public CheckPoint point() {
        return CheckPoint.SCOPE;
    }

    @Override
    public CompletionStage<Verdict> judge(EdgeRequest request, AnswerHeaders answerHeaders) {
        String token = request.proxied() ? request.bearerToken() : null;
        if (token == null) {
            return PASSED; // a public operation, or the gateway's own
        }
        if (tokens.remembered(token).filter(caller -> !ApplicationTokens.isApplication(caller.getAttributes())).isPresent()) {
            return PASSED; // a person's token, verified just before: no operation's templates need matching for it
        }
        Optional<List<String>> required = scopes.scopesFor(request.method(), request.servicePath());
        if (required.isEmpty()) {
            return PASSED;
        }
        return tokens.verify(token, null).thenApply(caller -> caller.filter(c -> ApplicationTokens.isApplication(c.getAttributes()))
                .map(application -> judge(application, required.get())).orElse(Verdict.PASS));
    }

    private static Verdict judge(Authentication application, List<String> required) {
        if (required.stream().anyMatch(application.getRoles()::contains)) {
            return Verdict.PASS;
        }
        InsufficientScope refusal = new InsufficientScope(required);
        return new Verdict.Refusal(ProblemKind.INSUFFICIENT_SCOPE, refusal.detail(),
                List.of(new AnswerHeaders.Header("WWW-Authenticate", refusal.challenge(), true)));
    }
}
