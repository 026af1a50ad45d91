package com.qeetmart.sdk;

import com.qeetmart.sdk.invoker.ApiException;

/**
 * The API could not be reached or the connection broke before an answer came: refused, reset,
 * unknown host ({@link #getCause()} says which). Nothing was answered; a call safe to repeat was
 * already retried.
 */
public final class ConnectionFailedException extends ApiException {

    ConnectionFailedException(String target, Throwable cause) {
        super("No answer from " + target + ": " + cause, cause, 0, null, null);
    }
}
