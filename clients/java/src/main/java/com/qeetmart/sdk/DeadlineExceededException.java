package com.qeetmart.sdk;

import com.qeetmart.sdk.invoker.ApiException;

import java.time.Duration;

/**
 * The call's deadline passed before the API answered: every attempt and every wait between them
 * count, and so does a sign-in the call needed. The deadline is the client's
 * {@link QeetMart.Builder#timeout(Duration)} or the call's own {@link CallOptions#timeout(Duration)}.
 */
public final class DeadlineExceededException extends ApiException {

    private final Duration deadline;

    DeadlineExceededException(Duration deadline, Throwable cause) {
        super("No answer within " + deadline.toMillis() + " ms", cause, 0, null, null);
        this.deadline = deadline;
    }

    /** The deadline the call had. */
    public Duration deadline() {
        return deadline;
    }
}
