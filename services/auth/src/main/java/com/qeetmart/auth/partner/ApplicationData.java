package com.qeetmart.auth.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner application as the administration sees it: never a secret, only when each was issued and ends. */
public record ApplicationData(UUID clientId, String name, List<String> scopes, List<String> allowedAddresses,
                              Quotas quotas, List<Secret> secrets, Instant createdAt, Instant updatedAt) {

    /** One of its valid secrets: issued at, and the end a rotation gave it (null: none yet). */
    public record Secret(Instant createdAt, Instant expiresAt) {
    }

    /** A secret just issued (shown once), with the application, and when the ones before it stop (null on creation). */
    public record Issued(ApplicationData application, String secret, Instant previousSecretsExpireAt) {
    }

    /**
     * What an administrator sends to register or change one; a null part of a change stays as it
     * is (a null quota: the platform's default, or unchanged).
     */
    public record Draft(String name, List<String> scopes, List<String> allowedAddresses, Quotas quotas) {
    }
}
