package com.qeetmart.auth.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as the rest of the service sees it: who it is and what it may do, never its password hash. */
public record AccountData(UUID id, String email, List<String> roles, Instant createdAt, Instant updatedAt) {
}
