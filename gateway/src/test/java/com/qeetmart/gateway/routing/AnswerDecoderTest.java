package com.qeetmart.gateway.routing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a service's answers are read on an upstream connection: plain ones as bytes, the rest decoded. */
class AnswerDecoderTest {

    private static final String PLAIN = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n";

    private final AnswerDecoder decoder = new AnswerDecoder();
    private final EmbeddedChannel channel = new EmbeddedChannel(decoder);
    private final List<Object> read = new ArrayList<>();

    @AfterEach
    void release() {
        releaseRead();
        channel.finishAndReleaseAll();
    }

    private void releaseRead() {
        read.forEach(ReferenceCountUtil::release);
        read.clear();
    }

    @Test
    void aPlainAnswerInOneReadIsItsHeadAsBytesThenItsBody() {
        decoder.answering(HttpMethod.GET);
        send(PLAIN + "{\"id\":\"7\"}");
        assertInstanceOf(ServiceHead.class, read.get(0));
        assertEquals("{\"id\":\"7\"}", body(1, read.size()));
        assertInstanceOf(LastHttpContent.class, read.get(read.size() - 1));
    }

    @Test
    void aPlainAnswerInPiecesWaitsForItsHeadAndEndsExactlyAtItsLength() {
        decoder.answering(HttpMethod.GET);
        send(PLAIN.substring(0, 20));
        assertEquals(List.of(), read, "half a head is not an answer yet");
        send(PLAIN.substring(20) + "{\"id\"");
        assertInstanceOf(ServiceHead.class, read.get(0));
        assertFalse(read.get(read.size() - 1) instanceof LastHttpContent);
        send(":\"7\"}");
        assertInstanceOf(LastHttpContent.class, read.get(read.size() - 1));
        assertEquals("{\"id\":\"7\"}", body(1, read.size()));
    }

    @Test
    void aChunkedAnswerIsDecodedAndTheNextPlainOneOnTheConnectionIsReadAsBytesAgain() {
        decoder.answering(HttpMethod.GET);
        send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        HttpResponse decoded = assertInstanceOf(HttpResponse.class, read.get(0));
        assertFalse(decoded instanceof ServiceHead);
        assertEquals("chunked", decoded.headers().get("Transfer-Encoding"));
        assertEquals("{}", body(1, read.size()));
        releaseRead();

        decoder.answering(HttpMethod.GET);
        send(PLAIN + "{\"id\":\"8\"}");
        assertInstanceOf(ServiceHead.class, read.get(0));
    }

    @Test
    void anAnswerToHeadIsDecodedWithoutTheBodyItsLengthAnnounces() {
        decoder.answering(HttpMethod.HEAD);
        send(PLAIN);
        assertFalse(assertInstanceOf(HttpResponse.class, read.get(0)) instanceof ServiceHead);
        assertEquals(List.of(read.get(0), LastHttpContent.EMPTY_LAST_CONTENT), read, "the head, then its end at once");
    }

    @Test
    void anInterimAnswerIsDecodedAndTheFinalOneAfterItReadAsBytes() {
        decoder.answering(HttpMethod.POST);
        send("HTTP/1.1 100 Continue\r\n\r\n" + PLAIN + "{\"id\":\"9\"}");
        assertEquals(100, assertInstanceOf(HttpResponse.class, read.get(0)).status().code());
        int head = read.indexOf(read.stream().filter(ServiceHead.class::isInstance).findFirst().orElseThrow());
        assertInstanceOf(LastHttpContent.class, read.get(head - 1), "the interim answer ended before the final one");
        assertEquals("{\"id\":\"9\"}", body(head + 1, read.size()));
    }

    @Test
    void anEmptyBodyEndsAtTheHead() {
        decoder.answering(HttpMethod.DELETE);
        send("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");
        assertInstanceOf(ServiceHead.class, read.get(0));
        assertEquals(LastHttpContent.EMPTY_LAST_CONTENT, read.get(1));
    }

    @Test
    void anAnswerThatIsNotHttpFailsAsBeforeInTheDecoder() {
        decoder.answering(HttpMethod.GET);
        send("SSH-2.0-OpenSSH\r\n\r\n");
        HttpResponse failed = assertInstanceOf(HttpResponse.class, read.get(0));
        assertTrue(failed.decoderResult().isFailure());
    }

    private void send(String bytes) {
        channel.writeInbound(Unpooled.copiedBuffer(bytes, StandardCharsets.ISO_8859_1));
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            read.add(message);
        }
    }

    private String body(int from, int to) {
        StringBuilder body = new StringBuilder();
        for (Object part : read.subList(from, to)) {
            ByteBuf content = ((HttpContent) part).content();
            body.append(content.toString(StandardCharsets.ISO_8859_1));
        }
        return body.toString();
    }
}
