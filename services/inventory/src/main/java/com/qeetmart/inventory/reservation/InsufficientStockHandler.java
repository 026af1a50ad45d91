package com.qeetmart.inventory.reservation;

import com.qeetmart.common.api.model.FieldError;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.problem.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** 409 problem+json naming each short line: {@code lines[i].quantity} with what is available. */
@Singleton
@Produces
class InsufficientStockHandler implements ExceptionHandler<InsufficientStockException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InsufficientStockException e) {
        return Problems.response(request, ProblemKind.CONFLICT, "INSUFFICIENT_STOCK", e.getMessage(),
                e.shortLines().stream().map(s -> new FieldError("lines[" + s.index() + "].quantity",
                        "requested " + s.line().quantity() + " of product " + s.line().productId() + ", "
                                + Math.max(0, s.available()) + " available")).toList());
    }
}
