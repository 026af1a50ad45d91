package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.inventory.cache.StockCache;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Releases expired reservations in batches. Each batch locks its reservations with
 * FOR UPDATE SKIP LOCKED, so any number of replicas sweep side by side, each reservation is
 * taken by exactly one of them, and the release itself only happens to an ACTIVE one.
 */
@Singleton
public class ExpirySweeper {

    private static final Logger LOG = LoggerFactory.getLogger(ExpirySweeper.class);

    private final ReservationRepository reservations;
    private final Releaser releaser;
    private final StockCache cache;
    private final TransactionOperations<Connection> tx;
    private final int batchSize;

    ExpirySweeper(ReservationRepository reservations, Releaser releaser, StockCache cache,
                  TransactionOperations<Connection> tx, InventorySettings settings) {
        this.reservations = reservations;
        this.releaser = releaser;
        this.cache = cache;
        this.tx = tx;
        this.batchSize = settings.sweeper().batchSize();
    }

    @Scheduled(fixedDelay = "${inventory.sweeper.interval:5s}", initialDelay = "${inventory.sweeper.interval:5s}")
    void sweepScheduled() {
        try {
            int released = sweep();
            if (released > 0) {
                LOG.info("Released {} expired reservations", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("Sweeping expired reservations failed; will retry", e);
        }
    }

    /** Releases every reservation due now; returns how many this call released. */
    public int sweep() {
        return sweepWith(now -> reservations.lockDue(now, batchSize));
    }

    /** Releases the due reservations that hold any of these products. */
    int sweepHolding(List<UUID> productIds) {
        return sweepWith(now -> reservations.lockDueHolding(productIds, now, batchSize));
    }

    private int sweepWith(Function<Instant, List<UUID>> lockDue) {
        int total = 0;
        while (true) {
            int[] batch = new int[1];
            Map<UUID, Long> changed = tx.executeWrite(status -> {
                Instant now = Instant.now();
                List<UUID> due = lockDue.apply(now);
                batch[0] = due.size();
                return releaser.expire(due, now);
            });
            cache.invalidate(changed);
            total += batch[0];
            if (batch[0] < batchSize) {
                return total;
            }
        }
    }
}
