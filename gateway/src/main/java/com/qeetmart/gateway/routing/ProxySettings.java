package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.GatewaySettings;
import io.micronaut.http.client.HttpClientConfiguration;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The proxy stage's limits, read from the settings the gateway has always had: the server's
 * {@code max-request-size} and the HTTP client's read and connect timeouts
 * ({@code micronaut.http.client.*} in application.yml), and the upstream pool's size.
 */
@Singleton
final class ProxySettings {

    final long maxRequestBytes;
    final long readTimeoutMillis;
    final int connectTimeoutMillis;
    /** Upstream connections per service and event loop (each loop keeps its own pool). */
    final int maxConnections;

    ProxySettings(HttpServerConfiguration server, HttpClientConfiguration client, GatewaySettings gateway) {
        this.maxRequestBytes = server.getMaxRequestSize();
        this.readTimeoutMillis = client.getReadTimeout().orElse(Duration.ofSeconds(5)).toMillis();
        this.connectTimeoutMillis = (int) client.getConnectTimeout().orElse(Duration.ofSeconds(2)).toMillis();
        this.maxConnections = Math.max(1, gateway.upstreamMaxConnections());
    }
}
