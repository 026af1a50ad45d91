package com.qeetmart.users.preferences;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("preferences")
record PreferencesRow(@Id UUID userId, String language, String currency, boolean marketingOptIn,
                      @TypeDef(type = DataType.STRING_ARRAY) String[] notificationChannels, Instant updatedAt) {
}
