package com.qeetmart.platform.security.revocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One answer of auth's revocation feed ({@code GET /auth/revocations}): {@code next} and
 * {@code nextAfter} are the cursor of the next call ({@code since} and {@code after}),
 * {@code signingKeysChangedAt} when auth last published a signing key (a verifier that sees it
 * change fetches the JWKS).
 */
@Serdeable
public record RevocationPage(List<Revocation> revocations, Instant next, @Nullable UUID nextAfter,
                             @Nullable Instant signingKeysChangedAt) {
}
