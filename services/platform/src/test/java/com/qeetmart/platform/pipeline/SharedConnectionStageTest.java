package com.qeetmart.platform.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection a stage shares with Micronaut, driven message by message: answers leave in the
 * order requests came, whoever answers; reads are held while the stage owns the connection.
 */
class SharedConnectionStageTest {

    private EmbeddedChannel channel;
    private TakingStage stage;
    private FakeMicronaut micronaut;
    private int reads;

    @BeforeEach
    void connection() {
        channel = new EmbeddedChannel();
        channel.config().setAutoRead(false); // as Micronaut runs its connections: it asks for each read
        stage = new TakingStage();
        micronaut = new FakeMicronaut();
        channel.pipeline().addLast(new ChannelOutboundHandlerAdapter() {
            @Override
            public void read(ChannelHandlerContext ctx) {
                reads++;
                ctx.read();
            }
        }, stage, micronaut);
    }

    @Test
    void aRequestForTheStageWaitsWhileMicronautOwesAnEarlierAnswer() {
        channel.writeInbound(get("/micronaut/1"), get("/stage/2"));
        assertEquals(List.of("/micronaut/1"), micronaut.received);
        assertFalse(stage.owning(), "the stage's request waits for Micronaut's answer");

        micronaut.answerOldest();
        channel.runPendingTasks();
        assertTrue(stage.holdsRequestRead(), "taken once Micronaut's answer went out");
        stage.answer();
        assertEquals(List.of("/micronaut/1", "/stage/2"), answers());
    }

    @Test
    void micronautsRequestsWaitWhileTheStageOwnsTheConnection() {
        channel.writeInbound(get("/stage/1"), get("/micronaut/2"), get("/micronaut/3"));
        assertEquals(List.of(), micronaut.received, "nothing passes the stage's unanswered request");

        stage.answer();
        assertEquals(List.of("/micronaut/2", "/micronaut/3"), micronaut.received);
        micronaut.answerOldest();
        micronaut.answerOldest();
        assertEquals(List.of("/stage/1", "/micronaut/2", "/micronaut/3"), answers());
    }

    @Test
    void micronautsAsksToReadAreHeldWhileTheStageOwnsTheConnection() {
        channel.writeInbound(get("/stage/1"));
        int before = reads;
        micronaut.askToRead();
        micronaut.askToRead();
        assertEquals(before, reads, "held: the stage's answer is not written yet");

        stage.answer();
        assertEquals(before + 1, reads, "the stage reads on once done");
        micronaut.askToRead();
        assertEquals(before + 2, reads, "and Micronaut's asks pass again");
    }

    @Test
    void theStageReadsItsOwnBodyPieceByPieceWhileOthersWait() {
        DefaultHttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/stage/upload");
        HttpUtil.setTransferEncodingChunked(head, true);
        channel.writeInbound(head, new DefaultHttpContent(Unpooled.copiedBuffer("a", StandardCharsets.UTF_8)));
        channel.writeInbound(new DefaultLastHttpContent(Unpooled.copiedBuffer("b", StandardCharsets.UTF_8)), get("/micronaut/2"));

        assertEquals(List.of("a", "b"), stage.bodyPieces);
        assertEquals(List.of(), micronaut.received);
        stage.answer();
        assertEquals(List.of("/micronaut/2"), micronaut.received);
    }

    @Test
    void aRequestHandedOverOutsideAReadReachesMicronautWithTheEndOfABatch() {
        channel.writeInbound(get("/stage/1"), get("/micronaut/2"));
        int completes = micronaut.readCompletes;

        stage.handOver(); // as a direct read that found nothing hands its request on, from another thread's callback
        assertEquals(List.of("/stage/1", "/micronaut/2"), micronaut.received, "the handed-over request first, then what waited");
        assertTrue(micronaut.readCompletes > completes, "Micronaut handles (and flushes) what it got outside a read batch");
        micronaut.answerOldest();
        micronaut.answerOldest();
        assertEquals(List.of("/stage/1", "/micronaut/2"), answers());
    }

    @Test
    void aContinueFromMicronautIsNotTheEndOfItsAnswer() {
        channel.writeInbound(get("/micronaut/1"), get("/stage/2"));
        micronaut.sendContinue();
        channel.runPendingTasks();
        assertFalse(stage.owning(), "still waiting for Micronaut's real answer");
        micronaut.answerOldest();
        channel.runPendingTasks();
        assertTrue(stage.owning());
    }

    @Test
    void whatWaitedIsReleasedWhenTheStagesAnswerClosesTheConnection() {
        FullHttpRequest closing = get("/stage/1");
        closing.headers().set(HttpHeaderNames.CONNECTION, "close");
        FullHttpRequest waiting = get("/micronaut/2");
        channel.writeInbound(closing, waiting);

        stage.answer();
        assertEquals(List.of(), micronaut.received, "nothing after a closing answer reaches Micronaut");
        assertEquals(0, waiting.refCnt(), "and the request that waited is released");
    }

    @Test
    void theClientLeavingWhileTheStageOwnsTheConnectionEndsItsRequestAndReleasesTheRest() {
        FullHttpRequest waiting = get("/micronaut/2");
        channel.writeInbound(get("/stage/1"), waiting);
        channel.close();
        assertEquals(1, stage.closedWhileOwning);
        assertEquals(0, waiting.refCnt());
        assertNull(channel.readOutbound());
    }

    @Test
    void http10RequestsAreOrderedTheSameWay() {
        FullHttpRequest old = new DefaultFullHttpRequest(HttpVersion.HTTP_1_0, HttpMethod.GET, "/micronaut/1");
        channel.writeInbound(old, get("/stage/2"));
        assertFalse(stage.owning());
        micronaut.answerOldest();
        channel.runPendingTasks();
        assertTrue(stage.owning());
    }

    private List<String> answers() {
        List<String> bodies = new ArrayList<>();
        for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            FullHttpResponse response = (FullHttpResponse) out;
            bodies.add(response.content().toString(StandardCharsets.UTF_8));
            response.release();
        }
        return bodies;
    }

    private static FullHttpRequest get(String uri) {
        return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
    }
}
