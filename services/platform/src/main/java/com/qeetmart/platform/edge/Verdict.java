package com.qeetmart.platform.edge;

import com.qeetmart.platform.problem.ProblemKind;

import java.util.List;

/** What one check, or the whole admission, decided about a request. */
public sealed interface Verdict {

    /** The request goes on. */
    Verdict PASS = new Pass();

    /** Goes on to the next check, or to its service or operation. */
    record Pass() implements Verdict {
    }

    /** Refused with a problem of this kind, and these headers on the answer. */
    record Refusal(ProblemKind kind, String detail, List<AnswerHeaders.Header> headers) implements Verdict {
        public Refusal(ProblemKind kind, String detail) {
            this(kind, detail, List.of());
        }
    }

    /** Answered at the edge without a body (a CORS preflight). */
    record Answer(int status, List<AnswerHeaders.Header> headers) implements Verdict {
    }
}
