package com.qeetmart.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

/**
 * A stand-in for one upstream service: answers every request with a JSON echo of what arrived
 * (its own name, method, raw path and query, headers, body), so tests see exactly what the
 * gateway forwarded. {@code .../slow} answers after 3 s, {@code .../created} answers 201 with a
 * service-relative Location, {@code .../not-modified} answers 304 with its validators, and
 * {@code /health} answers as told by {@link #health(int, long)}.
 */
public final class EchoUpstream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final String name;
    private final HttpServer server;
    private volatile int healthStatus = 200;
    private volatile long healthDelayMillis;
    private volatile int readinessStatus = 200;

    public EchoUpstream(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How often {@code /health} was asked. */
    public int healthRequests() {
        return healthRequests.get();
    }

    /** How {@code /health} answers from now on. */
    public void health(int status, long delayMillis) {
        this.healthStatus = status;
        this.healthDelayMillis = delayMillis;
    }

    /** How {@code /health/readiness} answers from now on (200 ready, 503 not). */
    public void readiness(int status) {
        this.readinessStatus = status;
    }

    private final java.util.concurrent.atomic.AtomicInteger healthRequests = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Every path asked of it so far, but the health probes'. */
    public java.util.List<String> requestedPaths() {
        return java.util.List.copyOf(requested);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (path.equals("/health")) {
                healthRequests.incrementAndGet();
                pause(healthDelayMillis);
                reply(exchange, healthStatus, Map.of("status", healthStatus == 200 ? "UP" : "DOWN"));
                return;
            }
            if (path.equals("/health/readiness")) {
                reply(exchange, readinessStatus, Map.of("status", readinessStatus == 200 ? "UP" : "DOWN"));
                return;
            }
            requested.add(path);
            if (path.endsWith("/slow")) {
                pause(3_000);
            }
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((header, values) -> headers.put(header.toLowerCase(), String.join(",", values)));
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("service", name);
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", path);
            echo.put("query", exchange.getRequestURI().getRawQuery());
            echo.put("headers", headers);
            echo.put("body", new String(body, StandardCharsets.UTF_8));
            // Hop-by-hop headers the gateway must not pass back to its client.
            exchange.getResponseHeaders().add("Connection", "X-Upstream-Secret");
            exchange.getResponseHeaders().add("X-Upstream-Secret", "for-the-gateway-only");
            exchange.getResponseHeaders().add("X-Served-By", name);
            if (path.endsWith("/not-modified")) {
                exchange.getResponseHeaders().add("ETag", "\"7\"");
                exchange.getResponseHeaders().add("Cache-Control", "public, max-age=5");
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            if (path.endsWith("/created")) {
                exchange.getResponseHeaders().add("Location", path.replace("/created", "/42"));
                reply(exchange, 201, echo);
                return;
            }
            reply(exchange, 200, echo);
        }
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
