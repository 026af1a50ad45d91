package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventoryProblem;
import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.inventory.cache.StockCache;
import com.qeetmart.inventory.stock.StockRepository;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.security.Caller;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.qeetmart.platform.time.Timestamps.now;

/**
 * What happens to a reservation once made: it is committed (its units leave stock), released
 * or extended, by its maker or an admin, or ended once expired. Each change locks the reservation
 * row first.
 */
@Singleton
public class ReservationLifecycle {

    static final String RESOURCE = "Reservation";

    private final ReservationRepository reservations;
    private final StockRepository stock;
    private final Releaser releaser;
    private final StockCache cache;
    private final TransactionOperations<Connection> tx;
    private final ReservationMetrics metrics;
    private final InventorySettings.Limits limits;

    ReservationLifecycle(ReservationRepository reservations, StockRepository stock, Releaser releaser,
                         StockCache cache, TransactionOperations<Connection> tx, ReservationMetrics metrics,
                         InventorySettings settings) {
        this.metrics = metrics;
        this.limits = settings.limits();
        this.reservations = reservations;
        this.stock = stock;
        this.releaser = releaser;
        this.cache = cache;
        this.tx = tx;
    }

    public ReservationData get(Caller caller, UUID id) {
        return tx.executeRead(status -> {
            ReservationRow row = reservations.findById(id).filter(r -> caller.mayReach(r.createdBy()))
                    .orElseThrow(() -> new NotFoundException(RESOURCE, id));
            return toData(row);
        });
    }

    /** The reservation's units leave stock; refused once it expired or was released. */
    public ReservationData commit(Caller caller, UUID id) {
        return change(caller, id, (row, now, versions) -> {
            if (row.status() == ReservationState.COMMITTED) {
                return null;
            }
            if (row.status() != ReservationState.ACTIVE) {
                return ReservationRefusal.endedAs(row.status());
            }
            if (row.expiredAt(now)) {
                versions.putAll(releaser.release(id, ReservationState.EXPIRED, now));
                return ReservationRefusal.RESERVATION_EXPIRED;
            }
            reservations.finish(id, ReservationState.COMMITTED, now);
            metrics.committed();
            for (LineRow line : reservations.linesOf(id)) {
                stock.ledger(line.productId(), -line.quantity(), -line.quantity(), "reservation committed", id, now);
                versions.put(line.productId(), stock.consume(line.productId(), line.quantity(), now).get(0));
            }
            return null;
        });
    }

    public ReservationData release(Caller caller, UUID id) {
        return change(caller, id, (row, now, versions) -> {
            if (row.status() == ReservationState.COMMITTED) {
                return ReservationRefusal.RESERVATION_COMMITTED;
            }
            if (row.status() == ReservationState.ACTIVE) {
                versions.putAll(releaser.release(id, row.expiredAt(now) ? ReservationState.EXPIRED
                        : ReservationState.RELEASED, now));
            }
            return null;
        });
    }

    /** A new expiry {@code ttlSeconds} from now, within the hold limits (which admins are held to too). */
    public ReservationData extend(Caller caller, UUID id, int ttlSeconds) {
        HoldRules.requireTtlWithin(ttlSeconds, limits);
        return change(caller, id, (row, now, versions) -> {
            if (row.status() != ReservationState.ACTIVE || row.expiredAt(now)) {
                return ReservationRefusal.RESERVATION_NOT_ACTIVE;
            }
            HoldRules.requireHoldWithin(row.createdAt(), now.plusSeconds(ttlSeconds), limits);
            reservations.extend(id, now.plusSeconds(ttlSeconds), now);
            return null;
        });
    }

    /**
     * The order's live reservation, found when a new one was refused because of it, is ended if it
     * is past its expiry (so the next attempt may take the order); otherwise the refusal stands.
     */
    void endIfExpired(UUID orderId, UUID caller) {
        Map<UUID, Long> versions = tx.executeWrite(status -> {
            Instant now = now();
            return reservations.lockLiveOfOrder(orderId).map(live -> {
                if (!live.expiredAt(now)) {
                    // Another caller's reservation id is theirs alone: it is named to its maker only.
                    throw new ConflictException(InventoryProblem.RESERVATION_EXISTS, "Order " + orderId
                            + " already has a live reservation" + (live.createdBy().equals(caller)
                            ? " (" + live.id() + ")" : ""));
                }
                return releaser.release(live.id(), ReservationState.EXPIRED, now);
            }).orElse(Map.of());
        });
        cache.invalidate(versions);
    }

    private interface Change {
        /** Applies the change to a locked reservation; why it cannot, or null when done. */
        ReservationRefusal apply(ReservationRow row, Instant now, Map<UUID, Long> versions);
    }

    // The change and whatever it released commit even when the answer is a refusal.
    private ReservationData change(Caller caller, UUID id, Change change) {
        Map<UUID, Long> versions = new HashMap<>();
        ReservationRefusal refusal = tx.executeWrite(status -> {
            ReservationRow row = reservations.lock(id).filter(r -> caller.mayReach(r.createdBy()))
                    .orElseThrow(() -> new NotFoundException(RESOURCE, id));
            return change.apply(row, now(), versions);
        });
        cache.invalidate(versions);
        if (refusal != null) {
            throw new ConflictException(refusal.code, "Reservation " + id + " cannot change: " + refusal.reason);
        }
        return view(id);
    }

    ReservationData view(UUID id) {
        return tx.executeRead(status -> toData(reservations.findById(id).orElseThrow()));
    }

    private ReservationData toData(ReservationRow row) {
        List<Line> lines = reservations.linesOf(row.id()).stream().map(l -> new Line(l.productId(), l.quantity())).toList();
        return new ReservationData(row.id(), row.orderId(), row.status(), lines, row.expiresAt(), row.createdAt(),
                row.buyerReference());
    }
}
