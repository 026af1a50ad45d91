package com.qeetmart.platform.errors;

/**
 * A write was based on a version of the resource that is no longer current (a stale
 * {@code If-Match}, or a concurrent writer won). Answered as 412 problem+json; nothing is written.
 */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String resource, Object id) {
        super(resource + " " + id + " has changed since it was read; read it again and retry");
    }
}
