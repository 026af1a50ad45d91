package com.qeetmart.sdk;

/** 403: the token does not allow this operation. */
public final class PermissionException extends QeetMartApiException {

    PermissionException(Problem problem) {
        super(problem);
    }
}
