package com.qeetmart.gateway.ratelimit;

import com.qeetmart.gateway.GatewaySettings;
import com.qeetmart.platform.http.AddressBlocks;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Decides whether a client address may make one more request: against the overall limit per
 * minute and, for route groups with their own limit, against that one too (counted by
 * {@link SharedCounters}: across replicas, or per replica while Redis cannot answer).
 */
@Singleton
public class RateLimiter {

    private final GatewaySettings.RateLimit settings;
    private final SharedCounters counters;
    private final AddressBlocks blocks;

    RateLimiter(GatewaySettings settings, SharedCounters counters, AddressBlocks blocks) {
        this.settings = settings.rateLimit();
        this.counters = counters;
        this.blocks = blocks;
    }

    /**
     * The decision on one more request of a client address, to a route group (null: none). An
     * IPv6 client is counted by its network prefix ({@link AddressBlocks}, /64 by default).
     */
    public CompletionStage<Decision> admit(String address, String group) {
        String clientAddress = blocks.keyOf(address);
        List<String> keys = new ArrayList<>(2);
        List<Integer> limits = new ArrayList<>(2);
        keys.add("all:" + clientAddress);
        limits.add(settings.perMinute());
        Integer groupLimit = group == null ? null : settings.groups().get(group);
        if (groupLimit != null) {
            keys.add(group + ":" + clientAddress);
            limits.add(groupLimit);
        }
        return counters.hit(keys).thenApply(windows -> decide(windows, limits));
    }

    /**
     * The decision on one more request of a partner application (its client id, counted apart from
     * any address) against its own limit per minute.
     */
    public CompletionStage<Decision> admitApplication(String clientId, int perMinute) {
        return counters.hit(List.of("app:" + clientId)).thenApply(windows -> decide(windows, List.of(perMinute)));
    }

    /** An application's limit when its tokens carry none (qeetmart.gateway.rate-limit.per-application-per-minute). */
    public int perApplicationPerMinute() {
        return settings.perApplicationPerMinute();
    }

    // The tightest window speaks for the request: it is what the client runs into first.
    static Decision decide(List<Window> windows, List<Integer> limits) {
        Decision tightest = null;
        for (int i = 0; i < windows.size(); i++) {
            Window window = windows.get(i);
            long limit = limits.get(i);
            Decision decision = new Decision(window.count() <= limit, limit, Math.max(0, limit - window.count()),
                    Math.max(1, (window.millisLeft() + 999) / 1000));
            if (tightest == null || !decision.allowed() && tightest.allowed()
                    || decision.allowed() == tightest.allowed() && decision.remaining() < tightest.remaining()) {
                tightest = decision;
            }
        }
        return tightest;
    }
}
