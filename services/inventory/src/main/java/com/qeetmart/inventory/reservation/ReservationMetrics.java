package com.qeetmart.inventory.reservation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;

/**
 * Reservations made and how they ended, as {@code inventory_reservations_total{event=...}}:
 * created, committed, released, expired. Counted where the change is written (a transaction that
 * then fails to commit would be counted anyway: rare, and a metric, not the ledger).
 */
// Created at startup, so every series is scraped (at 0) before the first reservation.
@Context
class ReservationMetrics {

    private final Counter created;
    private final Counter committed;
    private final Counter released;
    private final Counter expired;
    private final DistributionSummary batches;

    ReservationMetrics(MeterRegistry registry) {
        this.created = counter(registry, "created");
        this.committed = counter(registry, "committed");
        this.released = counter(registry, "released");
        this.expired = counter(registry, "expired");
        this.batches = DistributionSummary.builder("inventory.stock.batch.operations")
                .description("Stock changes written together by one statement and one commit (group commit)")
                .register(registry);
    }

    private static Counter counter(MeterRegistry registry, String event) {
        return Counter.builder("inventory.reservations").description("Reservations by what happened to them")
                .tag("event", event).register(registry);
    }

    void created() {
        created.increment();
    }

    void committed() {
        committed.increment();
    }

    void ended(ReservationState status, long count) {
        (status == ReservationState.EXPIRED ? expired : released).increment(count);
    }

    void batched(int operations) {
        batches.record(operations);
    }
}
