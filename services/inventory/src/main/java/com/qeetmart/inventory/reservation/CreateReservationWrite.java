package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.platform.directwrite.DirectWrite;
import io.micronaut.http.HttpHeaders;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code createReservation} as a direct write: a new reservation that its first try makes (a
 * flash sale's every request) is answered below Micronaut, 201 with the reservation and its
 * {@code Location}, as {@link ReservationController} answers it. A request in any unusual form
 * ({@link ReservationBody}, an Idempotency-Key sent twice or not in visible ASCII), a replay and every
 * refusal go to the controller, which writes nothing twice: the first try wrote nothing then.
 */
@Singleton
final class CreateReservationWrite implements DirectWrite<Boolean> {

    static final String PATH = "/inventory/reservations";
    private static final int MAX_KEY = 100;

    private final ReservationService reservations;
    private final InventorySettings.Limits limits;

    CreateReservationWrite(ReservationService reservations, InventorySettings settings) {
        this.reservations = reservations;
        this.limits = settings.limits();
    }

    @Override
    public String operation() {
        return "createReservation";
    }

    @Override
    public String route() {
        return PATH;
    }

    @Override
    public List<String> applicationScopes() {
        return EndingWrite.SCOPES;
    }

    @Override
    public boolean takesBody() {
        return true;
    }

    @Override
    public Boolean keyOf(String path) {
        return PATH.equals(path) ? Boolean.TRUE : null;
    }

    @Override
    public CompletionStage<Optional<Written>> write(Boolean key, Input input) {
        String idempotencyKey = input.header("Idempotency-Key");
        ReservationBody body = plainKey(idempotencyKey) ? ReservationBody.read(input.body()) : null;
        if (body == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        ReservationService.Request request = new ReservationService.Request(
                Holder.of(input.caller(), body.buyerReference(), limits), idempotencyKey, body.orderId(),
                body.lines(), body.ttlSeconds());
        return reservations.reserveAtOnce(request).thenApply(reserved -> reserved.map(made -> new Written(201,
                ReservationModels.toApi(made.reservation()),
                Map.of(HttpHeaders.LOCATION, ReservationModels.location(made.reservation())))));
    }

    private static boolean plainKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < 0x21 || key.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
