package com.qeetmart.platform.directwrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.platform.metrics.OperationTimers;
import com.qeetmart.platform.security.Caller;
import com.qeetmart.platform.tracing.StageSpans;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The direct write stage driven message by message, each write finished by the test when it
 * chooses: what the stage answers itself, and what it hands to Micronaut behind it, body and all.
 */
class DirectWriteHandlerTest {

    private static final Caller PERSON = new Caller(UUID.randomUUID(), java.util.Set.of("USER"), Map.of());

    private final TestWrite things = new TestWrite();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<String> micronaut = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel(handler(), new ChannelInboundHandlerAdapter() {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                micronaut.add(request.uri());
            }
            if (msg instanceof HttpContent content && content.content().isReadable()) {
                micronaut.add("body:" + content.content().toString(StandardCharsets.UTF_8));
            }
            ReferenceCountUtil.release(msg);
        }
    });

    @Test
    void aWriteItDoesIsAnsweredByTheStageWithTheControllersHeaders() {
        channel.writeInbound(post("/things", "{\"n\":1}", "Bearer person"));
        assertEquals("{\"n\":1}", things.bodies.get(0), "the write read the whole body");
        things.answer(0, Optional.of(new DirectWrite.Written(201, Map.of("made", true), Map.of("Location", "/things/1"))));
        channel.runPendingTasks();
        FullHttpResponse answer = channel.readOutbound();
        assertEquals(201, answer.status().code());
        assertEquals("{\"made\":true}", answer.content().toString(StandardCharsets.UTF_8));
        assertEquals("/things/1", answer.headers().get("Location"));
        assertEquals("no-store", answer.headers().get("Cache-Control"));
        assertEquals("application/json", answer.headers().get("Content-Type"));
        assertTrue(answer.headers().contains("X-Correlation-Id"));
        assertEquals(List.of(), micronaut);
        assertEquals(1.0, registry.counter(DirectWriteCounts.METRIC, "operation", "createThing", "outcome", "answered").count());
        answer.release();
    }

    @Test
    void aBodyInPiecesIsReadWholeBeforeTheWriteRuns() {
        HttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/things");
        head.headers().set("Host", "x").set("Content-Type", "application/json").set("Content-Length", 7)
                .set("Authorization", "Bearer person");
        channel.writeInbound(head, new DefaultHttpContent(Unpooled.copiedBuffer("{\"n\"", StandardCharsets.UTF_8)));
        assertEquals(List.of(), things.bodies, "not before its end");
        channel.writeInbound(new DefaultLastHttpContent(Unpooled.copiedBuffer(":1}", StandardCharsets.UTF_8)));
        assertEquals(List.of("{\"n\":1}"), things.bodies);
    }

    @Test
    void aWriteLeftToMicronautReachesItWithItsBodyInOrder() {
        HttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/things");
        head.headers().set("Host", "x").set("Content-Type", "application/json").set("Content-Length", 7)
                .set("Authorization", "Bearer person");
        channel.writeInbound(head, new DefaultHttpContent(Unpooled.copiedBuffer("{\"n\"", StandardCharsets.UTF_8)),
                new DefaultLastHttpContent(Unpooled.copiedBuffer(":1}", StandardCharsets.UTF_8)));
        things.answer(0, Optional.empty());
        channel.runPendingTasks();
        assertEquals(List.of("/things", "body:{\"n\"", "body::1}"), micronaut);
        assertNull(channel.readOutbound());
        assertEquals(1.0, registry.counter(DirectWriteCounts.METRIC, "operation", "createThing", "outcome", "left").count());
    }

    @Test
    void aFailedWriteIsLeftToMicronaut() {
        channel.writeInbound(post("/things", "{}", "Bearer person"));
        things.pending.get(0).completeExceptionally(new IllegalStateException("a failure in the write"));
        channel.runPendingTasks();
        assertEquals(List.of("/things", "body:{}"), micronaut);
    }

    @Test
    void whatTheStageCannotJudgeGoesToMicronautUnwritten() {
        channel.writeInbound(post("/things", "{}", null)); // anonymous: Micronaut's 401
        channel.writeInbound(post("/things", "{}", "Bearer unknown")); // a token not yet verified
        channel.writeInbound(post("/things", "{}", "Bearer application")); // without the write's scope
        FullHttpRequest text = post("/things", "{}", "Bearer person");
        text.headers().set("Content-Type", "text/plain");
        channel.writeInbound(text);
        FullHttpRequest large = post("/things", "x".repeat(65), "Bearer person");
        channel.writeInbound(large);
        FullHttpRequest origin = post("/things", "{}", "Bearer person");
        origin.headers().set("Origin", "https://elsewhere.example");
        channel.writeInbound(origin);
        channel.writeInbound(post("/things?x=1", "{}", "Bearer person"));
        channel.runPendingTasks();
        assertEquals(List.of(), things.bodies, "no write ran");
        assertEquals(14, micronaut.size(), micronaut.toString());
    }

    @Test
    void anApplicationHoldingTheScopeIsTaken() {
        channel.writeInbound(post("/things", "{}", "Bearer scoped-application"));
        assertEquals(1, things.bodies.size());
    }

    @Test
    void aRequestBehindAPendingWriteWaitsAndAnswersLeaveInRequestOrder() {
        List<String> out = new ArrayList<>();
        channel.pipeline().addFirst(new ChannelOutboundHandlerAdapter() {
            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                out.add("answer");
                ctx.write(msg, promise);
            }
        });
        channel.writeInbound(post("/things", "{}", "Bearer person"), get("/elsewhere"));
        assertEquals(List.of(), micronaut, "the pipelined request waits for the write's answer");
        things.answer(0, Optional.of(new DirectWrite.Written(200, Map.of(), Map.of())));
        channel.runPendingTasks();
        assertEquals(List.of("answer"), out);
        assertEquals(List.of("/elsewhere"), micronaut);
        ReferenceCountUtil.release(channel.readOutbound());
    }

    @Test
    void connectionCloseClosesAfterTheAnswerAndHttp10KeepAliveIsSaid() {
        FullHttpRequest old = post("/things", "{}", "Bearer person");
        old.setProtocolVersion(HttpVersion.HTTP_1_0);
        old.headers().set("Connection", "keep-alive");
        channel.writeInbound(old);
        things.answer(0, Optional.of(new DirectWrite.Written(200, Map.of(), Map.of())));
        channel.runPendingTasks();
        FullHttpResponse kept = channel.readOutbound();
        assertEquals("keep-alive", kept.headers().get("Connection"));
        kept.release();
        FullHttpRequest closing = post("/things", "{}", "Bearer person");
        closing.headers().set("Connection", "close");
        channel.writeInbound(closing);
        things.answer(1, Optional.of(new DirectWrite.Written(200, Map.of(), Map.of())));
        channel.runPendingTasks();
        FullHttpResponse last = channel.readOutbound();
        assertEquals("close", last.headers().get("Connection"));
        assertFalse(channel.isOpen());
        last.release();
    }

    @Test
    void aClientGoneBeforeItsWriteEndsGetsNothingAndLeaksNothing() {
        FullHttpRequest request = post("/things", "{}", "Bearer person");
        channel.writeInbound(request);
        channel.close();
        things.answer(0, Optional.of(new DirectWrite.Written(201, Map.of(), Map.of())));
        channel.runPendingTasks();
        assertNull(channel.readOutbound());
        assertEquals(0, request.refCnt(), "the held body was released");
        assertEquals(List.of(), micronaut);
    }

    private DirectWriteHandler handler() {
        DirectWrites plans = new DirectWrites(List.of(things), authorization -> switch (String.valueOf(authorization)) {
            case "Bearer person" -> Optional.of(PERSON);
            case "Bearer application" -> Optional.of(application("orders:read"));
            case "Bearer scoped-application" -> Optional.of(application("things:write"));
            default -> Optional.empty();
        }, 64);
        WriteAnswers answers = new WriteAnswers(JsonMapper.createDefault(), new OperationTimers(new SimpleMeterRegistry()),
                new StageSpans(Optional.empty(), "none"), new DirectWriteCounts(registry));
        return new DirectWriteHandler(plans, answers);
    }

    private static Caller application(String scope) {
        return new Caller(UUID.randomUUID(), java.util.Set.of(scope), Map.of("client_id", "partner-1", "scope", scope));
    }

    static FullHttpRequest post(String uri, String body, String authorization) {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, uri,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        request.headers().set("Host", "x").set("Content-Type", "application/json").set("Content-Length", body.length());
        if (authorization != null) {
            request.headers().set("Authorization", authorization);
        }
        return request;
    }

    private static FullHttpRequest get(String uri) {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
        request.headers().set("Host", "x");
        return request;
    }
}
