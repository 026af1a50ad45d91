package com.qeetmart.gateway.routing;

import com.qeetmart.platform.headers.HeaderLines;
import com.qeetmart.platform.headers.HeaderNameSet;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.util.AsciiString;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An upstream request's head, written straight into one buffer as it goes on the wire: request
 * line, headers, blank line. This replaces Netty's request encoder on the upstream connection: the
 * encoder re-read and re-checked every header the gateway had already read, checked and rewritten,
 * one buffer operation at a time. Names and values come from the client's decoded request (a
 * value cannot hold a line break: the decoder split the head at them) or from the gateway itself.
 */
final class UpstreamHead {

    private static final byte[] SEPARATOR = {':', ' '};
    private static final byte[] HTTP_1_1_CRLF = " HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final short CRLF = ('\r' << 8) | '\n';
    /** Room for a head with a bearer token and the gateway's headers; a larger one grows. */
    private static final int EXPECTED_SIZE = 2048;

    private final ByteBuf buf;

    /** A head with its request line written. */
    UpstreamHead(ByteBufAllocator alloc, HttpMethod method, String uri) {
        buf = alloc.buffer(EXPECTED_SIZE);
        write(method.asciiName());
        buf.writeByte(' ');
        write(uri);
        buf.writeBytes(HTTP_1_1_CRLF);
    }

    /** The client's headers but those {@code dropped} names, as they came. */
    void passOn(HttpHeaders client, Predicate<CharSequence> dropped) {
        Iterator<Map.Entry<CharSequence, CharSequence>> headers = client.iteratorCharSequence();
        while (headers.hasNext()) {
            Map.Entry<CharSequence, CharSequence> header = headers.next();
            if (!dropped.test(header.getKey())) {
                add(header.getKey(), header.getValue());
            }
        }
    }

    /**
     * A plain request's header lines but those {@code dropped} names and any its Connection header
     * names (hop-by-hop for the client's connection, RFC 9110 section 7.6.1), copied as they came:
     * each run of kept lines in one copy.
     */
    void passOn(HeaderLines lines, HeaderNameSet dropped) {
        byte[] bytes = lines.bytes();
        boolean connectionNames = lines.connectionNamesHeaders();
        int runStart = -1;
        for (int line = 0; line < lines.count(); line++) {
            int start = lines.lineStart(line);
            int nameEnd = lines.nameEnd(line);
            boolean kept = !dropped.contains(bytes, start, nameEnd) && !(connectionNames && lines.namedByConnection(start, nameEnd));
            if (kept && runStart < 0) {
                runStart = start;
            } else if (!kept && runStart >= 0) {
                buf.writeBytes(bytes, runStart, start - runStart);
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            buf.writeBytes(bytes, runStart, lines.lineEnd(lines.count() - 1) - runStart);
        }
    }

    void add(CharSequence name, CharSequence value) {
        write(name);
        buf.writeBytes(SEPARATOR);
        write(value);
        buf.writeShort(CRLF);
    }

    // Each character as the byte it was read as (the decoder reads a head as ISO-8859-1), copied
    // whole: byte by byte through the buffer costs as much as the rest of the head together.
    private void write(CharSequence text) {
        if (text instanceof AsciiString ascii) {
            buf.writeBytes(ascii.array(), ascii.arrayOffset(), ascii.length());
        } else if (text instanceof String string) {
            buf.writeBytes(string.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            ByteBufUtil.writeAscii(buf, text);
        }
    }

    /** The head, ended by its blank line: the caller owns (releases) it. */
    ByteBuf end() {
        buf.writeShort(CRLF);
        return buf;
    }

    /** When a head cannot be finished: its buffer goes back. */
    void discard() {
        buf.release();
    }
}
