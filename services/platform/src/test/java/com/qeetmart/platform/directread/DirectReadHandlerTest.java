package com.qeetmart.platform.directread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.platform.metrics.OperationTimers;
import com.qeetmart.platform.pipeline.NettyProblems;
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
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The direct read stage driven message by message, its reads run on the test's thread: what it
 * answers itself, and what it hands to Micronaut behind it (nothing found, a failure, a body).
 */
class DirectReadHandlerTest {

    /** Reads /things/{key}: "found" is there, "missing" is not, "broken" fails, "offline" finds the database away. */
    private static final DirectRead<String> THINGS = new DirectRead<>() {
        @Override
        public String operation() {
            return "getThing";
        }

        @Override
        public String route() {
            return "/things/{key}";
        }

        @Override
        public String keyOf(String path) {
            return path.startsWith("/things/") ? path.substring("/things/".length()) : null;
        }

        @Override
        public Optional<Representation> read(String key, Optional<Caller> caller) {
            return switch (key) {
                case "found" -> Optional.of(new Representation(3, Map.of("name", "a thing"), "public, max-age=5"));
                case "broken" -> throw new IllegalStateException("a bug in the read");
                case "offline" -> throw new IllegalStateException(new SQLTransientConnectionException("no connection"));
                default -> Optional.empty();
            };
        }
    };

    private final List<String> micronaut = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel(new DirectReadHandler(reads()), new ChannelInboundHandlerAdapter() {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                micronaut.add(request.uri());
            }
            ReferenceCountUtil.release(msg);
        }
    });

    @Test
    void aReadThatFindsItsResourceIsAnsweredByTheStage() {
        channel.writeInbound(get("/things/found"));
        channel.runPendingTasks();
        FullHttpResponse answer = channel.readOutbound();
        assertEquals(200, answer.status().code());
        assertEquals("{\"name\":\"a thing\"}", answer.content().toString(StandardCharsets.UTF_8));
        assertEquals("\"3\"", answer.headers().get("ETag"));
        assertTrue(answer.headers().get("Vary").contains("Accept-Encoding"));
        assertEquals(List.of(), micronaut);
        answer.release();
    }

    @Test
    void whatTheReadDoesNotFindGoesOnToMicronaut() {
        channel.writeInbound(get("/things/missing"));
        channel.runPendingTasks();
        assertEquals(List.of("/things/missing"), micronaut, "Micronaut's 404 stays the one answer");
    }

    @Test
    void aReadThatFailsGoesOnToMicronautWhichAnswersAndLogsIt() {
        channel.writeInbound(get("/things/broken"));
        channel.runPendingTasks();
        assertEquals(List.of("/things/broken"), micronaut);
    }

    @Test
    void aDatabaseOutageIsA503FromTheStageAtOnce() {
        channel.writeInbound(get("/things/offline"));
        channel.runPendingTasks();
        FullHttpResponse answer = channel.readOutbound();
        assertEquals(503, answer.status().code());
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
        answer.release();
    }

    @Test
    void aRequestBehindADirectReadReachesMicronautOnlyOnceTheReadIsAnswered() {
        channel.pipeline().addFirst(new ChannelOutboundHandlerAdapter() {
            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                micronaut.add("(the stage answered)");
                ctx.write(msg, promise);
            }
        });
        channel.writeInbound(get("/things/found"), get("/elsewhere"));
        channel.runPendingTasks();
        assertEquals(List.of("(the stage answered)", "/elsewhere"), micronaut);
        ReferenceCountUtil.release(channel.readOutbound());
    }

    @Test
    void aReadWithABodyIsNotAPlainReadAndGoesToMicronaut() {
        FullHttpRequest withBody = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/things/found",
                Unpooled.copiedBuffer("{}", StandardCharsets.UTF_8));
        withBody.headers().set("Content-Length", 2);
        channel.writeInbound(withBody);
        channel.runPendingTasks();
        assertEquals(List.of("/things/found"), micronaut);
    }

    private static DirectReads reads() {
        NettyProblems problems = new NettyProblems(JsonMapper.createDefault());
        DirectAnswers answers = new DirectAnswers(JsonMapper.createDefault(), new OperationTimers(new SimpleMeterRegistry()),
                new StageSpans(Optional.empty(), "none"), problems);
        return new DirectReads(List.of(THINGS), null, answers, new OnTheCallersThread());
    }

    private static FullHttpRequest get(String uri) {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
        request.headers().set("Host", "x");
        return request;
    }

    /** Runs each read at once on the thread that asks: the stage's answer then comes with the test's next step. */
    private static final class OnTheCallersThread extends AbstractExecutorService {
        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
