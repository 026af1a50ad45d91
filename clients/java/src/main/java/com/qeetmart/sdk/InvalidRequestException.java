package com.qeetmart.sdk;

/** 400, 405, 406, 413, 414, 415, 422, 431 and other 4xx: the request itself must change ({@link #fieldErrors()} names each field). */
public final class InvalidRequestException extends QeetMartApiException {

    InvalidRequestException(Problem problem) {
        super(problem);
    }
}
