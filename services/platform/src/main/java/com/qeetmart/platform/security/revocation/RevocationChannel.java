package com.qeetmart.platform.security.revocation;

/**
 * The Redis pub/sub channels auth announces on: ended sessions ({@link #NAME}, one
 * {@link Revocation} as JSON per message) and new signing keys ({@link #SIGNING_KEYS}, the new
 * key's id; a verifier fetches the JWKS at once), on the process's Redis ({@code qeetmart.redis.uri},
 * {@code REDIS_URL}; empty: none, auth's feed alone then carries both).
 */
public final class RevocationChannel {

    public static final String NAME = "qeetmart:revocations";
    public static final String SIGNING_KEYS = "qeetmart:signing-keys";

    private RevocationChannel() {
    }
}
