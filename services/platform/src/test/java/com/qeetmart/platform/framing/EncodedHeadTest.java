package com.qeetmart.platform.framing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An answer whose head is already bytes goes out as those bytes, in its place among the connection's answers. */
class EncodedHeadTest {

    private static final String HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n";

    private final EmbeddedChannel channel = new EmbeddedChannel(new StrictServerCodec(new HttpDecoderConfig()));

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    @Test
    void aWholeAnswerIsItsHeadsBytesTheBlankLineAndItsBody() {
        channel.writeInbound(bytes("GET /a HTTP/1.1\r\nHost: x\r\n\r\n"));
        channel.writeOutbound(encoded(HEAD).withContent(bytes("{}")));
        assertEquals(HEAD + "\r\n{}", written());
    }

    @Test
    void aHeaderAStageAddsOnTheWayOutFollowsTheLines() {
        channel.writeInbound(bytes("GET /a HTTP/1.1\r\nHost: x\r\n\r\n"));
        EncodedHead.Response head = encoded(HEAD);
        head.headers().set("X-Added", "1");
        channel.writeOutbound(head, new DefaultHttpContent(bytes("{")), new DefaultLastHttpContent(bytes("}")));
        assertEquals(HEAD + "X-Added: 1\r\n\r\n{}", written());
    }

    @Test
    void anAnswerToHeadBeforeItKeepsItsPlaceSoTheEncodedAnswerKeepsItsBody() {
        channel.writeInbound(bytes("HEAD /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n"));
        DefaultFullHttpResponse toHead = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                bytes("not sent"));
        toHead.headers().set("Content-Length", 8);
        channel.writeOutbound(toHead, encoded(HEAD).withContent(bytes("{}")));
        assertEquals("HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\n" + HEAD + "\r\n{}", written());
    }

    @Test
    void aCopyOrDuplicateOfAWholeAnswerIsWrittenWithItsHead() {
        channel.writeInbound(bytes("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /c HTTP/1.1\r\nHost: x\r\n\r\n"));
        EncodedHead.Full whole = encoded(HEAD).withContent(bytes("{}"));
        whole.headers().set("X-Added", "1");
        channel.writeOutbound(whole.copy(), whole.retainedDuplicate(), whole);
        String answer = HEAD + "X-Added: 1\r\n\r\n{}";
        assertEquals(answer + answer + answer, written());
    }

    private static EncodedHead.Response encoded(String head) {
        byte[] bytes = (head + "spare room").getBytes(StandardCharsets.ISO_8859_1);
        return EncodedHead.of(HttpResponseStatus.OK, bytes, head.length());
    }

    private String written() {
        StringBuilder out = new StringBuilder();
        for (Object part = channel.readOutbound(); part != null; part = channel.readOutbound()) {
            out.append(((ByteBuf) part).toString(StandardCharsets.ISO_8859_1));
            ReferenceCountUtil.release(part);
        }
        return out.toString();
    }

    private static ByteBuf bytes(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1);
    }
}
