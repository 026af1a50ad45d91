package com.qeetmart.inventory.reservation;

import java.util.UUID;

/** Units of one product in a reservation. */
public record Line(UUID productId, int quantity) {
}
