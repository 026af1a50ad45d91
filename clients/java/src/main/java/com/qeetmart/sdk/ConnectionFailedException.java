package com.qeetmart.sdk;

/**
 * The API could not be reached or the connection broke before an answer came: refused, reset,
 * unknown host ({@link #getCause()} says which). Nothing was answered; a call safe to repeat was
 * already retried.
 */
public final class ConnectionFailedException extends QeetMartException {

    ConnectionFailedException(String target, Throwable cause) {
        super("No answer from " + target + ": " + cause, cause);
    }
}
