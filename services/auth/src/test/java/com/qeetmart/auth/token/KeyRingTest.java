package com.qeetmart.auth.token;

import com.qeetmart.auth.AuthSettings;
import com.qeetmart.platform.security.SecuritySettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key ring answers from memory: a key id it does not hold costs no database read. */
class KeyRingTest {

    static final AuthSettings SETTINGS = new AuthSettings("qeetmart-auth", Duration.ofMinutes(15), Duration.ofDays(30),
            Duration.ofMinutes(30), "", new AuthSettings.Keys(Duration.ofMinutes(1), Duration.ofDays(30), Duration.ofSeconds(30)), null, null,
            null, null, null);

    /** The database's keys, counting how often they are read. */
    static final class CountingKeys extends SigningKeys {
        final AtomicInteger loads = new AtomicInteger();
        final List<StoredKey> keys;

        CountingKeys(List<StoredKey> keys) {
            super(null);
            this.keys = keys;
        }

        @Override
        List<StoredKey> load() {
            loads.incrementAndGet();
            return keys;
        }
    }

    @Test
    void unknownKeyIdsAreAnsweredFromMemory() {
        StoredKey key = new StoredKey(RsaKeys.fromPem(RsaKeys.generatePem()), Instant.EPOCH, Instant.EPOCH);
        CountingKeys database = new CountingKeys(List.of(key));
        KeyRing ring = new KeyRing(database, SETTINGS, new SecuritySettings(null, Duration.ofMinutes(5), Duration.ofSeconds(1),
                null, null, new SecuritySettings.TokenTimes(Duration.ofMinutes(15), Duration.ofMinutes(1))));

        assertEquals(key.kid(), ring.signingKey().getKeyID());
        for (int i = 0; i < 1_000; i++) {
            assertTrue(ring.find("made-up-" + UUID.randomUUID()).isEmpty());
        }
        assertTrue(ring.find(key.kid()).isPresent());
        assertEquals(1, database.loads.get(), "one read when the ring was first used, none per key id");
    }
}
