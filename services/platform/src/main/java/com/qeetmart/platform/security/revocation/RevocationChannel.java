package com.qeetmart.platform.security.revocation;

/**
 * The Redis pub/sub channel auth announces ended sessions on, one {@link Revocation} as JSON per
 * message, and the setting that names the Redis to use ({@code REDIS_URL}; empty: none, the feed
 * alone then carries revocations).
 */
public final class RevocationChannel {

    public static final String NAME = "qeetmart:revocations";
    public static final String REDIS_URI = "qeetmart.security.revocations.redis-uri";

    private RevocationChannel() {
    }
}
