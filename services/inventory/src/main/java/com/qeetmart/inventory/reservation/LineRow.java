package com.qeetmart.inventory.reservation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("reservation_line")
record LineRow(@Id UUID reservationId, UUID productId, int quantity) {
}
