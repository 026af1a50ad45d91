package com.qeetmart.platform.events.webhook;

/**
 * What one attempt came to: the receiver's HTTP status (0 when it gave none), why it failed
 * without one, and how long it took.
 */
record DeliveryOutcome(int status, String error, long latencyMillis) {

    boolean delivered() {
        return status >= 200 && status < 300;
    }

    String describe() {
        return status > 0 ? "HTTP " + status : error;
    }
}
