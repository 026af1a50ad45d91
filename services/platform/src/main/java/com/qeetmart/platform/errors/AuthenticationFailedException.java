package com.qeetmart.platform.errors;

/**
 * Credentials or a token presented to a service were not accepted. Answered as 401
 * problem+json with the given UPPER_SNAKE {@code code}.
 */
public class AuthenticationFailedException extends RuntimeException {

    private final String code;

    public AuthenticationFailedException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
