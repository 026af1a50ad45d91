package com.qeetmart.sdk;

/** 401: no valid access token (signed out, expired, revoked), or a wrong password at sign-in. */
public final class AuthenticationException extends QeetMartApiException {

    AuthenticationException(Problem problem) {
        super(problem);
    }
}
