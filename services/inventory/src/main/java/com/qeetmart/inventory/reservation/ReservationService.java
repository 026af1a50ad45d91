package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventoryProblem;
import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.inventory.cache.StockCache;
import com.qeetmart.inventory.stock.StockRepository;
import com.qeetmart.inventory.stock.StockRow;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.FieldIssue;
import com.qeetmart.platform.errors.UnprocessableException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import static com.qeetmart.platform.time.Timestamps.now;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Making reservations: every line or none (see {@link ReservationWriter}), one live reservation
 * per order, Idempotency-Key replays, and expired reservations holding the units released first.
 */
@Singleton
public class ReservationService {

    private static final int ATTEMPTS = 3;

    private final ReservationRepository reservations;
    private final ReservationLifecycle lifecycle;
    private final ReservationWriter writer;
    private final StockRepository stock;
    private final Releaser releaser;
    private final ExpirySweeper sweeper;
    private final StockCache cache;
    private final TransactionOperations<Connection> tx;
    private final Duration defaultTtl;
    private final InventorySettings.Limits limits;
    private final ReservationMetrics metrics;

    ReservationService(ReservationRepository reservations, ReservationLifecycle lifecycle, ReservationWriter writer,
                       StockRepository stock,
                       Releaser releaser,
                       ExpirySweeper sweeper, StockCache cache, TransactionOperations<Connection> tx,
                       InventorySettings settings, ReservationMetrics metrics) {
        this.metrics = metrics;
        this.reservations = reservations;
        this.lifecycle = lifecycle;
        this.writer = writer;
        this.stock = stock;
        this.releaser = releaser;
        this.sweeper = sweeper;
        this.cache = cache;
        this.tx = tx;
        this.defaultTtl = settings.defaultTtl();
        this.limits = settings.limits();
    }

    /** What a caller asks for, with the key that makes retrying it safe. */
    public record Request(UUID caller, String idempotencyKey, UUID orderId, List<Line> lines, Integer ttlSeconds) {
    }

    public ReservationData reserve(Request request) {
        requireDistinctProducts(request.lines());
        HoldRules.requireTtlWithin(request.ttlSeconds(), limits);
        byte[] hash = RequestHash.of(request.orderId(), request.lines(), request.ttlSeconds());
        List<Line> sorted = request.lines().stream().sorted(Comparator.comparing(Line::productId)).toList();
        // Optimistic: a retried request is found by the writer (its key is taken) or by the
        // shortage it meets, so a first request costs one statement, not a lookup and a statement.
        for (int attempt = 1; ; attempt++) {
            Instant now = now();
            Instant expiresAt = now.plus(request.ttlSeconds() == null ? defaultTtl
                    : Duration.ofSeconds(request.ttlSeconds()));
            UUID id = UUID.randomUUID();
            ReservationWriter.Written written = writer.reserve(id, request.orderId(), request.caller(),
                    request.idempotencyKey(), hash, sorted, expiresAt, now);
            if (written.kind() != ReservationWriter.Written.Kind.RESERVED) {
                // Whatever stopped it, this may be a retry of a request that succeeded: its key is
                // taken, its own reservation is the order's live one, its own units caused the
                // shortage or count against the limits. Then the answer is that reservation's.
                Optional<UUID> replayed = replay(request, hash);
                if (replayed.isPresent()) {
                    return lifecycle.view(replayed.get());
                }
            }
            switch (written.kind()) {
                case RESERVED -> {
                    metrics.created();
                    cache.invalidate(written.versions());
                    return new ReservationData(id, request.orderId(), ReservationState.ACTIVE, request.lines(),
                            expiresAt, now);
                }
                // Another reservation is live: refused, unless it is past its expiry (then it is
                // released and the next attempt may take the order).
                case ORDER_HAS_LIVE -> endExpiredLiveReservationOf(request.orderId(), request.caller());
                case OVER_LIVE_LIMIT -> throw HoldRules.tooManyLive(limits);
                case OVER_UNITS_LIMIT -> throw overUnits(request);
                case SHORT -> {
                    // Expired reservations may be holding the units: release them (exactly once) and
                    // retry; retry too when the units were given back meanwhile.
                    boolean freedAny = sweeper.sweepHolding(request.lines().stream().map(Line::productId).toList()) > 0;
                    List<FieldIssue> shortLines = shortLines(request.lines());
                    if (attempt >= ATTEMPTS || (!freedAny && !shortLines.isEmpty())) {
                        throw new ConflictException(InventoryProblem.INSUFFICIENT_STOCK, shortLines.size()
                                + " of the lines cannot be reserved: not enough stock", shortLines);
                    }
                }
                // A concurrent request with this key committed between the write and the replay check.
                case KEY_USED -> {
                    if (attempt >= ATTEMPTS) {
                        throw new IllegalStateException("Idempotency-Key " + request.idempotencyKey()
                                + " is taken but its reservation could not be read");
                    }
                }
            }
        }
    }

    /** The reservation an earlier use of this key made (422 when it was used for another request). */
    private Optional<UUID> replay(Request request, byte[] hash) {
        return tx.executeRead(status -> reservations.keyUse(request.caller(), request.idempotencyKey())).map(used -> {
            if (!Arrays.equals(used.requestHash(), hash)) {
                throw new UnprocessableException(InventoryProblem.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key",
                        "This Idempotency-Key was used for a different request");
            }
            return used.reservationId();
        });
    }

    private void endExpiredLiveReservationOf(UUID orderId, UUID caller) {
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

    /** 409 naming each line that would take the caller over the per-product limit, with what it holds now. */
    private ConflictException overUnits(Request request) {
        Instant now = now();
        int limit = limits.unitsPerProductPerCaller();
        List<FieldIssue> over = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            Line line = request.lines().get(i);
            int held = tx.executeRead(status -> reservations.unitsHeld(request.caller(), line.productId(), now));
            if (held + line.quantity() > limit) {
                over.add(new FieldIssue("lines[" + i + "].quantity", "requested " + line.quantity() + " of product "
                        + line.productId() + " while holding " + held + "; at most " + limit + " in all"));
            }
        }
        return new ConflictException(InventoryProblem.PRODUCT_HOLD_LIMIT,
                "One caller may hold at most " + limit + " units of a product in live reservations", over);
    }

    /** Which lines are short now, each with what is available. */
    private List<FieldIssue> shortLines(List<Line> requested) {
        Map<UUID, Integer> available = new HashMap<>();
        tx.executeRead(status -> stock.findAllById(requested.stream().map(Line::productId).toList()))
                .forEach((StockRow row) -> available.put(row.productId(), row.onHand() - row.reserved()));
        List<FieldIssue> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Line line = requested.get(i);
            int left = available.getOrDefault(line.productId(), 0);
            if (left < line.quantity()) {
                lines.add(new FieldIssue("lines[" + i + "].quantity", "requested " + line.quantity() + " of product "
                        + line.productId() + ", " + Math.max(0, left) + " available"));
            }
        }
        return lines;
    }

    private static void requireDistinctProducts(List<Line> lines) {
        if (lines.stream().map(Line::productId).distinct().count() != lines.size()) {
            throw new UnprocessableException(InventoryProblem.DUPLICATE_PRODUCT, "lines",
                    "Each product may appear in one line only");
        }
    }
}
