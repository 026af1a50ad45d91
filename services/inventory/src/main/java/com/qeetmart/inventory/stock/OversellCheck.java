package com.qeetmart.inventory.stock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An alarm that must stay at zero: {@code inventory_stock_oversold_products}, the number of
 * products with more units reserved than on hand (or fewer than none), read from the database
 * every 30 s. The schema's CHECK constraint forbids it; this gauge is how operations would see
 * it if anything ever got around that.
 */
@Singleton
class OversellCheck {

    private final StockRepository stock;
    private final AtomicLong oversold = new AtomicLong();

    OversellCheck(StockRepository stock, MeterRegistry registry) {
        this.stock = stock;
        Gauge.builder("inventory.stock.oversold.products", oversold, AtomicLong::get)
                .description("Products with more units reserved than on hand (must be 0)").register(registry);
    }

    @Scheduled(fixedDelay = "30s", initialDelay = "5s")
    void check() {
        oversold.set(stock.countOversold());
    }
}
