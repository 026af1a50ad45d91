package com.qeetmart.platform.security.revocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * One answer of auth's revocation feed ({@code GET /auth/revocations}); {@code next} is the cursor
 * of the next call, {@code signingKeysChangedAt} when auth last published a signing key (a
 * verifier that sees it change fetches the JWKS).
 */
@Serdeable
public record RevocationPage(List<Revocation> revocations, Instant next, @Nullable Instant signingKeysChangedAt) {

    public RevocationPage(List<Revocation> revocations, Instant next) {
        this(revocations, next, null);
    }
}
