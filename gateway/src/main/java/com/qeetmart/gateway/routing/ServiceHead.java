package com.qeetmart.gateway.routing;

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

    /** Ints per header line in {@link #lines}: start, colon, value start, value end, next line's start. */
    static final int SLOTS = 5;

    private final byte[] bytes;
    private final int statusLineEnd;
    private final int[] lines;
    private final int lineCount;
    private final long contentLength;
    private final boolean keepAlive;
    private final boolean connectionNamesHeaders;

    ServiceHead(int status, byte[] bytes, int statusLineEnd, int[] lines, int lineCount, long contentLength,
                boolean keepAlive, boolean connectionNamesHeaders) {
        super(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), EmptyHttpHeaders.INSTANCE);
        this.bytes = bytes;
        this.statusLineEnd = statusLineEnd;
        this.lines = lines;
        this.lineCount = lineCount;
        this.contentLength = contentLength;
        this.keepAlive = keepAlive;
        this.connectionNamesHeaders = connectionNamesHeaders;
    }

    /** The head as read: status line, header lines, the blank line. */
    byte[] bytes() {
        return bytes;
    }

    /** Where the status line (with its CRLF) ends. */
    int statusLineEnd() {
        return statusLineEnd;
    }

    int lineCount() {
        return lineCount;
    }

    int lineStart(int line) {
        return lines[line * SLOTS];
    }

    int nameEnd(int line) {
        return lines[line * SLOTS + 1];
    }

    int valueStart(int line) {
        return lines[line * SLOTS + 2];
    }

    int valueEnd(int line) {
        return lines[line * SLOTS + 3];
    }

    /** Where the line after it starts (its CRLF included). */
    int lineEnd(int line) {
        return lines[line * SLOTS + 4];
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
