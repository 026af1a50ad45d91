package com.qeetmart.users.profile;

import java.time.Instant;
import java.util.UUID;

/** A user's profile as the service knows it; name and phone may be absent. */
public record ProfileData(UUID id, String email, String name, String phone, long version, Instant createdAt,
                          Instant updatedAt) {
}
