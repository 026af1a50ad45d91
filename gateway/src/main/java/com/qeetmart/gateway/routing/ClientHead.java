package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.web.SecurityHeaders;
import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.framing.EncodedHead;
import com.qeetmart.platform.headers.HeaderBytes;
import com.qeetmart.platform.headers.HeaderLines;
import com.qeetmart.platform.headers.HeaderNameSet;
import io.netty.handler.codec.http.HttpHeaderNames;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link ServiceHead} rewritten for the client as bytes, line by line, with the same outcome as
 * {@link ClientAnswers#rewriteHead} and {@link ClientAnswers#finishHeaders} on a decoded head: its
 * hop-by-hop lines, Server, and every header the gateway sets left out; a Location on the
 * service's path moved under the gateway's prefix; then the security headers, the correlation id,
 * what the edge's checks added, and the connection's fate.
 */
final class ClientHead {

    /** What the gateway sets on every answer: a service's line of the same name is left out. */
    private static final HeaderNameSet REPLACED = new HeaderNameSet(replaced());
    private static final HeaderNameSet LOCATION_NAME = new HeaderNameSet(List.of(HttpHeaderNames.LOCATION));
    private static final byte[] SECURITY_LINES = securityLines();
    private static final byte[] CORRELATION = (CorrelationId.HEADER + ": ").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LOCATION = "Location: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "Connection: close\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEEP_ALIVE = "Connection: keep-alive\r\n".getBytes(StandardCharsets.US_ASCII);

    private byte[] out;
    private int length;

    private ClientHead(int capacity) {
        out = new byte[capacity];
    }

    static EncodedHead.Response of(ServiceHead head, Route route, String correlationId, AnswerHeaders answerHeaders,
                                   boolean keepAlive, boolean http10) {
        HeaderLines lines = head.lines();
        byte[] in = lines.bytes();
        List<AnswerHeaders.Header> added = answerHeaders.all();
        ClientHead client = new ClientHead(in.length + SECURITY_LINES.length + 256 + correlationId.length());
        client.write(in, 0, head.statusLineEnd()); // HTTP/1.1 already: nothing else is read as a ServiceHead
        for (int line = 0; line < lines.count(); line++) {
            int start = lines.lineStart(line);
            int nameEnd = lines.nameEnd(line);
            if (leftOut(in, start, nameEnd, added) || head.connectionNamesHeaders() && lines.namedByConnection(start, nameEnd)) {
                continue;
            }
            int valueStart = lines.valueStart(line);
            int valueEnd = lines.valueEnd(line);
            if (LOCATION_NAME.contains(in, start, nameEnd)
                    && valueStart < valueEnd && in[valueStart] == '/'
                    && HeaderBytes.startsWith(in, valueStart + 1, valueEnd, route.group())) {
                client.write(LOCATION, 0, LOCATION.length);
                client.text(RouteTable.PREFIX);
                client.write(in, valueStart, valueEnd - valueStart);
                client.crlf();
            } else {
                client.write(in, start, lines.lineEnd(line) - start);
            }
        }
        client.write(SECURITY_LINES, 0, SECURITY_LINES.length);
        client.write(CORRELATION, 0, CORRELATION.length);
        client.text(correlationId);
        client.crlf();
        for (int i = 0; i < added.size(); i++) {
            AnswerHeaders.Header header = added.get(i);
            client.text(header.name());
            client.text(": ");
            client.text(header.value());
            client.crlf();
        }
        if (!keepAlive) {
            client.write(CLOSE, 0, CLOSE.length);
        } else if (http10) {
            client.write(KEEP_ALIVE, 0, KEEP_ALIVE.length);
        }
        return EncodedHead.of(head.status(), client.out, client.length);
    }

    private static boolean leftOut(byte[] in, int start, int nameEnd, List<AnswerHeaders.Header> added) {
        if (REPLACED.contains(in, start, nameEnd)) {
            return true;
        }
        for (int i = 0; i < added.size(); i++) { // by index: an iterator per line showed in the profile
            AnswerHeaders.Header header = added.get(i);
            if (header.replace() && HeaderBytes.nameIs(in, start, nameEnd, header.name())) {
                return true;
            }
        }
        return false;
    }

    private void write(byte[] bytes, int from, int count) {
        ensure(count);
        System.arraycopy(bytes, from, out, length, count);
        length += count;
    }

    // The gateway's own names and values (constants, the correlation id, what the checks add): a
    // character a head line cannot hold as it is becomes '?', as Netty's encoder writes it. Taking
    // each character's low byte would turn U+010D into a CR: a line break inside a value.
    private void text(CharSequence text) {
        int count = text.length();
        ensure(count);
        for (int i = 0; i < count; i++) {
            char c = text.charAt(i);
            out[length + i] = c >= 0x20 && c < 0x7f || c == '\t' ? (byte) c : (byte) '?';
        }
        length += count;
    }

    private void crlf() {
        ensure(2);
        out[length++] = '\r';
        out[length++] = '\n';
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    private static List<CharSequence> replaced() {
        List<CharSequence> names = new ArrayList<>(HopByHop.NAMES);
        names.add(SecurityHeaders.SERVER);
        names.add(CorrelationId.HEADER);
        SecurityHeaders.applyTo((name, value) -> names.add(name));
        return List.copyOf(names);
    }

    private static byte[] securityLines() {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        SecurityHeaders.applyTo((name, value) -> lines.writeBytes((name + ": " + value + "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
        return lines.toByteArray();
    }
}
