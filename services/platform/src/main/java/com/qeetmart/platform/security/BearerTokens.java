package com.qeetmart.platform.security;

import com.qeetmart.platform.framing.PlainRequest;
import com.qeetmart.platform.framing.RequestHeaders;
import com.qeetmart.platform.headers.HeaderBytes;
import com.qeetmart.platform.headers.HeaderLines;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;

import java.nio.charset.StandardCharsets;

/**
 * The one reading of {@code Authorization: Bearer <token>} at the edge (RFC 6750 section 2.1; the
 * scheme is case-insensitive, RFC 9110 section 11.1), for the stages that check tokens outside
 * Micronaut Security: the gateway's proxy and the services' direct reads.
 */
public final class BearerTokens {

    private static final String SCHEME = "Bearer ";

    private BearerTokens() {
    }

    /** The token an Authorization header carries, or null when it carries none (absent, empty, another scheme). */
    public static String tokenOf(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = authorization.substring(SCHEME.length()).trim();
        return token.isEmpty() ? null : token;
    }

    /**
     * The token of a request's (first) Authorization header, as {@link #tokenOf(String)} reads it; from a
     * plain request's line ({@link RequestHeaders}) without a string of the whole header first (a
     * token is ~700 characters, copied once instead of twice on every request the gateway proxies).
     */
    public static String tokenOf(HttpRequest request) {
        if (!(request instanceof PlainRequest plain && plain.asRead())) {
            return tokenOf(RequestHeaders.get(request, HttpHeaderNames.AUTHORIZATION));
        }
        HeaderLines lines = plain.lines();
        int line = lines.find(HttpHeaderNames.AUTHORIZATION, 0);
        if (line < 0) {
            return null;
        }
        byte[] bytes = lines.bytes();
        int from = lines.valueStart(line) + SCHEME.length();
        int to = lines.valueEnd(line); // spaces after the value are not in it
        if (to <= from || !HeaderBytes.nameIs(bytes, from - SCHEME.length(), from, SCHEME)) {
            return null;
        }
        while (from < to && HeaderBytes.isSpace(bytes[from])) {
            from++;
        }
        return from == to ? null : new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
