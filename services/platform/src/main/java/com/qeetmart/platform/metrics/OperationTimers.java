package com.qeetmart.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The one timer of served requests, {@value #METRIC}, tagged with the contract's operation id,
 * the method, the status and the outcome. Each tag combination's timer is looked up in the
 * registry once and kept: building and registering it anew was a visible part of every request.
 */
@Singleton
public final class OperationTimers {

    static final String METRIC = "qeetmart.http.server.requests";

    private record Key(String operation, String method, int status) {
    }

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    public OperationTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one request that took {@code nanos} and was answered with {@code status}. */
    public void record(String operation, String method, int status, long nanos) {
        timers.computeIfAbsent(new Key(operation, method, status), this::register).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer register(Key key) {
        int status = key.status();
        return Timer.builder(METRIC)
                .description("HTTP requests served, per API operation")
                .tag("operation", key.operation())
                .tag("method", key.method())
                .tag("status", Integer.toString(status))
                .tag("outcome", status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : "SUCCESS")
                .register(registry);
    }
}
