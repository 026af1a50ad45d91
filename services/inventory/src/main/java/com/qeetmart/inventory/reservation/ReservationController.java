package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.inventory.api.ReservationsApi;
import com.qeetmart.inventory.api.model.Reservation;
import com.qeetmart.inventory.api.model.ReservationExtension;
import com.qeetmart.inventory.api.model.ReservationRequest;
import com.qeetmart.platform.security.Callers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ReservationController implements ReservationsApi {

    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private final ReservationService reservations;
    private final ReservationLifecycle lifecycle;
    private final Callers callers;
    private final InventorySettings.Limits limits;

    ReservationController(ReservationService reservations, ReservationLifecycle lifecycle, Callers callers,
                          InventorySettings settings) {
        this.reservations = reservations;
        this.lifecycle = lifecycle;
        this.callers = callers;
        this.limits = settings.limits();
    }

    @Override
    public HttpResponse<Reservation> createReservation(String idempotencyKey, ReservationRequest request) {
        ReservationService.Reserved reserved = reservations.reserve(new ReservationService.Request(
                Holder.of(callers.current(), request.getBuyerReference(), limits),
                idempotencyKey, request.getOrderId(), request.getLines().stream()
                        .map(l -> new Line(l.getProductId(), l.getQuantity())).toList(), request.getTtlSeconds()));
        ReservationData created = reserved.reservation();
        MutableHttpResponse<Reservation> response = HttpResponse.created(ReservationModels.toApi(created),
                URI.create(ReservationModels.location(created)));
        // A repeat says so, as Stripe's API does: the caller learns its earlier request had landed.
        return reserved.replayed() ? response.header(IDEMPOTENT_REPLAYED, "true") : response;
    }

    @Override
    public HttpResponse<Reservation> getReservation(UUID reservationId) {
        return HttpResponse.ok(ReservationModels.toApi(lifecycle.get(callers.current(), reservationId)));
    }

    @Override
    public HttpResponse<Reservation> commitReservation(UUID reservationId) {
        return HttpResponse.ok(ReservationModels.toApi(lifecycle.commit(callers.current(), reservationId)));
    }

    @Override
    public HttpResponse<Reservation> releaseReservation(UUID reservationId) {
        return HttpResponse.ok(ReservationModels.toApi(lifecycle.release(callers.current(), reservationId)));
    }

    @Override
    public HttpResponse<Reservation> extendReservation(UUID reservationId, ReservationExtension extension) {
        return HttpResponse.ok(ReservationModels.toApi(lifecycle.extend(callers.current(), reservationId, extension.getTtlSeconds())));
    }
}
