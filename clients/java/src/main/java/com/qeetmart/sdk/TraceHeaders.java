package com.qeetmart.sdk;

import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Puts a {@link TraceContext}'s headers on a call's request (see there for what is left out). */
final class TraceHeaders {

    private static final Set<String> OWN = Set.of("authorization", "user-agent", "idempotency-key", "if-none-match",
            "if-match", "content-type", "content-length", "host", "cookie", "accept", "connection", "expect", "upgrade");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private TraceHeaders() {
    }

    static HttpRequest on(HttpRequest request, TraceContext context) {
        if (context == null) {
            return request;
        }
        Map<String, String> carried;
        try {
            carried = context.headers();
        } catch (RuntimeException e) {
            return request;   // tracing never fails a call
        }
        if (carried == null || carried.isEmpty()) {
            return request;
        }
        Map<String, String> accepted = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        carried.forEach((name, value) -> {
            if (name != null && value != null && TOKEN.matcher(name).matches() && !OWN.contains(name.toLowerCase(Locale.ROOT))
                    && value.chars().noneMatch(c -> c == '\r' || c == '\n' || c == 0)) {
                accepted.put(name, value);
            }
        });
        if (accepted.isEmpty()) {
            return request;
        }
        HttpRequest.Builder traced = HttpRequest.newBuilder(request, (name, value) -> !accepted.containsKey(name));
        accepted.forEach(traced::header);
        return traced.build();
    }
}
