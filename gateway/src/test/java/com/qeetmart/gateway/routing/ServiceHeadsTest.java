package com.qeetmart.gateway.routing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which answer heads the gateway passes on as bytes, and what it reads of them; the rest go to Netty's decoder. */
class ServiceHeadsTest {

    @Test
    void aPlainHeadIsReadWithItsStatusLengthAndEveryLine() {
        ServiceHead head = read("HTTP/1.1 201 Created\r\nContent-Type:  application/json \r\nContent-Length: 17\r\n"
                + "Location: /users/7\r\n\r\n");
        assertNotNull(head);
        assertEquals(201, head.status().code());
        assertEquals(17, head.contentLength());
        assertTrue(head.keepAlive());
        assertEquals(3, head.lines().count());
        assertEquals("application/json", text(head, head.lines().valueStart(0), head.lines().valueEnd(0)), "the value without its spaces");
        assertEquals("Content-Type", text(head, head.lines().lineStart(0), head.lines().nameEnd(0)));
        assertEquals("Location: /users/7\r\n", text(head, head.lines().lineStart(2), head.lines().lineEnd(2)));
        assertEquals("HTTP/1.1 201 Created\r\n", text(head, 0, head.statusLineEnd()));
    }

    @Test
    void aServiceClosingTheConnectionIsRead() {
        ServiceHead head = read("HTTP/1.1 200 OK\r\ncontent-length: 0\r\nConnection: keep-alive, CLOSE\r\n\r\n");
        assertNotNull(head);
        assertFalse(head.keepAlive());
        assertEquals(0, head.contentLength());
    }

    @Test
    void aConnectionHeaderNamingHeadersIsReadAndSaysSo() {
        ServiceHead head = read("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: X-Hint , close\r\nX-Hint: a\r\n\r\n");
        assertNotNull(head);
        assertTrue(head.connectionNamesHeaders());
        assertFalse(head.keepAlive());
        ServiceHead plain = read("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\n");
        assertFalse(plain.connectionNamesHeaders());
        assertTrue(plain.keepAlive());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n",
        "HTTP/1.1 100 Continue\r\nContent-Length: 2\r\n\r\n",
        "HTTP/1.1 204 No Content\r\nContent-Length: 2\r\n\r\n",
        "HTTP/1.1 205 Reset Content\r\nContent-Length: 2\r\n\r\n",
        "HTTP/1.1 304 Not Modified\r\nContent-Length: 2\r\n\r\n",
        "HTTP/1.1 2000 OK\r\nContent-Length: 2\r\n\r\n",
        "HTTP/1.1 20x OK\r\nContent-Length: 2\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 2x\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: -2\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Long: a\r\n b\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nNo colon\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Nul: a\u0000b\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Cr: a\rb\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Bare: lf\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Del: a\u007fb\r\n\r\n",
        "HTTP/1.1 200 O\u0001K\r\nContent-Length: 2\r\n\r\n",
    })
    void anythingUnusualIsLeftToTheDecoder(String head) {
        assertNull(read(head), head);
    }

    @Test
    void aHeadIsWaitedForUntilItsBlankLineAndOneTooLargeOrEndedByABareLfIsNotRead() {
        assertEquals(ServiceHeads.INCOMPLETE, ServiceHeads.end(buffer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n")));
        assertEquals(ServiceHeads.INCOMPLETE, ServiceHeads.end(buffer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r")));
        String whole = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n";
        assertEquals(whole.length(), ServiceHeads.end(buffer(whole + "{}")));
        assertEquals(ServiceHeads.NOT_PLAIN, ServiceHeads.end(buffer("HTTP/1.1 200 OK\nContent-Length: 2\n\n{}")));
        String huge = "HTTP/1.1 200 OK\r\nX-Big: " + "a".repeat(ServiceHeads.MAX_HEAD) + "\r\n\r\n";
        assertEquals(ServiceHeads.NOT_PLAIN, ServiceHeads.end(buffer(huge)));
    }

    private static ByteBuf buffer(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1);
    }

    private static ServiceHead read(String head) {
        return ServiceHeads.read(head.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String text(ServiceHead head, int from, int to) {
        return new String(head.lines().bytes(), from, to - from, StandardCharsets.ISO_8859_1);
    }
}
