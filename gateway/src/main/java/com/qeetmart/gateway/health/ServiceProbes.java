package com.qeetmart.gateway.health;

import com.qeetmart.gateway.GatewaySettings;
import com.qeetmart.gateway.api.model.ServiceHealth;
import com.qeetmart.gateway.api.model.ServiceHealthStatus;
import com.qeetmart.gateway.routing.RouteTable;
import com.qeetmart.gateway.routing.UpstreamReadiness;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Asks every upstream service's health ({@code health-urls}: its management port's {@code /health})
 * at once, each with the same short timeout, so the
 * answer takes as long as the slowest probe and never longer than the timeout. Probes started
 * less than {@code health-max-age} ago (2 s) answer every caller meanwhile, finished or not: the
 * services are probed at most once per that age, however often /health/services is called.
 */
@Singleton
class ServiceProbes {

    private final Map<String, URI> upstreams;
    private final Map<String, URI> healthUrls;
    private final Duration timeout;
    private final long maxAgeNanos;
    private final HttpClient http;
    private CompletableFuture<Map<String, ServiceHealth>> latest;
    private long latestStartedAt;

    private final UpstreamReadiness readiness;

    ServiceProbes(RouteTable routes, GatewaySettings settings, UpstreamReadiness readiness) {
        this.readiness = readiness;
        this.upstreams = routes.upstreams();
        this.healthUrls = settings.healthUrls() == null ? Map.of() : settings.healthUrls();
        this.timeout = settings.healthTimeout();
        this.maxAgeNanos = settings.healthMaxAge().toNanos();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    Map<String, ServiceHealth> probeAll() {
        return recent().join();
    }

    private synchronized CompletableFuture<Map<String, ServiceHealth>> recent() {
        long now = System.nanoTime();
        if (latest == null || now - latestStartedAt >= maxAgeNanos) {
            latestStartedAt = now;
            latest = probeNow();
        }
        return latest;
    }

    private CompletableFuture<Map<String, ServiceHealth>> probeNow() {
        Map<String, CompletableFuture<ServiceHealth>> probes = new TreeMap<>();
        upstreams.forEach((name, base) -> probes.put(name, probe(healthUrls.getOrDefault(name, base.resolve("/health")))));
        return CompletableFuture.allOf(probes.values().toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, ServiceHealth> results = new TreeMap<>();
            probes.forEach((name, probe) -> results.put(name, probe.join()));
            // A service that answered 503 is not ready; one that answered 200 is (the routing gate agrees).
            results.forEach((name, health) -> {
                if (health.getHttpStatus() != null) {
                    readiness.observed(name, health.getHttpStatus() != 503);
                }
            });
            return results;
        });
    }

    private CompletableFuture<ServiceHealth> probe(URI healthUrl) {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(healthUrl).timeout(timeout).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                        String why = cause instanceof HttpTimeoutException ? "timed out after " + timeout.toMillis() + " ms"
                                : "unreachable (" + cause.getClass().getSimpleName() + ")";
                        return new ServiceHealth(ServiceHealthStatus.DOWN, millis).error(why);
                    }
                    ServiceHealth health = new ServiceHealth(response.statusCode() == 200 ? ServiceHealthStatus.UP
                            : ServiceHealthStatus.DOWN, millis).httpStatus(response.statusCode());
                    return response.statusCode() == 200 ? health : health.error("answered " + response.statusCode());
                });
    }
}
