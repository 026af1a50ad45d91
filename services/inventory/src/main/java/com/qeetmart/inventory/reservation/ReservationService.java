package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.inventory.cache.StockCache;
import com.qeetmart.inventory.stock.StockRepository;
import com.qeetmart.inventory.stock.StockRow;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.InvalidReferenceException;
import com.qeetmart.platform.errors.NotFoundException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reservations. Reserving takes every line or none, each with a conditional UPDATE of the stock
 * row (units are taken only while on_hand - reserved covers them), in product-id order, as the
 * last statements before commit so the hot row stays locked as briefly as possible.
 */
@Singleton
public class ReservationService {

    static final String RESOURCE = "Reservation";
    private static final int ATTEMPTS = 3;

    private final ReservationRepository reservations;
    private final StockRepository stock;
    private final Releaser releaser;
    private final ExpirySweeper sweeper;
    private final StockCache cache;
    private final TransactionOperations<Connection> tx;
    private final Duration defaultTtl;

    ReservationService(ReservationRepository reservations, StockRepository stock, Releaser releaser,
                       ExpirySweeper sweeper, StockCache cache, TransactionOperations<Connection> tx,
                       InventorySettings settings) {
        this.reservations = reservations;
        this.stock = stock;
        this.releaser = releaser;
        this.sweeper = sweeper;
        this.cache = cache;
        this.tx = tx;
        this.defaultTtl = settings.defaultTtl();
    }

    /** What a caller asks for, with the key that makes retrying it safe. */
    public record Request(UUID caller, String idempotencyKey, UUID orderId, List<Line> lines, Integer ttlSeconds) {
    }

    private record Created(UUID reservationId, Map<UUID, Long> versions) {
    }

    public ReservationData reserve(Request request) {
        requireDistinctProducts(request.lines());
        byte[] hash = RequestHash.of(request.orderId(), request.lines(), request.ttlSeconds());
        for (int attempt = 1; ; attempt++) {
            try {
                Created created = tx.executeWrite(status -> attempt(request, hash));
                cache.invalidate(created.versions());
                return view(created.reservationId());
            } catch (InsufficientStockException shortOfStock) {
                // Expired reservations may be holding the units: release them (exactly once) and retry.
                boolean freedAny = sweeper.sweepHolding(request.lines().stream().map(Line::productId).toList()) > 0;
                if (!freedAny || attempt >= ATTEMPTS) {
                    throw shortOfStock;
                }
            } catch (DataAccessException raced) {
                // A concurrent request with this key or order committed first: look again.
                if (attempt >= ATTEMPTS) {
                    throw new ConflictException("RESERVATION_EXISTS", "Order " + request.orderId()
                            + " already has a live reservation");
                }
            }
        }
    }

    private Created attempt(Request request, byte[] hash) {
        Instant now = now();
        var replay = reservations.replayOf(request.caller(), request.idempotencyKey(), hash);
        if (replay.isPresent()) {
            return new Created(replay.get(), Map.of());
        }
        if (reservations.keyUsed(request.caller(), request.idempotencyKey()) > 0) {
            throw new InvalidReferenceException("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key",
                    "This Idempotency-Key was used for a different request");
        }
        Map<UUID, Long> versions = new HashMap<>();
        reservations.lockLiveOfOrder(request.orderId()).ifPresent(live -> {
            if (!live.expiredAt(now)) {
                throw new ConflictException("RESERVATION_EXISTS", "Order " + request.orderId()
                        + " already has a live reservation (" + live.id() + ")");
            }
            versions.putAll(releaser.release(live.id(), ReservationRow.EXPIRED, now));
        });
        UUID id = UUID.randomUUID();
        Duration ttl = request.ttlSeconds() == null ? defaultTtl : Duration.ofSeconds(request.ttlSeconds());
        reservations.insert(id, request.orderId(), request.caller(), now.plus(ttl), now);
        reservations.rememberKey(request.caller(), request.idempotencyKey(), hash, id, now);
        List<Line> sorted = request.lines().stream().sorted(Comparator.comparing(Line::productId)).toList();
        requireStockRows(request.lines());
        for (Line line : sorted) {
            reservations.insertLine(id, line.productId(), line.quantity());
            stock.ledger(line.productId(), 0, line.quantity(), "reserved", id, now);
        }
        List<Line> failed = new ArrayList<>();
        for (Line line : sorted) {
            List<Long> version = stock.reserve(line.productId(), line.quantity(), now);
            if (version.isEmpty()) {
                failed.add(line);
            } else {
                versions.put(line.productId(), version.get(0));
            }
        }
        if (!failed.isEmpty()) {
            throw shortage(request.lines(), failed);
        }
        return new Created(id, versions);
    }

