package com.qeetmart.inventory.cache;

import com.qeetmart.inventory.stock.StockLevel;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How a stock level is stored in Redis: {@code version|productId|onHand|reserved|updatedAt|validUntil},
 * or {@code version|-} for a tombstone. The version leads, so the Lua script can compare it.
 */
final class CachedLevel {

    private static final String TOMBSTONE = "-";

    private CachedLevel() {
    }

    static String format(StockLevel level) {
        return level.version() + "|" + level.productId() + "|" + level.onHand() + "|" + level.reserved() + "|"
                + level.updatedAt().toEpochMilli() + "|" + (level.validUntil() == null ? "" : level.validUntil().toEpochMilli());
    }

    static String tombstone(long version) {
        return version + "|" + TOMBSTONE;
    }

    static Optional<StockLevel> parse(String value) {
        String[] parts = value.split("\\|", -1);
        if (parts.length != 6) {
            return Optional.empty();
        }
        return Optional.of(new StockLevel(UUID.fromString(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]), Long.parseLong(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[4])),
                parts[5].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[5]))));
    }
}
