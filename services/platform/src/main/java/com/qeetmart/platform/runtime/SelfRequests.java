package com.qeetmart.platform.runtime;

import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends the service's own port {@code qeetmart.warm-up.requests} requests over loopback, a few at
 * a time, to each of {@code qeetmart.warm-up.paths}: the request path (parsing, filters, routing,
 * token checks, the database for a public read, problem rendering) is then loaded and compiled
 * before the first client's request, not while it waits. Every other request carries a token
 * that is well formed but signed by nobody, so a protected path answers 401 after the whole
 * token check has run; the rest carry none, as a public read does.
 */
@Singleton
final class SelfRequests implements WarmUpStep {

    // A JWT of the right shape for the token check to parse and then refuse.
    private static final String UNSIGNED_TOKEN = "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Indhcm0tdXAifQ"
            + ".eyJzdWIiOiJ3YXJtLXVwIn0.d2FybS11cA";
    private static final int CONCURRENCY = 4;

    private final EmbeddedServer server;
    private final int requests;
    private final List<String> paths;

    SelfRequests(EmbeddedServer server, WarmUpSettings settings) {
        this.server = server;
        this.requests = settings.requests();
        this.paths = settings.paths();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // last: after the keys and revocations, the token path is the real one
    }

    @Override
    public String name() {
        return "send " + requests + " requests to " + paths;
    }

    @Override
    public boolean run(Duration deadline) throws InterruptedException {
        if (requests <= 0 || paths.isEmpty()) {
            return true;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        ExecutorService senders = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            for (int i = 0; i < requests; i++) {
                String path = paths.get(i % paths.size());
                boolean withToken = i % 2 == 0;
                senders.execute(() -> send(http, path, withToken));
            }
            senders.shutdown();
            return senders.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            senders.shutdownNow();
        }
    }

    private void send(HttpClient http, String path, boolean withToken) {
        if (Thread.currentThread().isInterrupted()) {
            return; // the warm-up was stopped: the service is shutting down
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .timeout(Duration.ofSeconds(2)).GET();
        if (withToken) {
            request.header("Authorization", UNSIGNED_TOKEN);
        }
        try {
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // an answer or none, the code it ran is warm
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
