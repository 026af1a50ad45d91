package com.qeetmart.platform.edge;

import com.qeetmart.platform.problem.ProblemKind;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs the edge's checks ({@link EdgeCheck} beans) in {@link CheckPoint} order and stops at the
 * first that does not pass. Checks that answer at once run on the caller's thread with no
 * allocation beyond their verdicts; one that answers later resumes the rest where it completes.
 * A check that fails (Redis, a key fetch) is a 503 the client may retry, never a 5xx of ours.
 */
@Singleton
public final class AdmissionKernel {

    /** The verdict when a check could not answer (Redis, a key fetch): the client may retry. */
    private static final Verdict.Refusal UNCHECKED = new Verdict.Refusal(ProblemKind.SERVICE_UNAVAILABLE,
            "The request could not be checked; retry", List.of(new AnswerHeaders.Header("Retry-After", "1", true)));

    private final List<EdgeCheck> checks;

    public AdmissionKernel(List<EdgeCheck> checks) {
        List<EdgeCheck> ordered = new ArrayList<>(checks);
        ordered.sort(Comparator.comparing(EdgeCheck::point));
        EnumSet<CheckPoint> seen = EnumSet.noneOf(CheckPoint.class);
        for (EdgeCheck check : ordered) {
            if (!seen.add(check.point())) {
                throw new IllegalStateException("Two checks at " + check.point());
            }
        }
        this.checks = List.copyOf(ordered);
    }

    /** The checks in the order they run. */
    public List<CheckPoint> order() {
        return checks.stream().map(EdgeCheck::point).toList();
    }

    /**
     * The verdict on a request: {@link Verdict#PASS}, or the first check's that did not pass. It
     * never completes exceptionally: a check's failure is {@link #UNCHECKED}, here and nowhere else.
     */
    public CompletionStage<Verdict> admit(EdgeRequest request, AnswerHeaders answerHeaders) {
        return from(0, request, answerHeaders);
    }

    private CompletionStage<Verdict> from(int index, EdgeRequest request, AnswerHeaders answerHeaders) {
        for (int i = index; i < checks.size(); i++) {
            CompletableFuture<Verdict> verdict = judged(checks.get(i), request, answerHeaders);
            if (!verdict.isDone() || verdict.isCompletedExceptionally()) {
                int next = i + 1;
                return verdict.handle((reached, failure) -> failure != null ? (Verdict) UNCHECKED : reached)
                        .thenCompose(reached -> reached instanceof Verdict.Pass
                                ? from(next, request, answerHeaders) : CompletableFuture.completedFuture(reached));
            }
            Verdict reached = verdict.join();
            if (!(reached instanceof Verdict.Pass)) {
                return verdict;
            }
        }
        return EdgeCheck.PASSED;
    }

    private static CompletableFuture<Verdict> judged(EdgeCheck check, EdgeRequest request, AnswerHeaders answerHeaders) {
        try {
            return check.judge(request, answerHeaders).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
