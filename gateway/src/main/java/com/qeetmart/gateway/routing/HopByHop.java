package com.qeetmart.gateway.routing;

import io.micronaut.http.MutableHttpHeaders;

import java.util.Arrays;
import java.util.List;

/**
 * Headers that describe one connection, not the message (RFC 9110 section 7.6.1): a proxy must not
 * pass them on, nor any header the {@code Connection} header names. Message framing
 * (Transfer-Encoding, Content-Length) is left to the HTTP client and server, which re-frame the
 * streamed body.
 */
final class HopByHop {

    private static final List<String> HEADERS = List.of("Connection", "Keep-Alive", "Proxy-Connection",
            "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer", "Upgrade");

    private HopByHop() {
    }

    static void strip(MutableHttpHeaders headers) {
        for (String value : headers.getAll("Connection")) {
            Arrays.stream(value.split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(headers::remove);
        }
        HEADERS.forEach(headers::remove);
    }
}
