package com.qeetmart.platform.oversized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.platform.pipeline.NettyProblems;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

/** The decoder's size refusals become the statuses that name the part too large, and the connection ends. */
class OversizedHeadHandlerTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new HttpServerCodec(64, 256, 8192),
            new OversizedHeadHandler(new NettyProblems(JsonMapper.createDefault())), new HttpObjectAggregator(1024));

    @Test
    void aRequestLineOverTheLimitIs414AndTheConnectionCloses() {
        channel.writeInbound(bytes("GET /" + "a".repeat(200) + " HTTP/1.1\r\nHost: x\r\n\r\n"));
        FullHttpResponse answer = answer();
        assertEquals(414, answer.status().code());
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
        assertTrue(answer.content().toString(StandardCharsets.UTF_8).contains("\"type\":\"/problems/"), "a problem body");
        assertEquals("close", answer.headers().get("Connection"));
        assertTrue(answer.headers().contains("x-correlation-id"));
        answer.release();
        assertFalse(channel.isOpen());
    }

    @Test
    void headersOverTheLimitAre431() {
        channel.writeInbound(bytes("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(400) + "\r\n\r\n"));
        FullHttpResponse answer = answer();
        assertEquals(431, answer.status().code());
        answer.release();
        assertFalse(channel.isOpen());
    }

    @Test
    void aRequestWithinTheLimitsGoesOnUnchanged() {
        channel.writeInbound(bytes("GET /fine HTTP/1.1\r\nHost: x\r\n\r\n"));
        Object passed = channel.readInbound();
        assertEquals("/fine", ((HttpRequest) passed).uri());
        ReferenceCountUtil.release(passed);
        assertTrue(channel.isOpen());
    }

    private FullHttpResponse answer() {
        ByteBuf written = Unpooled.buffer();
        for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            written.writeBytes((ByteBuf) out);
            ((ByteBuf) out).release();
        }
        EmbeddedChannel client = new EmbeddedChannel(new io.netty.handler.codec.http.HttpClientCodec(),
                new HttpObjectAggregator(65536));
        client.writeOutbound(new io.netty.handler.codec.http.DefaultFullHttpRequest(
                io.netty.handler.codec.http.HttpVersion.HTTP_1_1, io.netty.handler.codec.http.HttpMethod.GET, "/"));
        client.releaseOutbound();
        client.writeInbound(written);
        return client.readInbound();
    }

    private static ByteBuf bytes(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII);
    }
}
