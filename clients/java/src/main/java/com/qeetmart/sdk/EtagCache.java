package com.qeetmart.sdk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The last answer to each catalog read by id (a product, a category, a variant), with its ETag:
 * the next read of the same URL sends {@code If-None-Match}, and a 304 Not Modified is answered
 * from this copy as the 200 it stands for, so an unchanged resource costs no body and no parsing
 * on the server. At most {@code maxEntries} URLs are kept (the least recently used goes first).
 * Answers marked {@code no-store} and answers without an ETag are never kept.
 */
final class EtagCache {

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern CACHEABLE = Pattern.compile(
            ".*/(products/" + UUID + "(/variants/" + UUID + ")?|categories/" + UUID + ")");

    private record Entry(String etag, int status, Map<String, List<String>> headers, byte[] body) {
    }

    /** One exchange with the API, its body read whole. */
    interface Exchange {
        HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException;
    }

    private final Map<URI, Entry> entries;

    EtagCache(int maxEntries) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<URI, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** Reads by id that carry no condition of the caller's own. */
    static boolean covers(HttpRequest request) {
        return request.method().equals("GET") && request.uri().getRawQuery() == null
                && request.headers().firstValue("If-None-Match").isEmpty()
                && CACHEABLE.matcher(request.uri().getRawPath()).matches();
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, Exchange exchange)
            throws IOException, InterruptedException {
        URI uri = request.uri();
        Entry cached = get(uri);
        HttpRequest sent = cached == null ? request
                : HttpRequest.newBuilder(request, (name, value) -> true).header("If-None-Match", cached.etag()).build();
        HttpResponse<byte[]> response = exchange.send(sent);
        if (response.statusCode() == 304 && cached != null) {
            Entry refreshed = refreshed(cached, response.headers());
            put(uri, refreshed);
            return replay(response, refreshed.status(), HttpHeaders.of(refreshed.headers(), (n, v) -> true),
                    refreshed.body(), handler);
        }
        Optional<String> etag = response.headers().firstValue("ETag");
        if (response.statusCode() == 200 && etag.isPresent() && !noStore(response.headers())) {
            put(uri, new Entry(etag.get(), 200, response.headers().map(), response.body()));
        } else {
            remove(uri);
        }
        return replay(response, response.statusCode(), response.headers(), response.body(), handler);
    }

    synchronized int size() {
        return entries.size();
    }

    private synchronized Entry get(URI uri) {
        return entries.get(uri);
    }

    private synchronized void put(URI uri, Entry entry) {
        entries.put(uri, entry);
    }

    private synchronized void remove(URI uri) {
        entries.remove(uri);
    }

    private static boolean noStore(HttpHeaders headers) {
        return headers.allValues("Cache-Control").stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("no-store"));
    }

    /** The stored answer with the headers the 304 updates (RFC 9111, section 4.3.4). */
    private static Entry refreshed(Entry cached, HttpHeaders notModified) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(cached.headers());
        notModified.map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Content-Type")) {
                headers.put(name, values);
            }
        });
        return new Entry(notModified.firstValue("ETag").orElse(cached.etag()), cached.status(), headers, cached.body());
    }

    private static <T> HttpResponse<T> replay(HttpResponse<byte[]> response, int status, HttpHeaders headers, byte[] body,
                                              HttpResponse.BodyHandler<T> handler) throws IOException {
        return ReplayedResponse.of(new ReplayedResponse.Origin(response.request(), response.uri(), response.version(),
                response.sslSession()), status, headers, body, handler);
    }
}
