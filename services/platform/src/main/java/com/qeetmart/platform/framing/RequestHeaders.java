package com.qeetmart.platform.framing;

import com.qeetmart.platform.headers.HeaderLines;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.AsciiString;

import java.util.ArrayList;
import java.util.List;

/**
 * A request's headers as the stages below Micronaut look them up: from a {@link PlainRequest}'s
 * lines while they are its headers, otherwise from the decoded map. The same answers either way;
 * the lines spare building a map of every header to read three of them.
 */
public final class RequestHeaders {

    private RequestHeaders() {
    }

    /** The first value of the header, or null. */
    public static String get(HttpRequest request, AsciiString name) {
        if (request instanceof PlainRequest plain && plain.asRead()) {
            HeaderLines lines = plain.lines();
            int line = lines.find(name, 0);
            return line < 0 ? null : lines.value(line);
        }
        return request.headers().get(name);
    }

    public static boolean contains(HttpRequest request, AsciiString name) {
        if (request instanceof PlainRequest plain && plain.asRead()) {
            return plain.lines().find(name, 0) >= 0;
        }
        return request.headers().contains(name);
    }

    /** Every value of the header, in order (an empty list when there is none). */
    public static List<String> getAll(HttpRequest request, AsciiString name) {
        if (request instanceof PlainRequest plain && plain.asRead()) {
            HeaderLines lines = plain.lines();
            List<String> values = new ArrayList<>(1);
            for (int line = lines.find(name, 0); line >= 0; line = lines.find(name, line + 1)) {
                values.add(lines.value(line));
            }
            return values;
        }
        return request.headers().getAll(name);
    }

    /** {@link HttpUtil#getContentLength(io.netty.handler.codec.http.HttpMessage, long)}: the declared body length, or {@code absent}. */
    public static long contentLength(HttpRequest request, long absent) {
        if (!(request instanceof PlainRequest plain && plain.asRead())) {
            return HttpUtil.getContentLength(request, absent);
        }
        String length = get(request, HttpHeaderNames.CONTENT_LENGTH); // "0" at most (PlainRequests)
        return length == null ? absent : Long.parseLong(length);
    }

    /** {@link HttpUtil#is100ContinueExpected}: a plain request's lines hold no Expect ({@link PlainRequests}). */
    public static boolean expectsContinue(HttpRequest request) {
        return !(request instanceof PlainRequest plain && plain.asRead()) && HttpUtil.is100ContinueExpected(request);
    }

    /** {@link HttpUtil#isKeepAlive}: whether the client keeps the connection open after this request's answer. */
    public static boolean isKeepAlive(HttpRequest request) {
        if (!(request instanceof PlainRequest plain && plain.asRead())) {
            return HttpUtil.isKeepAlive(request);
        }
        boolean close = false;
        boolean keepAlive = false;
        for (String value : getAll(request, HttpHeaderNames.CONNECTION)) {
            for (String token : value.split(",")) {
                String trimmed = token.trim();
                close |= HttpHeaderValues.CLOSE.contentEqualsIgnoreCase(trimmed);
                keepAlive |= HttpHeaderValues.KEEP_ALIVE.contentEqualsIgnoreCase(trimmed);
            }
        }
        return !close && (request.protocolVersion().isKeepAliveDefault() || keepAlive);
    }
}
