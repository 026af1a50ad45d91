package com.qeetmart.platform.security.revocation;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One answer of auth's revocation feed ({@code GET /auth/revocations}); {@code next} is the cursor of the next call. */
@Serdeable
public record RevocationPage(List<Revocation> revocations, Instant next) {
}
