package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.GatewaySettings;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which services say they are not ready: each one's {@code /health/readiness} (beside its
 * {@code health-urls} entry) is asked every second, and a service that answers 503 (warming up
 * after a start, its database away) is sent nothing until it answers 200 again; its requests get
 * a quick 503 with Retry-After instead of waiting on it. Kubernetes does the same with its
 * readiness probe; this does it wherever the gateway runs. A service that does not answer at all
 * is not marked: requests still try it, and its outage is the 502 they get. A probe of
 * {@code /health/services} that finds a service UP or DOWN says so here too, so the gateway never
 * reports a service healthy and then refuses it for up to a second.
 */
@Singleton
public final class UpstreamReadiness {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamReadiness.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final Map<String, URI> readinessUrls = new TreeMap<>();
    private final Set<String> notReady = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    UpstreamReadiness(RouteTable routes, GatewaySettings settings) {
        Map<String, URI> healthUrls = settings.healthUrls() == null ? Map.of() : settings.healthUrls();
        routes.upstreams().forEach((name, base) -> {
            URI health = healthUrls.getOrDefault(name, base.resolve("/health"));
            readinessUrls.put(name, URI.create(health.toString().replaceAll("/+$", "") + "/readiness"));
        });
    }

    /** Whether requests may go to this service now. */
    boolean accepts(String upstream) {
        return !notReady.contains(upstream);
    }

    @Scheduled(fixedDelay = "1s", initialDelay = "0s")
    void poll() {
        readinessUrls.forEach((name, url) -> http.sendAsync(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) ->
                        observed(name, !(error == null && response.statusCode() == 503))));
    }

    /** What a probe found: the service said it is ready (or did not say it is not). */
    public void observed(String upstream, boolean ready) {
        if (ready ? notReady.remove(upstream) : notReady.add(upstream)) {
            LOG.info("The {} service is {}", upstream, ready ? "ready" : "not ready: sending it nothing");
        }
    }
}
