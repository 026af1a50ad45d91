package com.qeetmart.platform.edge;

/**
 * The checks a request passes at the edge, in the one order they run, whichever stage meets it:
 * the gateway's proxy stage, or Micronaut's filter in front of the gateway's own operations (both
 * through {@link AdmissionKernel}). The body's size is not here: it is counted while the body is
 * read, before any of these run (413 at once), and the head's size by the decoder (414, 431).
 */
public enum CheckPoint {

    /**
     * First, so that every answer below, a refusal included, carries the CORS headers a browser
     * needs to read it; a preflight is answered here (it carries no token and is never limited).
     */
    CORS,
    /** A path that climbs out of its route group ({@code .}, {@code ..}, encoded or not) is refused before it costs a count. */
    PATH,
    /** Before any token is verified, so a flood of bad tokens is limited too. */
    RATE_LIMIT,
    /** An access token, unless the contract declares the operation public. */
    TOKEN,
    /** A partner application's scopes against the operation's security alternatives (the gateway's ScopeCheck). */
    SCOPE
}
