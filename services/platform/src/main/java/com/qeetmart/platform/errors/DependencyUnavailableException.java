package com.qeetmart.platform.errors;

/** A service this one needs did not answer usefully. Answered as 503 problem+json. */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
