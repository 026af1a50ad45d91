package com.qeetmart.gateway.edge;

import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.edge.CheckPoint;
import com.qeetmart.platform.edge.EdgeCheck;
import com.qeetmart.platform.edge.EdgeRequest;
import com.qeetmart.platform.edge.Verdict;
import com.qeetmart.platform.problem.ProblemKind;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletionStage;

/** A proxied path with a '.' or '..' segment (encoded or not) would leave its route group: 400. */
@Singleton
final class PathCheck implements EdgeCheck {

    private static final Verdict CLIMBS_OUT = new Verdict.Refusal(ProblemKind.MALFORMED_REQUEST,
            "Path segments '.' and '..' are not allowed");

    @Override
    public CheckPoint point() {
        return CheckPoint.PATH;
    }

    @Override
    public CompletionStage<Verdict> judge(EdgeRequest request, AnswerHeaders answerHeaders) {
        return EdgeCheck.now(request.proxied() && PathSegments.climbOut(request.path()) ? CLIMBS_OUT : Verdict.PASS);
    }
}
