package com.qeetmart.auth.token;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A published key at one instant: its state, and for a retired key when it stopped signing and
 * when it leaves the JWKS.
 */
public record KeyStatus(String kid, KeyState state, Instant publishedAt, Instant signsFrom,
                        @Nullable Instant retiredAt, @Nullable Instant leavesAt) {
}
