package com.qeetmart.sdk;

/** 5xx: the platform failed; try again later (502, 503 and 504 were already retried for a call safe to repeat). */
public final class ServerException extends QeetMartApiException {

    ServerException(Problem problem) {
        super(problem);
    }
}
