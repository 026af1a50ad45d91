package com.qeetmart.gateway.ratelimit;

/** A counter's state after one more request: how many requests its window holds, and for how long still. */
record Window(long count, long millisLeft) {
}
