package com.qeetmart.gateway.routing;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Headers that describe one connection, not the message (RFC 9110 section 7.6.1): a proxy must not
 * pass them on, nor any header the {@code Connection} header names. Message framing
 * (Transfer-Encoding, Content-Length) is the proxy's own business on each side.
 */
final class HopByHop {

    // Names as AsciiString: their case-insensitive hash is computed once, not on every request.
    static final List<AsciiString> NAMES = List.of(HttpHeaderNames.CONNECTION, HttpHeaderNames.KEEP_ALIVE,
            HttpHeaderNames.PROXY_CONNECTION, HttpHeaderNames.PROXY_AUTHENTICATE, HttpHeaderNames.PROXY_AUTHORIZATION,
            HttpHeaderNames.TE, HttpHeaderNames.TRAILER, HttpHeaderNames.UPGRADE);

    private HopByHop() {
    }

    /**
     * Removes them from a message's headers. One pass over the headers, which almost never hold
     * one: removing each of the eight names in turn cost a hash and a lookup each, on every answer.
     */
    static void strip(HttpHeaders headers) {
        List<String> listed = listedIn(headers);
        List<CharSequence> found = null;
        for (Iterator<Map.Entry<CharSequence, CharSequence>> it = headers.iteratorCharSequence(); it.hasNext(); ) {
            CharSequence name = it.next().getKey();
            if (isHopByHop(name, listed)) {
                found = found == null ? new ArrayList<>() : found;
                found.add(name);
            }
        }
        if (found != null) {
            found.forEach(headers::remove);
        }
    }

    /** The names the message's {@code Connection} headers list (none, almost always). */
    static List<String> listedIn(HttpHeaders headers) {
        if (!headers.contains(HttpHeaderNames.CONNECTION)) {
            return List.of();
        }
        List<String> listed = new ArrayList<>();
        for (String value : headers.getAll(HttpHeaderNames.CONNECTION)) {
            for (String name : value.split(",")) {
                String trimmed = name.trim();
                if (!trimmed.isEmpty()) {
                    listed.add(trimmed);
                }
            }
        }
        return listed;
    }

    /** Whether {@code name} is hop-by-hop, given the names the message's Connection headers list. */
    static boolean isHopByHop(CharSequence name, List<String> connectionListed) {
        if (among(name, NAMES)) {
            return true;
        }
        for (String listed : connectionListed) {
            if (AsciiString.contentEqualsIgnoreCase(name, listed)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is one of {@code names}, whatever its case. */
    static boolean among(CharSequence name, List<AsciiString> names) {
        for (AsciiString candidate : names) {
            if (candidate.length() == name.length() && candidate.contentEqualsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
