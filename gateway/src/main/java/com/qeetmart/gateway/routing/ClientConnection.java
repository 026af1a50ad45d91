package com.qeetmart.gateway.routing;

/** The client connection's proxy stage, as an {@link Exchange} on it needs it. */
interface ClientConnection {

    /** Read the next piece of the request. */
    void readMore();

    /** The answer is written; the connection goes on (false: it is closing). */
    void answered(boolean goesOn);
}
