package com.qeetmart.platform.idempotency;

import com.qeetmart.products.support.CatalogTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Kept answers are forgotten after a day, in a real service's database (the catalog's): an older
 * key may be used again, a recent one still replays. In the platform's package, to run its sweep.
 */
@MicronautTest(transactional = false)
class IdempotentWriteSweeperTest extends CatalogTest {

    @Inject
    IdempotentWriteSweeper sweeper;

    @Test
    void answersOlderThanADayAreForgottenAndRecentOnesKept() {
        DB.execute("TRUNCATE idempotent_write");
        DB.execute("INSERT INTO idempotent_write (caller, operation, key, request_hash, status, created_at) VALUES"
                + " ('c', 'op', 'old', '\\x00', 201, now() - interval '25 hours'),"
                + " ('c', 'op', 'recent', '\\x00', 201, now() - interval '23 hours')");

        sweeper.sweep();

        assertEquals(0, count("SELECT count(*) FROM idempotent_write WHERE key = 'old'"));
        assertEquals(1, count("SELECT count(*) FROM idempotent_write WHERE key = 'recent'"));
    }
}
