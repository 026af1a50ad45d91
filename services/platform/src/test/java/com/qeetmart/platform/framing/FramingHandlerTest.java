package com.qeetmart.platform.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.platform.pipeline.NettyProblems;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;

/**
 * Raw bytes through the real HTTP/1.1 decoder and the framing stage: what is refused, that a
 * refusal waits for the answers owed before it, and that nothing after it is read as a request.
 */
class FramingHandlerTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new StrictServerCodec(new HttpDecoderConfig().setMaxInitialLineLength(64).setMaxHeaderSize(256)),
            new FramingHandler(new NettyProblems(JsonMapper.createDefault()), new ClientDeadlines(Duration.ofSeconds(60)),
                    System::nanoTime));

    @Test
    void aWellFramedRequestGoesOnUnchanged() {
        channel.writeInbound(bytes("POST /fine HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"));
        assertEquals(List.of("POST /fine", "body:abc"), passed());
        assertTrue(channel.isOpen());
    }

    @Test
    void aRequestLineOverTheLimitIs414AndTheConnectionCloses() {
        channel.writeInbound(bytes("GET /" + "a".repeat(200) + " HTTP/1.1\r\nHost: x\r\n\r\n"));
        FullHttpResponse answer = answers().get(0);
        assertEquals(414, answer.status().code());
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
        assertTrue(answer.content().toString(StandardCharsets.UTF_8).contains("\"type\":\"/problems/"), "a problem body");
        assertEquals("close", answer.headers().get("Connection"));
        assertTrue(answer.headers().contains("x-correlation-id"));
        assertFalse(channel.isOpen());
    }

    @Test
    void headersOverTheLimitAre431() {
        channel.writeInbound(bytes("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(400) + "\r\n\r\n"));
        assertEquals(431, answers().get(0).status().code());
        assertFalse(channel.isOpen());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GET / HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            "GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n",
            "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity, chunked\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: CHUNKED\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: ,chunked\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
            "GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 0\r\n\r\n0\r\n\r\n"})
    void anIllFramedHeadIs400AndWhatFollowsItIsNeverARequest(String illFramed) {
        channel.writeInbound(bytes(illFramed + "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"));
        List<FullHttpResponse> answers = answers();
        assertEquals(1, answers.size());
        assertEquals(400, answers.get(0).status().code());
        assertEquals("close", answers.get(0).headers().get("Connection"));
        assertEquals(List.of(), passed(), "nothing reached the handlers behind");
        assertFalse(channel.isOpen());
    }

    @Test
    void anHttp10RequestNeedsNoHost() {
        channel.writeInbound(bytes("GET /old HTTP/1.0\r\n\r\n"));
        assertEquals(List.of("GET /old"), passed());
    }

    @Test
    void aRefusalWaitsForTheAnswerOwedToTheRequestBeforeIt() {
        channel.writeInbound(bytes("GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET /" + "a".repeat(200) + " HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertEquals(List.of("GET /first"), passed());
        assertNull(channel.readOutbound(), "the 414 is held: /first is not answered yet");
        assertTrue(channel.isOpen());

        channel.writeOutbound(answer("first"));
        List<FullHttpResponse> answers = answers();
        assertEquals(List.of(200, 414), answers.stream().map(answer -> answer.status().code()).toList());
        assertFalse(channel.isOpen());
    }

    @Test
    void aContinueDoesNotShiftTheAnswersOfPipelinedRequests() {
        channel.writeInbound(bytes("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc"
                + "HEAD /h HTTP/1.1\r\nHost: x\r\n\r\nGET /g HTTP/1.1\r\nHost: x\r\n\r\n"));
        passed();
        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
        channel.writeOutbound(answer("posted"));
        FullHttpResponse head = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        HttpUtil.setContentLength(head, 5); // the length a GET would get; a HEAD's answer has no body
        channel.writeOutbound(head);
        channel.writeOutbound(answer("got"));

        StringBuilder wire = new StringBuilder();
        for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            wire.append(((ByteBuf) out).toString(StandardCharsets.ISO_8859_1));
            ((ByteBuf) out).release();
        }
        assertEquals("HTTP/1.1 100 Continue\r\n\r\n"
                + "HTTP/1.1 200 OK\r\ncontent-length: 6\r\n\r\nposted"
                + "HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\n"
                + "HTTP/1.1 200 OK\r\ncontent-length: 3\r\n\r\ngot", wire.toString());
    }

    @Test
    void aContinueIsNotTheAnswerOwed() {
        channel.writeInbound(bytes("GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\n\r\n"));
        passed();
        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
        assertTrue(channel.isOpen(), "still owed");
        channel.writeOutbound(answer("first"));
        assertEquals(List.of(100, 200, 400), answers().stream().map(answer -> answer.status().code()).toList());
    }

    @Test
    void aBodyTheDecoderCouldNotReadGoesToItsHandlerAndThenTheConnectionCloses() {
        channel.writeInbound(bytes("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"
                + "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"));
        List<String> passed = passed();
        assertEquals("POST /upload", passed.get(0));
        assertEquals("bad content", passed.get(passed.size() - 1), "its handler learns the body is broken");
        assertTrue(channel.isOpen(), "its handler answers first");

        channel.writeOutbound(answer("refused"));
        answers();
        assertFalse(channel.isOpen(), "then the connection ends: nothing after is read as a request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000014", "10000000000000002", "80000000", "000000000100000014"})
    void aChunkSizeBeyond31BitsIsABodyTheDecoderCouldNotRead(String size) {
        // Netty reads sizes into 32 bits and wraps: 100000014 would be 20 bytes, and the rest a request.
        channel.writeInbound(bytes("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"
                + size + "\r\n" + "x".repeat(20) + "\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertEquals(List.of("POST /upload", "body:abc", "bad content"), passed(), "nothing after the size is read");
        channel.writeOutbound(answer("refused"));
        answers();
        assertFalse(channel.isOpen());
    }

    @Test
    void theLargestChunkSizeIsReadAndAChunkedBodyArrivingByteByByteIsReadWhole() {
        String request = "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3;name=value\r\nabc\r\n00000002\r\nde\r\n0\r\nTrailer: t\r\n\r\nGET /next HTTP/1.1\r\nHost: x\r\n\r\n";
        for (byte b : request.getBytes(StandardCharsets.US_ASCII)) {
            channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        List<String> passed = passed();
        assertEquals(List.of("POST /upload", "GET /next"), passed.stream().filter(piece -> !piece.startsWith("body:")).toList());
        assertEquals("abcde", String.join("", passed.stream().filter(piece -> piece.startsWith("body:"))
                .map(piece -> piece.substring(5)).toList()), "each piece as it came, the whole body in order");
        channel.writeInbound(bytes("POST /big HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n7fffffff\r\nabc"));
        assertEquals(List.of("POST /big", "body:abc"), passed(), "2^31 - 1 is a size Netty reads as written");
        assertTrue(channel.isOpen());
    }

    private List<String> passed() {
        List<String> passed = new ArrayList<>();
        for (Object in = channel.readInbound(); in != null; in = channel.readInbound()) {
            if (in instanceof HttpRequest request) {
                passed.add(request.method() + " " + request.uri());
            }
            if (in instanceof HttpContent content) {
                if (!content.decoderResult().isSuccess()) {
                    passed.add("bad content");
                } else if (content.content().isReadable()) {
                    passed.add("body:" + content.content().toString(StandardCharsets.UTF_8));
                }
            }
            ReferenceCountUtil.release(in);
        }
        return passed;
    }

    // The bytes written, read back as a client would.
    private List<FullHttpResponse> answers() {
        ByteBuf written = Unpooled.buffer();
        for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            written.writeBytes((ByteBuf) out);
            ((ByteBuf) out).release();
        }
        EmbeddedChannel client = new EmbeddedChannel(new HttpClientCodec(), new HttpObjectAggregator(65536));
        for (int i = 0; i < 4; i++) {
            client.writeOutbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/"));
        }
        client.releaseOutbound();
        client.writeInbound(written);
        List<FullHttpResponse> answers = new ArrayList<>();
        for (Object in = client.readInbound(); in != null; in = client.readInbound()) {
            answers.add((FullHttpResponse) in);
        }
        return answers;
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
