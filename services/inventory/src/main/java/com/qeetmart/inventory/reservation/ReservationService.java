package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventoryProblem;
import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.platform.errors.FieldIssue;
import com.qeetmart.platform.errors.UnprocessableException;
import jakarta.inject.Singleton;

import static com.qeetmart.platform.time.Timestamps.now;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Making reservations: every line or none (see {@link ReservationWriter}), one live reservation
 * per order, Idempotency-Key replays ({@link KeyReplays}), and expired reservations holding the
 * units released first.
 */
@Singleton
public class ReservationService {

    private static final int ATTEMPTS = 3;

    private final ReservationWriter writer;
    private final KeyReplays replays;
    private final RefusalDetails refusals;
    private final ReservationLifecycle lifecycle;
    private final ExpirySweeper sweeper;
    private final ReservationMetrics metrics;
    private final InventorySettings settings;

    ReservationService(ReservationWriter writer, KeyReplays replays, RefusalDetails refusals,
                       ReservationLifecycle lifecycle, ExpirySweeper sweeper,
                       ReservationMetrics metrics, InventorySettings settings) {
        this.writer = writer;
        this.replays = replays;
        this.refusals = refusals;
        this.lifecycle = lifecycle;
        this.sweeper = sweeper;
        this.metrics = metrics;
        this.settings = settings;
    }

    /** What a caller asks for (as the holder it reserves for), with the key that makes retrying it safe. */
    public record Request(Holder holder, String idempotencyKey, UUID orderId, List<Line> lines, Integer ttlSeconds) {
        UUID caller() {
            return holder.caller();
        }
    }

    /** The reservation, and whether an earlier request with this key made it ({@code replayed}). */
    public record Reserved(ReservationData reservation, boolean replayed) {
    }

    public Reserved reserve(Request request) {
        requireDistinctProducts(request.lines());
        HoldRules.requireTtlWithin(request.ttlSeconds(), settings.limits());
        byte[] hash = RequestHash.of(request.orderId(), request.lines(), request.ttlSeconds());
        List<Line> sorted = sorted(request.lines());
        // Optimistic: a retried request is found by the writer (its key is taken) or by the
        // refusal it meets, so a first request costs one statement, not a lookup and a statement.
        for (int tries = 1; ; tries++) {
            Attempt attempt = attempt(request);
            ReservationWriter.Written written = writer.reserve(attempt.id(), request.orderId(), request.holder(),
                    request.idempotencyKey(), hash, sorted, attempt.expiresAt(), attempt.now());
            if (written.kind() != ReservationWriter.Written.Kind.RESERVED) {
                // Whatever stopped it, this may be a retry of a request that succeeded: its key is
                // taken, its own reservation is the order's live one, its own units caused the
                // shortage or count against the limits. Then the answer is that reservation's.
                Optional<UUID> replayed = replays.earlierReservation(request.caller(), request.idempotencyKey(), hash);
                if (replayed.isPresent()) {
                    return new Reserved(lifecycle.view(replayed.get()), true);
                }
            }
            switch (written.kind()) {
                case RESERVED -> {
                    return made(request, attempt);
                }
                // Refused, unless the live reservation is past its expiry: then it ends and the next
                // attempt may take the order.
                case ORDER_HAS_LIVE -> lifecycle.endIfExpired(request.orderId(), request.caller());
                case OVER_LIVE_LIMIT -> throw HoldRules.tooManyLive(request.holder());
                case OVER_UNITS_LIMIT -> throw refusals.overUnitsLimit(request.holder(), request.lines());
                case SHORT -> {
                    // Expired reservations may be holding the units: release them (exactly once) and
                    // retry; retry too when the units were given back meanwhile.
                    boolean freedAny = sweeper.sweepHolding(request.lines().stream().map(Line::productId).toList()) > 0;
                    List<FieldIssue> shortLines = refusals.shortLines(request.lines());
                    if (tries >= ATTEMPTS || (!freedAny && !shortLines.isEmpty())) {
                        throw RefusalDetails.insufficientStock(shortLines);
                    }
                }
                // A concurrent request with this key committed between the write and the replay check.
                case KEY_USED -> {
                    if (tries >= ATTEMPTS) {
                        throw new IllegalStateException("Idempotency-Key " + request.idempotencyKey()
                                + " is taken but its reservation could not be read");
                    }
                }
            }
        }
    }

    /**
     * The common case at the cost of one share of a batch, without blocking the caller: the
     * request as a first try makes it, or empty when that try did not reserve (nothing written),
     * a request {@link #reserve} refuses before writing included. {@code reserve} then answers
     * it, a retry of a request that landed (a replay) or a refusal.
     */
    public CompletableFuture<Optional<Reserved>> reserveAtOnce(Request request) {
        if (!distinctProducts(request.lines()) || HoldRules.exceedsTtl(request.ttlSeconds(), settings.limits())) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        byte[] hash = RequestHash.of(request.orderId(), request.lines(), request.ttlSeconds());
        Attempt attempt = attempt(request);
        return writer.reserveAsync(attempt.id(), request.orderId(), request.holder(), request.idempotencyKey(), hash,
                        sorted(request.lines()), attempt.expiresAt(), attempt.now())
                .thenApply(reserved -> reserved ? Optional.of(made(request, attempt)) : Optional.empty());
    }

    /** One try at a reservation: its new id, its time and its expiry. */
    private record Attempt(UUID id, Instant now, Instant expiresAt) {
    }

    private Attempt attempt(Request request) {
        Instant now = now();
        return new Attempt(UUID.randomUUID(), now, now.plus(request.ttlSeconds() == null ? settings.defaultTtl()
                : Duration.ofSeconds(request.ttlSeconds())));
    }

    /** The reservation an attempt made (the stock cache was told by the group commit, before this answer). */
    private Reserved made(Request request, Attempt attempt) {
        metrics.created();
        return new Reserved(new ReservationData(attempt.id(), request.orderId(), ReservationState.ACTIVE,
                request.lines(), attempt.expiresAt(), attempt.now(), request.holder().buyerReference()), false);
    }

    private static List<Line> sorted(List<Line> lines) {
        return lines.stream().sorted(Comparator.comparing(Line::productId)).toList();
    }

    private static void requireDistinctProducts(List<Line> lines) {
        if (!distinctProducts(lines)) {
            throw new UnprocessableException(InventoryProblem.DUPLICATE_PRODUCT, "lines",
                    "Each product may appear in one line only");
        }
    }

    private static boolean distinctProducts(List<Line> lines) {
        return lines.stream().map(Line::productId).distinct().count() == lines.size();
    }
}
