package com.qeetmart.platform.framing;

import com.qeetmart.platform.headers.HeaderLines;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;

/**
 * A request without a body whose head was read as plain lines ({@link PlainRequests}), kept as the
 * bytes it came as. A stage that only looks up a few headers, or passes the head on line by line,
 * reads them there ({@link RequestHeaders}); the header map is built from the lines the first time
 * anything asks for it ({@link #headers()}), and from then on the map is the request's headers
 * (a stage may change it): {@link #asRead()} says which.
 */
public final class PlainRequest extends DefaultHttpRequest {

    private final HeaderLines lines;
    private volatile boolean decoded;

    PlainRequest(HttpVersion version, HttpMethod method, String uri, HttpHeadersFactory headers, HeaderLines lines) {
        super(version, method, uri, headers);
        this.lines = lines;
    }

    /** The header map, built from the lines on the first call (as Netty's decoder would have built it). */
    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = super.headers();
        if (!decoded) {
            decode(headers);
        }
        return headers;
    }

    // Once, whichever thread asks first (a request may be read on the event loop and answered on
    // another): nobody sees the map before it holds every line.
    private synchronized void decode(HttpHeaders headers) {
        if (!decoded) {
            for (int line = 0; line < lines.count(); line++) {
                headers.add(lines.name(line), lines.value(line));
            }
            decoded = true;
        }
    }

    /** Whether the lines are still the request's headers: nothing has asked for (and so perhaps changed) the map. */
    public boolean asRead() {
        return !decoded;
    }

    /** The head as read (request line, header lines, blank line) and where its header lines lie. */
    public HeaderLines lines() {
        return lines;
    }
}
