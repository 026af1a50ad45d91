package com.qeetmart.platform.security;

import java.util.Optional;

/**
 * The caller of a request a Netty stage answers below Micronaut (a direct read or write), when
 * the platform's token check has already settled its token: verified before and still good (not
 * expired, its session not ended), so no signature is checked, no key fetched, nothing waits.
 * Anything else (a token seen for the first time, an invalid one, another scheme) is left to
 * Micronaut's security filter, so its answer stays the one answer.
 */
public final class SettledCallers {

    private SettledCallers() {
    }

    /**
     * Outer empty: not for the stage (Micronaut judges it); inner empty: no Authorization header,
     * an anonymous caller.
     */
    public static Optional<Optional<Caller>> of(CachingTokenValidator tokens, String authorization) {
        if (authorization == null) {
            return Optional.of(Optional.empty());
        }
        String token = BearerTokens.tokenOf(authorization);
        if (token == null) {
            return Optional.empty();
        }
        // Remembered, not verified: a token the stage has not seen (a forged one above all) is
        // verified once, by Micronaut's filter, never twice.
        return tokens.remembered(token).map(authentication -> Optional.of(Callers.from(authentication)));
    }
}
