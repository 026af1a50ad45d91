package com.qeetmart.gateway.routing;

import com.qeetmart.platform.headers.HeaderLines;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * A service's answer head kept as the bytes it came as, with where each header line's name and
 * value lie ({@link ServiceHeads} reads it): the gateway passes the lines on as they are, leaving
 * out and adding a few ({@link ClientHead}), instead of decoding them into a header map only to
 * encode that map again for the client. Only a plain answer is read this way: HTTP/1.1, a body
 * framed by one Content-Length. Its header map is empty and stays so: it is never written as it is.
 */
final class ServiceHead extends DefaultHttpResponse {

    private final HeaderLines lines;
    private final int statusLineEnd;
    private final long contentLength;
    private final boolean keepAlive;
    private final boolean connectionNamesHeaders;

    ServiceHead(int status, HeaderLines lines, int statusLineEnd, long contentLength, boolean keepAlive,
                boolean connectionNamesHeaders) {
        super(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), EmptyHttpHeaders.INSTANCE);
        this.lines = lines;
        this.statusLineEnd = statusLineEnd;
        this.contentLength = contentLength;
        this.keepAlive = keepAlive;
        this.connectionNamesHeaders = connectionNamesHeaders;
    }

    /** The head as read (status line, header lines, the blank line) and where its header lines lie. */
    HeaderLines lines() {
        return lines;
    }

    /** Where the status line (with its CRLF) ends. */
    int statusLineEnd() {
        return statusLineEnd;
    }

    long contentLength() {
        return contentLength;
    }

    /** Whether a Connection header names other headers (which are then this connection's, not passed on). */
    boolean connectionNamesHeaders() {
        return connectionNamesHeaders;
    }

    /** Whether the service keeps the connection open after this answer. */
    boolean keepAlive() {
        return keepAlive;
    }
}
