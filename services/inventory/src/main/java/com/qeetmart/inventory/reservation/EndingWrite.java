package com.qeetmart.inventory.reservation;

import com.qeetmart.platform.directread.PathKeys;
import com.qeetmart.platform.directwrite.DirectWrite;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * An ending of a reservation as a direct write (its release, its commitment: a flash sale's
 * buyers giving units back or checking out): one that ends a live reservation is answered below
 * Micronaut, 200 with the reservation as it now is, as {@link ReservationController} answers it.
 * A reservation not found, one ended before (a repeat), a refusal and every failure go to the
 * controller, whose repeat of the ending answers the same: an ending happens once.
 */
abstract class EndingWrite implements DirectWrite<UUID> {

    /** The contract's scope for reservations (x-roles of every reservation write). */
    static final List<String> SCOPES = List.of("reservations:write");
    private static final String PREFIX = CreateReservationWrite.PATH + "/";

    private final ReservationLifecycle lifecycle;
    private final StockOp.Kind kind;
    private final String suffix;

    EndingWrite(ReservationLifecycle lifecycle, StockOp.Kind kind, String suffix) {
        this.lifecycle = lifecycle;
        this.kind = kind;
        this.suffix = suffix;
    }

    @Override
    public String route() {
        return PREFIX + "{reservationId}" + suffix;
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
        return PathKeys.uuidBetween(PREFIX, path, suffix);
    }

    @Override
    public CompletionStage<Optional<Written>> write(UUID reservationId, Input input) {
        return lifecycle.endAtOnce(input.caller(), reservationId, kind)
                .thenApply(ended -> ended.map(r -> new Written(200, ReservationModels.toApi(r), Map.of())));
    }
}
