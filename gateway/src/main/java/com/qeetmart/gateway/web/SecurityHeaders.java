package com.qeetmart.gateway.web;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Browser-facing security headers the gateway sets on every response, its own and the services'.
 * The content security policy allows only this origin's scripts and styles (inline styles are
 * what the API reference UI sets on its elements) and no framing.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> HEADERS = Map.of(
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Cross-Origin-Opener-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    // The same headers pre-encoded: Netty copies an AsciiString into the response as it is.
    private static final List<AsciiString[]> ENCODED = HEADERS.entrySet().stream()
            .map(header -> new AsciiString[] {AsciiString.of(header.getKey()), AsciiString.of(header.getValue())})
            .toList();

    /** The header a response must not carry: it names the server software. */
    public static final String SERVER = "Server";

    private SecurityHeaders() {
    }

    /** Sets every header (replacing what a service may have sent under the same name). */
    public static void applyTo(BiConsumer<String, String> set) {
        HEADERS.forEach(set);
    }

    /** The same, on a Netty response (the proxy stage's). */
    public static void applyTo(HttpHeaders headers) {
        for (AsciiString[] header : ENCODED) {
            headers.set(header[0], header[1]);
        }
        headers.remove(SERVER);
    }
}
