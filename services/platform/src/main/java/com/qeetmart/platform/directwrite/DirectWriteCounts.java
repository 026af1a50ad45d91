package com.qeetmart.platform.directwrite;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests each direct write answered itself ({@code answered}) and how many it took
 * and then left to Micronaut ({@code left}: replays, refusals, failures), as
 * {@value #METRIC}: a sale whose writes are mostly left pays for both paths.
 */
@Singleton
@Requires(beans = DirectWrite.class)
final class DirectWriteCounts {

    static final String METRIC = "qeetmart.direct.writes";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    DirectWriteCounts(MeterRegistry registry) {
        this.registry = registry;
    }

    void answered(String operation) {
        counter(operation, "answered").increment();
    }

    void left(String operation) {
        counter(operation, "left").increment();
    }

    private Counter counter(String operation, String outcome) {
        return counters.computeIfAbsent(operation + ' ' + outcome, key -> Counter.builder(METRIC)
                .description("Requests a direct write took, by whether it answered them or left them to Micronaut")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(registry));
    }
}
