package com.qeetmart.inventory.reservation;

import com.qeetmart.platform.directread.PathKeys;
import com.qeetmart.platform.directwrite.DirectWrite;
import io.netty.util.concurrent.DefaultThreadFactory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code releaseReservation} as a direct write: a release that ends a live reservation (a flash
 * sale's buyer giving its units back) is answered below Micronaut, 200 with the reservation as it
 * now is, as {@link ReservationController} answers it. A reservation not found, one ended before
 * (a repeat, a committed one) and every failure go to the controller, whose repeat of the release
 * answers the same: an ending happens once.
 */
@Singleton
final class ReleaseReservationWrite implements DirectWrite<UUID> {

    /** The contract's scope for reservations (x-roles of createReservation and releaseReservation). */
    static final List<String> SCOPES = List.of("reservations:write");
    private static final String PREFIX = CreateReservationWrite.PATH + "/";
    private static final String SUFFIX = "/release";

    private final ReservationLifecycle lifecycle;
    // The released reservation's view (and, for one made elsewhere, its route) is a read: on these
    // threads, never on a connection's event loop or the group commit's.
    private final ExecutorService reads = Executors.newFixedThreadPool(2, new DefaultThreadFactory("reservation-reads", true));

    ReleaseReservationWrite(ReservationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public String operation() {
        return "releaseReservation";
    }

    @Override
    public String route() {
        return "/inventory/reservations/{reservationId}/release";
    }

    @Override
    public List<String> applicationScopes() {
        return SCOPES;
    }

    @Override
    public boolean takesBody() {
        return false;
    }

    @Override
    public UUID keyOf(String path) {
        return PathKeys.uuidBetween(PREFIX, path, SUFFIX);
    }

    @Override
    public CompletionStage<Optional<Written>> write(UUID reservationId, Input input) {
        return lifecycle.releaseAtOnce(input.caller(), reservationId, reads)
                .thenApply(released -> released.map(r -> new Written(200, ReservationModels.toApi(r), Map.of())));
    }

    @PreDestroy
    void stop() {
        reads.shutdownNow();
    }
}
