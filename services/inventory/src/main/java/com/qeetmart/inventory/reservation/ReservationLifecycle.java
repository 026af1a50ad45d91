package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventoryProblem;
import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.inventory.cache.StockCache;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.security.Caller;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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
    private final ReservationViews views;
    private final GroupCommit groupCommit;
    private final ReservationRoutes routes;
    private final Releaser releaser;
    private final StockCache cache;
    private final TransactionOperations<Connection> tx;
    private final ReservationMetrics metrics;
    private final InventorySettings.Limits limits;

    ReservationLifecycle(ReservationRepository reservations, ReservationViews views, GroupCommit groupCommit,
                         ReservationRoutes routes, Releaser releaser, StockCache cache,
                         TransactionOperations<Connection> tx, ReservationMetrics metrics, InventorySettings settings) {
        this.views = views;
        this.routes = routes;
        this.metrics = metrics;
        this.limits = settings.limits();
        this.reservations = reservations;
        this.groupCommit = groupCommit;
        this.releaser = releaser;
        this.cache = cache;
        this.tx = tx;
    }

    public ReservationData get(Caller caller, UUID id) {
        return views.find(id).filter(view -> caller.mayReach(view.createdBy())).map(ReservationViews.View::reservation)
                .orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    /** The reservation's units leave stock; refused once it expired or was released. */
    public ReservationData commit(Caller caller, UUID id) {
        String outcome = end(caller, id, StockOp.Kind.COMMIT);
        switch (outcome) {
            case "COMMITTED" -> metrics.committed();
            case "WAS_COMMITTED" -> { }
            case "EXPIRED" -> {
                metrics.ended(ReservationState.EXPIRED, 1);
                throw refused(id, ReservationRefusal.RESERVATION_EXPIRED);
            }
            default -> throw refused(id, ReservationRefusal.endedAs(ReservationState.valueOf(
                    outcome.substring(StockOutcome.WAS.length()))));
        }
        return view(id);
    }

    /** The reservation's units go back to stock (as an expiry, once it is overdue); refused once committed. */
    public ReservationData release(Caller caller, UUID id) {
        String outcome = end(caller, id, StockOp.Kind.RELEASE);
        switch (outcome) {
            case "RELEASED" -> metrics.ended(ReservationState.RELEASED, 1);
            case "EXPIRED" -> metrics.ended(ReservationState.EXPIRED, 1);
            case "WAS_COMMITTED" -> throw refused(id, ReservationRefusal.RESERVATION_COMMITTED);
            default -> { }
        }
        return view(id);
    }

    /**
     * A release or commitment at the cost of one share of a batch, without blocking the caller:
     * the reservation as this request ended it (released, committed; a release also when it
     * found the reservation overdue and ended it as expired), as the batch that ended it returns
     * it (no read after the commit); empty when it was not made here (its route unknown), changed
     * nothing (not found, ended before), failed, or ended in a refusal (a commitment of an overdue
     * reservation). {@link #release} or {@link #commit} then answers it as it would have: an
     * ending happens once, and what it ended in stays.
     */
    public CompletableFuture<Optional<ReservationData>> endAtOnce(Caller caller, UUID id, StockOp.Kind kind) {
        // One made elsewhere (or unknown: a made-up id) goes to the controller at once, which reads
        // its route: a flood of made-up ids costs one read each, not two.
        UUID product = routes.knownProductOf(id);
        if (product == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return groupCommit.submitAsync(StockOp.end(kind, id, caller.id(), caller.isAdmin(), now()), product)
                .thenApply(outcome -> {
                    switch (outcome.outcome()) {
                        case "RELEASED" -> metrics.ended(ReservationState.RELEASED, 1);
                        case "COMMITTED" -> metrics.committed();
                        case "EXPIRED" -> {
                            metrics.ended(ReservationState.EXPIRED, 1);
                            if (kind == StockOp.Kind.COMMIT) {
                                return Optional.empty(); // refused, as a repeat is: RESERVATION_EXPIRED
                            }
                        }
                        default -> {
                            return Optional.empty();
                        }
                    }
                    return Optional.ofNullable(outcome.ended());
                });
    }

    // Ending goes through the group commit, beside the reservations being made: a hot product's
    // row is written once for all of them (and the stock cache told once for the batch).
    private String end(Caller caller, UUID id, StockOp.Kind kind) {
        StockOutcome outcome = groupCommit.submit(StockOp.end(kind, id, caller.id(), caller.isAdmin(), now()),
                routes.productOf(id));
        if (outcome.is(StockOutcome.NOT_FOUND)) {
            throw new NotFoundException(RESOURCE, id);
        }
        return outcome.outcome();
    }

    private static ConflictException refused(UUID id, ReservationRefusal refusal) {
        return new ConflictException(refusal.code, "Reservation " + id + " cannot change: " + refusal.reason);
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
            throw refused(id, refusal);
        }
        return view(id);
    }

    /** The reservation as it is now (after the write an answer reports: one statement, {@link ReservationViews}). */
    ReservationData view(UUID id) {
        return views.find(id).orElseThrow().reservation();
    }
}
