package com.qeetmart.gateway.routing;

import io.netty.handler.codec.http.HttpHeaders;

import java.util.List;

/**
 * Headers that describe one connection, not the message (RFC 9110 section 7.6.1): a proxy must not
 * pass them on, nor any header the {@code Connection} header names. Message framing
 * (Transfer-Encoding, Content-Length) is the proxy's own business on each side.
 */
final class HopByHop {

    private static final List<String> HEADERS = List.of("Connection", "Keep-Alive", "Proxy-Connection",
            "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer", "Upgrade");

    private HopByHop() {
    }

    static void strip(HttpHeaders headers) {
        for (String value : headers.getAll("Connection")) {
            for (String name : value.split(",")) {
                String trimmed = name.trim();
                if (!trimmed.isEmpty()) {
                    headers.remove(trimmed);
                }
            }
        }
        for (String header : HEADERS) {
            headers.remove(header);
        }
    }
}
