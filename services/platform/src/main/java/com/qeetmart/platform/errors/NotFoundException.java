package com.qeetmart.platform.errors;

/** The named resource does not exist (or was deleted). Answered as 404 problem+json. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " was not found");
    }
}
