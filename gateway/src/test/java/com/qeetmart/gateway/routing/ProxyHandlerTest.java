package com.qeetmart.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.gateway.support.GatewayTest;
import com.qeetmart.platform.problem.ProblemKind;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The proxy stage driven message by message: the real seams (admission, answers, observations)
 * with a stand-in upstream, so each answer, failure and ordering case is exact and immediate.
 */
@MicronautTest
class ProxyHandlerTest extends GatewayTest {

    @Inject
    RouteTable routes;
    @Inject
    ProxySettings settings;
    @Inject
    Admission admission;
    @Inject
    ClientAnswers answers;
    @Inject
    ExchangeObservations observations;

    private final StandInUpstream upstream = new StandInUpstream();
    private final List<String> micronaut = new ArrayList<>();
    private EmbeddedChannel channel;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("qeetmart.gateway.rate-limit.enabled", "false"); // every check answers at once, on this thread
    }

    @BeforeEach
    void connection() {
        upstream.calls.clear(); // one test instance serves the class: each test starts with a new connection and no calls
        micronaut.clear();
        ExchangeSeams seams = new ExchangeSeams(settings, admission, upstream, answers, observations);
        channel = new EmbeddedChannel(new ProxyHandler(routes, seams), new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof HttpRequest request) {
                    micronaut.add(request.uri());
                }
                ReferenceCountUtil.release(msg);
            }
        }) {
            @Override
            protected SocketAddress remoteAddress0() {
                return new InetSocketAddress("192.0.2.7", 40000);
            }
        };
    }

    @Test
    void aRoutedRequestGoesToItsServiceAndTheAnswerComesBackWithTheGatewaysHeaders() {
        channel.writeInbound(get("/api/v1/categories/c1"));
        StandInUpstream.Started call = upstream.calls.get(0);
        assertEquals("/categories/c1", call.route.upstreamPath());

        answer(call, "{}");
        List<HttpObject> out = outbound();
        HttpResponse head = (HttpResponse) out.get(0);
        assertEquals(200, head.status().code());
        assertTrue(head.headers().contains("x-correlation-id"));
        assertEquals("nosniff", head.headers().get("X-Content-Type-Options"));
        assertTrue(channel.isOpen());
    }

    @Test
    void aServiceThatDoesNotAnswerIsA502AndTheConnectionGoesOnToTheNextRequest() {
        channel.writeInbound(get("/api/v1/categories/c1"), get("/api/v1/categories/c2"));
        assertEquals(1, upstream.calls.size(), "the second waits for the first's answer");

        upstream.calls.get(0).relay.unanswered(answers.problem(ProblemKind.UPSTREAM_UNAVAILABLE, "down", "id", "/p"));
        HttpResponse refused = (HttpResponse) outbound().get(0);
        assertEquals(502, refused.status().code());
        assertEquals(2, upstream.calls.size(), "then the next request is taken up");
        assertTrue(channel.isOpen());
    }

    @Test
    void aConnectionThatBreaksMidAnswerClosesTheClientsToo() {
        channel.writeInbound(get("/api/v1/categories/c1"));
        StandInUpstream.Started call = upstream.calls.get(0);
        DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        call.relay.head(head);
        call.relay.write(head);
        call.relay.broken();
        assertFalse(channel.isOpen(), "all a client can be told after a head is that the answer ended early");
    }

    @Test
    void micronautsRequestsWaitForTheProxiedAnswerAheadOfThem() {
        channel.writeInbound(get("/api/v1/categories/c1"), get("/health"));
        assertEquals(List.of(), micronaut);
        answer(upstream.calls.get(0), "{}");
        assertEquals(List.of("/health"), micronaut);
    }

    @Test
    void theClientLeavingCancelsTheCallInFlight() {
        channel.writeInbound(get("/api/v1/categories/c1"));
        channel.close();
        assertTrue(upstream.calls.get(0).cancelled);
    }

    @Test
    void aBodyOverTheLimitIs413AtOnceAndTheConnectionClosesWhenTheBodyEnds() {
        HttpRequest post = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/api/v1/auth/register");
        post.headers().set("Host", "localhost");
        HttpUtil.setContentLength(post, settings.maxRequestBytes + 1);
        channel.writeInbound(post);
        assertEquals(413, ((HttpResponse) outbound().get(0)).status().code());
        assertTrue(channel.isOpen(), "the body is read (and dropped) so the client sees the answer");

        channel.writeInbound(new DefaultHttpContent(Unpooled.copiedBuffer("x", StandardCharsets.UTF_8)));
        assertTrue(channel.isOpen());
        channel.writeInbound(new DefaultLastHttpContent());
        assertFalse(channel.isOpen());
        assertEquals(List.of(), upstream.calls, "nothing was sent on");
    }

    @Test
    void anHttp10ClientAskingToKeepTheConnectionIsToldItIsKept() {
        FullHttpRequest old = new DefaultFullHttpRequest(HttpVersion.HTTP_1_0, HttpMethod.GET, "/api/v1/categories/c1");
        old.headers().set("Connection", "keep-alive");
        channel.writeInbound(old);
        answer(upstream.calls.get(0), "{}");
        assertEquals("keep-alive", ((HttpResponse) outbound().get(0)).headers().get("Connection"));
    }

    private static void answer(StandInUpstream.Started call, String body) {
        DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        HttpUtil.setContentLength(head, body.length());
        call.relay.head(head);
        call.relay.write(head);
        call.relay.last(new DefaultLastHttpContent(Unpooled.copiedBuffer(body, StandardCharsets.UTF_8)));
    }

    private List<HttpObject> outbound() {
        List<HttpObject> out = new ArrayList<>();
        for (Object message = channel.readOutbound(); message != null; message = channel.readOutbound()) {
            out.add((HttpObject) message);
            ReferenceCountUtil.release(message);
        }
        return out;
    }

    private static FullHttpRequest get(String uri) {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
        request.headers().set("Host", "localhost");
        return request;
    }
}
