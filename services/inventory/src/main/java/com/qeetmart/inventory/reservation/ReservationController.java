package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.inventory.api.ReservationsApi;
import com.qeetmart.inventory.api.model.Reservation;
import com.qeetmart.inventory.api.model.ReservationExtension;
import com.qeetmart.inventory.api.model.ReservationLine;
import com.qeetmart.inventory.api.model.ReservationRequest;
import com.qeetmart.inventory.api.model.ReservationStatus;
import com.qeetmart.platform.security.Callers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.util.UUID;

import static com.qeetmart.platform.time.Timestamps.utc;

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
        MutableHttpResponse<Reservation> response = HttpResponse.created(toApi(created),
                URI.create("/inventory/reservations/" + created.id()));
        // A repeat says so, as Stripe's API does: the caller learns its earlier request had landed.
        return reserved.replayed() ? response.header(IDEMPOTENT_REPLAYED, "true") : response;
    }

    @Override
    public HttpResponse<Reservation> getReservation(UUID reservationId) {
        return HttpResponse.ok(toApi(lifecycle.get(callers.current(), reservationId)));
    }

    @Override
    public HttpResponse<Reservation> commitReservation(UUID reservationId) {
        return HttpResponse.ok(toApi(lifecycle.commit(callers.current(), reservationId)));
    }

    @Override
    public HttpResponse<Reservation> releaseReservation(UUID reservationId) {
        return HttpResponse.ok(toApi(lifecycle.release(callers.current(), reservationId)));
    }

    @Override
    public HttpResponse<Reservation> extendReservation(UUID reservationId, ReservationExtension extension) {
        return HttpResponse.ok(toApi(lifecycle.extend(callers.current(), reservationId, extension.getTtlSeconds())));
    }


    private static Reservation toApi(ReservationData r) {
        return new Reservation(r.id(), r.orderId(), ReservationStatus.fromValue(r.status().name()),
                r.lines().stream().map(l -> new ReservationLine(l.productId(), l.quantity())).toList(),
                utc(r.expiresAt()), utc(r.createdAt())).buyerReference(r.buyerReference());
    }
}
