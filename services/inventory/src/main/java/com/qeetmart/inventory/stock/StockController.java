package com.qeetmart.inventory.stock;

import com.qeetmart.inventory.api.StockApi;
import com.qeetmart.inventory.api.model.StockAdjustment;
import com.qeetmart.inventory.api.model.StockCount;
import com.qeetmart.inventory.api.model.StockLevelList;
import com.qeetmart.platform.concurrency.IfMatch;
import io.micronaut.http.HttpHeaders;
import com.qeetmart.platform.security.Callers;
import com.qeetmart.platform.idempotency.Idempotent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.List;
import java.util.UUID;

import static com.qeetmart.platform.time.Timestamps.utc;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class StockController implements StockApi {

    private final StockService stock;
    private final Callers callers;

    StockController(StockService stock, Callers callers) {
        this.stock = stock;
        this.callers = callers;
    }

    @Override
    public HttpResponse<com.qeetmart.inventory.api.model.StockLevel> getStockLevel(UUID productId) {
        return withEtag(HttpStatus.OK, stock.levelFor(productId, callers.current()));
    }

    @Override
    public HttpResponse<StockLevelList> getStockLevels(List<UUID> productIds) {
        return HttpResponse.ok(new StockLevelList(stock.levelsFor(productIds, callers.current()).stream()
                .map(StockController::toApi).toList()));
    }

    @Override
    public HttpResponse<com.qeetmart.inventory.api.model.StockLevel> setStockOnHand(UUID productId, StockCount count,
                                                                                    String ifMatch) {
        return withEtag(HttpStatus.OK, stock.setOnHand(productId, count.getOnHand(), count.getReason(),
                IfMatch.parse(ifMatch)));
    }

    @Override
    @Idempotent
    public HttpResponse<com.qeetmart.inventory.api.model.StockLevel> adjustStock(UUID productId,
                                                                                 StockAdjustment adjustment,
                                                                                 String idempotencyKey) {
        return withEtag(HttpStatus.CREATED, stock.adjust(productId, adjustment.getDelta(), adjustment.getReason()));
    }

    private static HttpResponse<com.qeetmart.inventory.api.model.StockLevel> withEtag(HttpStatus status, StockLevel level) {
        return HttpResponse.<com.qeetmart.inventory.api.model.StockLevel>status(status).body(toApi(level))
                .header(HttpHeaders.ETAG, IfMatch.etagOf(level.version()));
    }

    static com.qeetmart.inventory.api.model.StockLevel toApi(StockLevel level) {
        return new com.qeetmart.inventory.api.model.StockLevel(level.productId(), level.onHand(), level.reserved(),
                level.available(), level.version(), utc(level.updatedAt()));
    }
}
