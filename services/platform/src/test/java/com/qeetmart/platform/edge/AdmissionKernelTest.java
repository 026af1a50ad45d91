package com.qeetmart.platform.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.platform.problem.ProblemKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** The kernel runs the declared order, stops at the first check that does not pass, and never fails a request itself. */
class AdmissionKernelTest {

    private static final EdgeRequest REQUEST = new EdgeRequest("GET", "/api/v1/products/1", "shop", null, false, null,
            "192.0.2.1", "products", "/products/1");

    private final List<CheckPoint> ran = new ArrayList<>();

    @Test
    void checksRunInTheDeclaredOrderWhateverOrderTheyWereFoundIn() {
        AdmissionKernel kernel = new AdmissionKernel(List.of(check(CheckPoint.TOKEN, pass()), check(CheckPoint.CORS, pass()),
                check(CheckPoint.RATE_LIMIT, pass()), check(CheckPoint.PATH, pass())));

        assertSame(Verdict.PASS, kernel.admit(REQUEST, new AnswerHeaders()).toCompletableFuture().join());
        assertEquals(List.of(CheckPoint.CORS, CheckPoint.PATH, CheckPoint.RATE_LIMIT, CheckPoint.TOKEN), ran);
        assertEquals(ran, kernel.order());
    }

    @Test
    void theFirstRefusalIsTheVerdictAndNothingAfterItRuns() {
        Verdict.Refusal limited = new Verdict.Refusal(ProblemKind.TOO_MANY_REQUESTS, "slow down");
        AdmissionKernel kernel = new AdmissionKernel(List.of(check(CheckPoint.CORS, pass()),
                check(CheckPoint.RATE_LIMIT, request -> CompletableFuture.completedFuture(limited)), check(CheckPoint.TOKEN, pass())));

        assertSame(limited, kernel.admit(REQUEST, new AnswerHeaders()).toCompletableFuture().join());
        assertEquals(List.of(CheckPoint.CORS, CheckPoint.RATE_LIMIT), ran);
    }

    @Test
    void aCheckThatAnswersLaterResumesTheRestWhenItDoes() {
        CompletableFuture<Verdict> redis = new CompletableFuture<>();
        AdmissionKernel kernel = new AdmissionKernel(List.of(check(CheckPoint.RATE_LIMIT, request -> redis),
                check(CheckPoint.TOKEN, pass())));

        CompletableFuture<Verdict> verdict = kernel.admit(REQUEST, new AnswerHeaders()).toCompletableFuture();
        assertFalse(verdict.isDone());
        assertEquals(List.of(CheckPoint.RATE_LIMIT), ran);

        redis.complete(Verdict.PASS);
        assertSame(Verdict.PASS, verdict.join());
        assertEquals(List.of(CheckPoint.RATE_LIMIT, CheckPoint.TOKEN), ran);
    }

    @Test
    void aCheckThatFailsOrThrowsIsA503TheClientMayRetry() {
        AdmissionKernel failing = new AdmissionKernel(List.of(check(CheckPoint.TOKEN,
                request -> CompletableFuture.failedFuture(new IllegalStateException("key fetch failed")))));
        AdmissionKernel throwing = new AdmissionKernel(List.of(check(CheckPoint.TOKEN, request -> {
            throw new IllegalStateException("bug");
        })));

        for (AdmissionKernel kernel : List.of(failing, throwing)) {
            Verdict verdict = kernel.admit(REQUEST, new AnswerHeaders()).toCompletableFuture().join();
            Verdict.Refusal refusal = assertInstanceOf(Verdict.Refusal.class, verdict);
            assertEquals(ProblemKind.SERVICE_UNAVAILABLE, refusal.kind());
            assertEquals("Retry-After", refusal.headers().get(0).name());
        }
    }

    @Test
    void headersAChecksAddsReachTheAnswerEvenWhenALaterCheckRefuses() {
        AdmissionKernel kernel = new AdmissionKernel(List.of(
                new EdgeCheck() {
                    @Override
                    public CheckPoint point() {
                        return CheckPoint.CORS;
                    }

                    @Override
                    public CompletionStage<Verdict> judge(EdgeRequest request, AnswerHeaders answerHeaders) {
                        answerHeaders.add("Vary", "Origin");
                        return PASSED;
                    }
                },
                check(CheckPoint.TOKEN, request -> CompletableFuture.completedFuture(new Verdict.Refusal(ProblemKind.UNAUTHORIZED, "no")))));
        AnswerHeaders headers = new AnswerHeaders();

        kernel.admit(REQUEST, headers);
        List<String> applied = new ArrayList<>();
        headers.applyTo((name, value) -> applied.add("set " + name), (name, value) -> applied.add("add " + name + ": " + value));
        assertEquals(List.of("add Vary: Origin"), applied);
    }

    @Test
    void twoChecksAtOnePointAreRefusedAtStart() {
        assertThrows(IllegalStateException.class,
                () -> new AdmissionKernel(List.of(check(CheckPoint.TOKEN, pass()), check(CheckPoint.TOKEN, pass()))));
        assertTrue(new AdmissionKernel(List.of()).order().isEmpty());
    }

    private static Function<EdgeRequest, CompletionStage<Verdict>> pass() {
        return request -> EdgeCheck.PASSED;
    }

    private EdgeCheck check(CheckPoint point, Function<EdgeRequest, CompletionStage<Verdict>> judge) {
        return new EdgeCheck() {
            @Override
            public CheckPoint point() {
                return point;
            }

            @Override
            public CompletionStage<Verdict> judge(EdgeRequest request, AnswerHeaders answerHeaders) {
                ran.add(point);
                return judge.apply(request);
            }
        };
    }
}
