package com.qeetmart.platform.errors;

/**
 * The request conflicts with the current state, such as a unique value already taken. Answered
 * as 409 problem+json with the given UPPER_SNAKE {@code code}.
 */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
