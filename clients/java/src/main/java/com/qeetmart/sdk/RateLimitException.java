package com.qeetmart.sdk;

/** 429: too many requests; {@link #retryAfter()} says when to come back (a call safe to repeat was already retried). */
public final class RateLimitException extends QeetMartApiException {

    RateLimitException(Problem problem) {
        super(problem);
    }
}
