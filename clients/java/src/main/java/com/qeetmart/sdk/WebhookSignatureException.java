package com.qeetmart.sdk;

/**
 * A webhook delivery that must not be trusted: refuse it (answer 400) and do not act on it. Its
 * {@link #reason()} says why, for your logs; never tell the sender which check failed.
 */
public class WebhookSignatureException extends QeetMartException {

    /** Why a delivery was refused. */
    public enum Reason {
        /** No {@code QeetMart-Signature} header. */
        MISSING,
        /** The header is not {@code t=<unix seconds>,v1=<hex>[,v1=<hex>...]}. */
        MALFORMED,
        /** No {@code v1} matches the payload under the secret: tampered, or another secret. */
        MISMATCH,
        /** Signed more than the tolerance away from now: a replay, or a badly wrong clock. */
        STALE
    }

    private final Reason reason;

    public WebhookSignatureException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
