package com.qeetmart.gateway.routing;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;

import java.util.List;

/**
 * Headers that describe one connection, not the message (RFC 9110 section 7.6.1): a proxy must not
 * pass them on, nor any header the {@code Connection} header names. Message framing
 * (Transfer-Encoding, Content-Length) is the proxy's own business on each side.
 */
final class HopByHop {

    // Names as AsciiString: their case-insensitive hash is computed once, not on every request.
    private static final List<AsciiString> HEADERS = List.of(HttpHeaderNames.CONNECTION, HttpHeaderNames.KEEP_ALIVE,
            HttpHeaderNames.PROXY_CONNECTION, HttpHeaderNames.PROXY_AUTHENTICATE, HttpHeaderNames.PROXY_AUTHORIZATION,
            HttpHeaderNames.TE, HttpHeaderNames.TRAILER, HttpHeaderNames.UPGRADE);

    private HopByHop() {
    }

    static void strip(HttpHeaders headers) {
        for (String value : headers.getAll(HttpHeaderNames.CONNECTION)) {
            for (String name : value.split(",")) {
                String trimmed = name.trim();
                if (!trimmed.isEmpty()) {
                    headers.remove(trimmed);
                }
            }
        }
        for (AsciiString header : HEADERS) {
            headers.remove(header);
        }
    }
}
