package com.qeetmart.sdk;

/** 409 and 412: the resource's state or version refuses the change (INSUFFICIENT_STOCK, a stale If-Match); read it again and decide. */
public final class ConflictException extends QeetMartApiException {

    ConflictException(Problem problem) {
        super(problem);
    }
}
