package com.qeetmart.sdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the gateway: answers each "METHOD /path" with the answers queued for it (the last
 * one repeats) and records every request, so tests see exactly what the SDK sent.
 */
final class StubApi implements AutoCloseable {

    record Answer(int status, String body, Map<String, String> headers) {
        static Answer json(int status, String body) {
            return new Answer(status, body, Map.of("Content-Type", "application/json"));
        }

        static Answer problem(int status, String code, Map<String, String> headers) {
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.put("Content-Type", "application/problem+json");
            all.put("x-correlation-id", "corr-" + status);
            return new Answer(status, "{\"type\":\"/problems/x\",\"title\":\"t\",\"status\":" + status + ",\"code\":\""
                    + code + "\",\"correlationId\":\"corr-" + status + "\"}", all);
        }
    }

    record Seen(String method, String path, String query, String authorization, String idempotencyKey, String body,
                String ifNoneMatch, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    StubApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
    }

    StubApi on(String request, Answer... queued) {
        answers.put(request, new ArrayDeque<>(List.of(queued)));
        return this;
    }

    List<Seen> seen(String method, String path) {
        return seen.stream().filter(s -> s.method().equals(method) && s.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v1", "");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"), body,
                    exchange.getRequestHeaders().getFirst("If-None-Match"), Map.copyOf(exchange.getRequestHeaders())));
            Deque<Answer> queue = answers.get(exchange.getRequestMethod() + " " + path);
            Answer answer = queue == null ? Answer.problem(404, "NOT_FOUND", Map.of())
                    : queue.size() > 1 ? queue.poll() : queue.peek();
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
