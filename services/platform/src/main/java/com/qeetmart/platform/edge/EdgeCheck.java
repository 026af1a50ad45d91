package com.qeetmart.platform.edge;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One check at the edge: a function of the request's view to a verdict. Most answer at once; a
 * check that asks Redis or fetches a key answers later. A check that does not concern a request
 * passes it.
 */
public interface EdgeCheck {

    /** A verdict already reached: the pass every check returns most often, without allocating. */
    CompletionStage<Verdict> PASSED = CompletableFuture.completedFuture(Verdict.PASS);

    /** Its place in the declared order. */
    CheckPoint point();

    /**
     * The verdict on a request; {@code answerHeaders} takes what every answer to it must carry
     * (also when a later check refuses it).
     */
    CompletionStage<Verdict> judge(EdgeRequest request, AnswerHeaders answerHeaders);

    static CompletionStage<Verdict> now(Verdict verdict) {
        return verdict == Verdict.PASS ? PASSED : CompletableFuture.completedFuture(verdict);
    }
}
