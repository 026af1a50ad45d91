package com.qeetmart.contracts.diff.spec;

/** A spec could not be read or resolved; the comparison cannot be trusted, so nothing is judged. */
public class SpecLoadException extends RuntimeException {

    public SpecLoadException(String message) {
        super(message);
    }
}
