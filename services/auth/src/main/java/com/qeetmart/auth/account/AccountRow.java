package com.qeetmart.auth.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@MappedEntity("account")
public record AccountRow(
        @Id UUID id,
        String email,
        String passwordHash,
        @TypeDef(type = DataType.STRING_ARRAY) String[] roles,
        Instant createdAt,
        Instant updatedAt) {

    public AccountData toData() {
        return new AccountData(id, email, List.of(roles), createdAt, updatedAt);
    }
}
