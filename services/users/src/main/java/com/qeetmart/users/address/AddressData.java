package com.qeetmart.users.address;

import java.time.Instant;
import java.util.UUID;

/** One address of a user's book; exactly one of a non-empty book is the default. */
public record AddressData(UUID id, String label, String recipientName, String line1, String line2, String city,
                          String region, String postalCode, String countryCode, String phone, boolean isDefault,
                          long version, Instant createdAt, Instant updatedAt) {
}