    private void requireStockRows(List<Line> lines) {
        var known = new HashSet<UUID>();
        stock.findAllById(lines.stream().map(Line::productId).toList()).forEach(row -> known.add(row.productId()));
        List<Line> unknown = lines.stream().filter(line -> !known.contains(line.productId())).toList();
        if (!unknown.isEmpty()) {
            throw shortage(lines, unknown);
        }
    }

    private InsufficientStockException shortage(List<Line> requested, List<Line> failed) {
        Map<UUID, Integer> available = new HashMap<>();
        stock.findAllById(failed.stream().map(Line::productId).toList())
                .forEach((StockRow row) -> available.put(row.productId(), row.onHand() - row.reserved()));
        List<InsufficientStockException.ShortLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Line line = requested.get(i);
            if (failed.contains(line)) {
                lines.add(new InsufficientStockException.ShortLine(i, line, available.getOrDefault(line.productId(), 0)));
            }
        }
        return new InsufficientStockException(lines);
    }

    private static void requireDistinctProducts(List<Line> lines) {
        if (lines.stream().map(Line::productId).distinct().count() != lines.size()) {
            throw new InvalidReferenceException("DUPLICATE_PRODUCT", "lines",
                    "Each product may appear in one line only");
        }
    }

    public ReservationData get(UUID caller, boolean admin, UUID id) {
        return tx.executeRead(status -> {
            ReservationRow row = reservations.findById(id).filter(r -> admin || r.createdBy().equals(caller))
                    .orElseThrow(() -> new NotFoundException(RESOURCE, id));
            return toData(row);
        });
    }

    /** The reservation's units leave stock; refused once it expired or was released. */
    public ReservationData commit(UUID caller, boolean admin, UUID id) {
        return change(caller, admin, id, (row, now, versions) -> {
            if (ReservationRow.COMMITTED.equals(row.status())) {
                return null;
            }
            if (!ReservationRow.ACTIVE.equals(row.status())) {
                return "RESERVATION_" + row.status();
            }
            if (row.expiredAt(now)) {
                versions.putAll(releaser.release(id, ReservationRow.EXPIRED, now));
                return "RESERVATION_EXPIRED";
            }
            reservations.finish(id, ReservationRow.COMMITTED, now);
            for (LineRow line : reservations.linesOf(id)) {
                stock.ledger(line.productId(), -line.quantity(), -line.quantity(), "reservation committed", id, now);
                versions.put(line.productId(), stock.consume(line.productId(), line.quantity(), now).get(0));
            }
            return null;
        });
    }

    public ReservationData release(UUID caller, boolean admin, UUID id) {
        return change(caller, admin, id, (row, now, versions) -> {
            if (ReservationRow.COMMITTED.equals(row.status())) {
                return "RESERVATION_COMMITTED";
            }
            if (ReservationRow.ACTIVE.equals(row.status())) {
                versions.putAll(releaser.release(id, row.expiredAt(now) ? ReservationRow.EXPIRED
                        : ReservationRow.RELEASED, now));
            }
            return null;
        });
    }

    public ReservationData extend(UUID caller, boolean admin, UUID id, int ttlSeconds) {
        return change(caller, admin, id, (row, now, versions) -> {
            if (!ReservationRow.ACTIVE.equals(row.status()) || row.expiredAt(now)) {
                return "RESERVATION_NOT_ACTIVE";
            }
            reservations.extend(id, now.plusSeconds(ttlSeconds), now);
            return null;
        });
    }

    private interface Change {
        /** Applies the change to a locked reservation; a refusal code, or null when done. */
        String apply(ReservationRow row, Instant now, Map<UUID, Long> versions);
    }

    // The change and whatever it released commit even when the answer is a refusal.
    private ReservationData change(UUID caller, boolean admin, UUID id, Change change) {
        Map<UUID, Long> versions = new HashMap<>();
        String refusal = tx.executeWrite(status -> {
            ReservationRow row = reservations.lock(id).filter(r -> admin || r.createdBy().equals(caller))
                    .orElseThrow(() -> new NotFoundException(RESOURCE, id));
            return change.apply(row, now(), versions);
        });
        cache.invalidate(versions);
        if (refusal != null) {
            throw new ConflictException(refusal, "Reservation " + id + " cannot change: " + refusal.substring(12)
                    .toLowerCase().replace('_', ' '));
        }
        return view(id);
    }

    private ReservationData view(UUID id) {
        return tx.executeRead(status -> toData(reservations.findById(id).orElseThrow()));
    }

    private ReservationData toData(ReservationRow row) {
        List<Line> lines = reservations.linesOf(row.id()).stream().map(l -> new Line(l.productId(), l.quantity())).toList();
        return new ReservationData(row.id(), row.orderId(), row.status(), lines, row.expiresAt(), row.createdAt());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
