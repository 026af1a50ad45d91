package com.qeetmart.platform.framing;

import com.qeetmart.platform.headers.HeaderBytes;
import com.qeetmart.platform.headers.HeaderLines;
import com.qeetmart.platform.headers.HeaderNameSet;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a request head as a {@link PlainRequest} when it is plain: whole in the buffer, a known
 * method other than CONNECT, an origin-form target of visible ASCII, HTTP/1.1 or 1.0 with single
 * spaces, plain header lines ({@link HeaderLines}), Host exactly once (at most once on HTTP/1.0),
 * no body (no Content-Length but 0, no Transfer-Encoding) and nothing that asks for more than a
 * request (Expect, Upgrade, the old WebSocket handshake whose body Netty reads unannounced),
 * within the decoder's size limits. Such a head Netty's decoder reads to the same request, so
 * this reads a subset of what it accepts: anything else (null) is left to it, with its refusals.
 */
final class PlainRequests {

    private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final byte[][] METHOD_NAMES = METHODS.stream().map(method -> method.name().getBytes(StandardCharsets.US_ASCII))
            .toArray(byte[][]::new);
    private static final String HTTP_1_ = " HTTP/1.";
    private static final HeaderNameSet HOST = new HeaderNameSet(List.of(HttpHeaderNames.HOST));
    private static final HeaderNameSet CONTENT_LENGTH = new HeaderNameSet(List.of(HttpHeaderNames.CONTENT_LENGTH));
    private static final HeaderNameSet LEFT_TO_NETTY = new HeaderNameSet(List.of(HttpHeaderNames.TRANSFER_ENCODING,
            HttpHeaderNames.EXPECT, HttpHeaderNames.UPGRADE, HttpHeaderNames.SEC_WEBSOCKET_KEY1));

    private final HttpDecoderConfig config;

    PlainRequests(HttpDecoderConfig config) {
        this.config = config;
    }

    /** The request at the buffer's reader index, its head consumed; or null, the buffer untouched. */
    PlainRequest read(ByteBuf buffer) {
        int start = buffer.readerIndex();
        int end = headEnd(buffer, start, config.getMaxInitialLineLength() + config.getMaxHeaderSize() + 4);
        if (end < 0) {
            return null;
        }
        byte[] bytes = new byte[end - start];
        buffer.getBytes(start, bytes);
        PlainRequest request = parse(bytes);
        if (request != null) {
            buffer.readerIndex(end);
        }
        return request;
    }

    private PlainRequest parse(byte[] bytes) {
        HttpMethod method = method(bytes);
        if (method == null) {
            return null;
        }
        int targetStart = method.asciiName().length() + 1;
        int targetEnd = targetStart;
        while (targetEnd < bytes.length && bytes[targetEnd] > ' ' && bytes[targetEnd] < 0x7f) {
            targetEnd++;
        }
        int versionEnd = targetEnd + HTTP_1_.length() + 1;
        if (bytes[targetStart] != '/' || versionEnd + 2 > bytes.length
                || !HeaderBytes.startsWith(bytes, targetEnd, versionEnd, HTTP_1_)
                || bytes[versionEnd - 1] != '1' && bytes[versionEnd - 1] != '0'
                || bytes[versionEnd] != '\r' || bytes[versionEnd + 1] != '\n' || versionEnd > config.getMaxInitialLineLength()) {
            return null;
        }
        boolean http10 = bytes[versionEnd - 1] == '0';
        int requestLineEnd = versionEnd + 2;
        HeaderLines lines = HeaderLines.read(bytes, requestLineEnd);
        if (lines == null || !plainHeaders(lines, http10)
                || bytes.length - 2 - requestLineEnd - 2 * lines.count() > config.getMaxHeaderSize()) {
            return null;
        }
        String uri = new String(bytes, targetStart, targetEnd - targetStart, StandardCharsets.ISO_8859_1);
        return new PlainRequest(http10 ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1, method, uri,
                config.getHeadersFactory(), lines);
    }

    private static boolean plainHeaders(HeaderLines lines, boolean http10) {
        byte[] bytes = lines.bytes();
        int hosts = 0;
        boolean length = false;
        for (int line = 0; line < lines.count(); line++) {
            int start = lines.lineStart(line);
            int nameEnd = lines.nameEnd(line);
            if (HOST.contains(bytes, start, nameEnd)) {
                hosts++;
            } else if (CONTENT_LENGTH.contains(bytes, start, nameEnd)) {
                // Once, and 0: Netty refuses a second Content-Length, even an equal one.
                if (length || lines.valueEnd(line) - lines.valueStart(line) != 1 || bytes[lines.valueStart(line)] != '0') {
                    return false;
                }
                length = true;
            } else if (LEFT_TO_NETTY.contains(bytes, start, nameEnd)) {
                return false;
            }
        }
        return hosts == 1 || http10 && hosts == 0;
    }

    private static HttpMethod method(byte[] bytes) {
        for (int i = 0; i < METHOD_NAMES.length; i++) {
            byte[] name = METHOD_NAMES[i];
            if (bytes.length > name.length && bytes[name.length] == ' ' && Arrays.equals(bytes, 0, name.length, name, 0, name.length)) {
                return METHODS.get(i);
            }
        }
        return null;
    }

    // The index after the head's blank line (CRLF CRLF), or -1: not all there within the limit, or a bare LF.
    private static int headEnd(ByteBuf in, int start, int maxHead) {
        int limit = Math.min(in.writerIndex(), start + maxHead);
        int lineStart = start;
        while (true) {
            int lf = in.indexOf(lineStart, limit, (byte) '\n');
            if (lf <= lineStart) {
                return -1;
            }
            if (lf == lineStart + 1 && in.getByte(lineStart) == '\r') {
                return lineStart == start ? -1 : lf + 1;
            }
            lineStart = lf + 1;
        }
    }
}
