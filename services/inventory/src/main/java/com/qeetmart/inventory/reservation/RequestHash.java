package com.qeetmart.inventory.reservation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A fingerprint of a reservation request, the same for the same order, lines (in any order) and TTL. */
final class RequestHash {

    private RequestHash() {
    }

    static byte[] of(UUID orderId, List<Line> lines, Integer ttlSeconds) {
        StringBuilder canonical = new StringBuilder(orderId.toString()).append('|').append(ttlSeconds);
        lines.stream().sorted(Comparator.comparing(Line::productId))
                .forEach(line -> canonical.append('|').append(line.productId()).append(':').append(line.quantity()));
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
