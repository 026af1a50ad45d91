package com.qeetmart.gateway;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The gateway's settings (application.yml, prefix {@code qeetmart.gateway}). */
@ConfigurationProperties("qeetmart.gateway")
public record GatewaySettings(Map<String, URI> upstreams, Map<String, URI> healthUrls, Duration healthTimeout,
                              Duration healthMaxAge, int upstreamMaxConnections, Cors cors, RateLimit rateLimit) {

    /** Browser origins allowed to call the API (with credentials). */
    @ConfigurationProperties("cors")
    public record Cors(List<String> allowedOrigins) {
    }

    /**
     * Requests per client address and minute: {@code perMinute} over everything, and a stricter
     * limit for the route groups named in {@code groups} (e.g. auth). Counted in Redis under
     * {@code keyPrefix}, so every replica shares the counts, each replica syncing its own
     * every {@code syncInterval}.
     */
    @ConfigurationProperties("rate-limit")
    public record RateLimit(boolean enabled, int perMinute, int perApplicationPerMinute, Map<String, Integer> groups,
                            String keyPrefix, Duration syncInterval) {
    }
}
