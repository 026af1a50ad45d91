package com.qeetmart.platform.errors;

/**
 * A well-formed request names something that cannot be used (an unknown category, say).
 * Answered as 422 problem+json naming the field.
 */
public class InvalidReferenceException extends RuntimeException {

    private final String code;
    private final String field;

    public InvalidReferenceException(String code, String field, String detail) {
        super(detail);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
