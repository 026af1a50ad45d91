package com.qeetmart.gateway.ratelimit;

/** Whether a request may pass, and what the client is told in the RateLimit-* headers. */
record Decision(boolean allowed, long limit, long remaining, long resetSeconds) {
}
