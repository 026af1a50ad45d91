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

/** 409 problem+json {@code PRODUCT_HOLD_LIMIT} naming each line over the limit, {@code lines[i].quantity}. */
@Singleton
@Produces
class HoldLimitHandler implements ExceptionHandler<HoldLimitException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, HoldLimitException e) {
        return Problems.response(request, ProblemKind.CONFLICT, "PRODUCT_HOLD_LIMIT", e.getMessage(),
                e.lines().stream().map(over -> new FieldError("lines[" + over.index() + "].quantity",
                        "requested " + over.line().quantity() + " of product " + over.line().productId()
                                + " while holding " + over.held() + "; at most " + e.limit() + " in all")).toList());
    }
}
