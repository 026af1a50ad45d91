package com.qeetmart.platform.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.platform.pipeline.NettyProblems;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client's deadlines and backpressure, on a clock the test moves: a connection that keeps the
 * server waiting is closed, one the server keeps waiting is not, and a client that does not read
 * its answers is not read.
 */
class ClientDeadlinesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final AtomicLong clock = new AtomicLong();
    private final EmbeddedChannel channel = new EmbeddedChannel(new StrictServerCodec(new HttpDecoderConfig().setMaxInitialLineLength(64).setMaxHeaderSize(256)),
            new FramingHandler(new NettyProblems(JsonMapper.createDefault()), new ClientDeadlines(TIMEOUT), clock::get));

    @Test
    void aHeadThatNeverEndsIsCutOffAtTheDeadline() {
        channel.writeInbound(bytes("GET /slow HTTP/1.1\r\nHo")); // and then a byte a second, or nothing
        later(TIMEOUT.minusSeconds(1));
        assertTrue(channel.isOpen());
        later(Duration.ofSeconds(1));
        assertFalse(channel.isOpen(), "closed at the deadline");
    }

    @Test
    void anIdleKeepAliveConnectionClosesAtTheDeadlineAfterItsLastAnswer() {
        channel.writeInbound(bytes("GET /first HTTP/1.1\r\nHost: x\r\n\r\n"));
        passed();
        later(TIMEOUT.multipliedBy(3));
        assertTrue(channel.isOpen(), "no deadline while the answer is ours to give");
        channel.writeOutbound(answer("first"));
        answers();
        later(TIMEOUT.minusSeconds(1));
        assertTrue(channel.isOpen());
        later(Duration.ofSeconds(1));
        assertFalse(channel.isOpen());
    }

    @Test
    void aBodyThatStallsIsCutOffButOneThatMovesIsNot() {
        channel.writeInbound(bytes("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"));
        for (int i = 0; i < 5; i++) {
            later(TIMEOUT.minusSeconds(1));
            channel.writeInbound(bytes("1\r\na\r\n"));
        }
        assertTrue(channel.isOpen(), "a piece within each deadline keeps it");
        later(TIMEOUT);
        assertFalse(channel.isOpen(), "a stall does not");
    }

    @Test
    void aClientThatDoesNotReadItsAnswersIsNotReadEither() {
        int[] reads = {0};
        channel.pipeline().addFirst(new ChannelOutboundHandlerAdapter() {
            @Override
            public void read(ChannelHandlerContext ctx) {
                reads[0]++;
            }
        });
        channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(8, 16));
        channel.writeInbound(bytes("GET /first HTTP/1.1\r\nHost: x\r\n\r\n"));
        passed();
        channel.pipeline().lastContext().write(answer("an answer the client is slow to take")); // written, not flushed
        assertFalse(channel.isWritable());

        int before = reads[0];
        channel.read();
        assertEquals(before, reads[0], "held while the client's answers pile up");
        channel.flush();
        assertTrue(channel.isWritable());
        assertEquals(before + 1, reads[0], "and read again once they left");
        answers();
    }

    private void later(Duration wait) {
        clock.addAndGet(wait.toNanos());
        channel.advanceTimeBy(wait.toNanos(), TimeUnit.NANOSECONDS);
        channel.runScheduledPendingTasks();
    }

    private void passed() {
        for (Object in = channel.readInbound(); in != null; in = channel.readInbound()) {
            ReferenceCountUtil.release(in);
        }
    }

    private void answers() {
        for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            ReferenceCountUtil.release(out);
        }
    }

    private static FullHttpResponse answer(String body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        HttpUtil.setContentLength(response, response.content().readableBytes());
        return response;
    }

    private static ByteBuf bytes(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII);
    }
}
