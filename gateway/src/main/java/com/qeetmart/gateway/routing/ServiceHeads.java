package com.qeetmart.gateway.routing;

import com.qeetmart.platform.headers.HeaderBytes;
import com.qeetmart.platform.headers.HeaderLines;
import com.qeetmart.platform.headers.HeaderNameSet;
import io.netty.buffer.ByteBuf;

import java.util.Arrays;
import java.util.List;

/**
 * Reads a service's answer head as a {@link ServiceHead}, or says it is not one to pass on as
 * bytes (null): anything unusual (another HTTP version, an interim or bodiless status, a chunked
 * or close-delimited body, a folded, bare-LF or control-character line, two Content-Lengths) is
 * left to Netty's decoder, as every answer was before.
 */
final class ServiceHeads {

    /** The largest head read here; a larger one goes to the decoder, which has its own limit. */
    static final int MAX_HEAD = 8192;
    /** {@link #end}: the head is not complete yet. */
    static final int INCOMPLETE = -1;
    /** {@link #end}: not a head read here (too large, or its blank line is a bare LF). */
    static final int NOT_PLAIN = -2;

    private static final byte[] HTTP_1_1 = {'H', 'T', 'T', 'P', '/', '1', '.', '1', ' '};
    private static final HeaderNameSet CONTENT_LENGTH = new HeaderNameSet(List.of("content-length"));
    private static final HeaderNameSet TRANSFER_ENCODING = new HeaderNameSet(List.of("transfer-encoding"));
    private static final HeaderNameSet CONNECTION = new HeaderNameSet(List.of("connection"));

    private ServiceHeads() {
    }

    /** The index just after the head's blank line in {@code in}, or {@link #INCOMPLETE} or {@link #NOT_PLAIN}. */
    static int end(ByteBuf in) {
        int start = in.readerIndex();
        int limit = Math.min(in.writerIndex(), start + MAX_HEAD);
        int lineStart = start;
        while (true) {
            int lf = in.indexOf(lineStart, limit, (byte) '\n');
            if (lf < 0) {
                return limit - start < MAX_HEAD ? INCOMPLETE : NOT_PLAIN;
            }
            if (lf == lineStart + 1 && in.getByte(lineStart) == '\r') {
                return lf + 1;
            }
            if (lf == lineStart) {
                return NOT_PLAIN;
            }
            lineStart = lf + 1;
        }
    }

    /** The head in {@code bytes} (status line to blank line), or null: not plain. */
    static ServiceHead read(byte[] bytes) {
        int n = bytes.length;
        if (n < 16 || !Arrays.equals(bytes, 0, HTTP_1_1.length, HTTP_1_1, 0, HTTP_1_1.length)) {
            return null;
        }
        int status = digit(bytes[9]) * 100 + digit(bytes[10]) * 10 + digit(bytes[11]);
        if (status < 200 || status > 599 || status == 204 || status == 205 || status == 304
                || bytes[12] != ' ' && bytes[12] != '\r') {
            return null;
        }
        int statusLineEnd = HeaderLines.lineEnd(bytes, 12);
        if (statusLineEnd < 0) {
            return null;
        }
        HeaderLines lines = HeaderLines.read(bytes, statusLineEnd);
        if (lines == null) {
            return null;
        }
        long contentLength = -1;
        boolean keepAlive = true;
        boolean namesHeaders = false;
        for (int line = 0; line < lines.count(); line++) {
            int start = lines.lineStart(line);
            int nameEnd = lines.nameEnd(line);
            if (CONTENT_LENGTH.contains(bytes, start, nameEnd)) {
                if (contentLength >= 0
                        || (contentLength = HeaderBytes.digits(bytes, lines.valueStart(line), lines.valueEnd(line))) < 0) {
                    return null;
                }
            } else if (TRANSFER_ENCODING.contains(bytes, start, nameEnd)) {
                return null;
            } else if (CONNECTION.contains(bytes, start, nameEnd)) {
                int said = HeaderBytes.connection(bytes, lines.valueStart(line), lines.valueEnd(line));
                keepAlive &= (said & HeaderBytes.CLOSE) == 0;
                namesHeaders |= (said & HeaderBytes.NAMES_HEADERS) != 0;
            }
        }
        if (contentLength < 0) {
            return null;
        }
        return new ServiceHead(status, lines, statusLineEnd, contentLength, keepAlive, namesHeaders);
    }

    private static int digit(byte b) {
        return b >= '0' && b <= '9' ? b - '0' : -1000;
    }
}
