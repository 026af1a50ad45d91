package com.qeetmart.users.address;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("address")
record AddressRow(@Id UUID id, UUID userId, @Nullable String label, String recipientName, String line1,
                  @Nullable String line2, String city, @Nullable String region, String postalCode,
                  String countryCode, @Nullable String phone, boolean isDefault, long version, Instant createdAt,
                  Instant updatedAt) {

    AddressData toData() {
        return new AddressData(id, label, recipientName, line1, line2, city, region, postalCode, countryCode, phone,
                isDefault, version, createdAt, updatedAt);
    }
}
