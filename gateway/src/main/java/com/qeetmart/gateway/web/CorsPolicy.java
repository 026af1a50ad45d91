package com.qeetmart.gateway.web;

import com.qeetmart.gateway.GatewaySettings;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * CORS for browser clients: only allow-listed origins, with credentials. Requests without
 * {@code Origin} (servers, SDKs, curl) and same-origin ones (the docs portal) are not CORS and
 * pass untouched; a preflight from an allowed origin is answered at the edge (no token needed,
 * nothing sent upstream); any other origin is refused with 403 before it reaches a service.
 * Used by the proxy stage and by the filter in front of the gateway's own operations.
 */
@Singleton
public final class CorsPolicy {

    /** What to do with a request. */
    public enum Verdict { NOT_CORS, REFUSED, PREFLIGHT, ALLOWED }

    private static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, "
            + "Idempotency-Key, x-correlation-id, traceparent";
    private static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, x-correlation-id, "
            + "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Idempotent-Replayed";

    private final Set<String> allowedOrigins;

    CorsPolicy(GatewaySettings settings) {
        this.allowedOrigins = settings.cors().allowedOrigins().stream().map(String::trim)
                .filter(origin -> !origin.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether any browser origin may call (else no answer depends on Origin). */
    public boolean allowsAnyOrigin() {
        return !allowedOrigins.isEmpty();
    }

    /** The verdict on a request from its Origin, Host, method and Access-Control-Request-Method. */
    public Verdict judge(String origin, String host, String method, boolean requestsMethod) {
        if (origin == null || isSameOrigin(host, origin)) {
            return Verdict.NOT_CORS;
        }
        if (!allowedOrigins.contains(origin)) {
            return Verdict.REFUSED;
        }
        return method.equals("OPTIONS") && requestsMethod ? Verdict.PREFLIGHT : Verdict.ALLOWED;
    }

    /** The headers of a preflight's answer (204). */
    public void preflightHeaders(String origin, BiConsumer<String, String> set) {
        allowHeaders(origin, set);
        set.accept("Access-Control-Allow-Methods", ALLOWED_METHODS);
        set.accept("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        set.accept("Access-Control-Max-Age", "600");
    }

    /** The headers an allowed origin's answer carries. */
    public void responseHeaders(String origin, BiConsumer<String, String> set) {
        allowHeaders(origin, set);
        set.accept("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    /** The detail of a refusal (the origin echoed short and printable). */
    public static String refusal(String origin) {
        String printable = origin.replaceAll("[^\\x20-\\x7e]", "?");
        return "Origin " + (printable.length() > 100 ? printable.substring(0, 100) + "..." : printable)
                + " is not allowed to call this API";
    }

    private static void allowHeaders(String origin, BiConsumer<String, String> set) {
        set.accept("Access-Control-Allow-Origin", origin);
        set.accept("Access-Control-Allow-Credentials", "true");
        set.accept("Vary", "Origin");
    }

    // The docs portal's "try it out" calls come from the gateway's own origin: not cross-origin.
    private static boolean isSameOrigin(String host, String origin) {
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
