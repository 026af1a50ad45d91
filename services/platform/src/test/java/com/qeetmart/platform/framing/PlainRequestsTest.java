package com.qeetmart.platform.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plain head is read as its lines to the very request Netty's decoder reads of it; anything
 * else is Netty's to read (or refuse) as before: the two decoders give the same messages for every
 * head here, plain or hostile, and only plain ones come as {@link PlainRequest}.
 */
class PlainRequestsTest {

    static final HttpDecoderConfig CONFIG = new HttpDecoderConfig().setMaxInitialLineLength(256).setMaxHeaderSize(512);

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /api/v1/users/me HTTP/1.1\r\nHost: gw\r\nAuthorization: Bearer abc.def\r\nAccept: */*\r\n\r\n",
        "HEAD /a?b=c&d=%20e HTTP/1.1\r\nhost:gw\r\nX-Empty:\r\nX-Spaces: \t padded value \t \r\n\r\n",
        "DELETE /products/7 HTTP/1.1\r\nHost: gw\r\nContent-Length: 0\r\nX-Twice: 1\r\nX-Twice: 2\r\n\r\n",
        "GET / HTTP/1.0\r\n\r\n",
        "OPTIONS /x HTTP/1.0\r\nHost: gw\r\nConnection: keep-alive\r\n\r\n",
        "POST /cart HTTP/1.1\r\nHOST: gw\r\nX-Name: caf\u00e9 \u00ff\r\n\r\n",
    })
    void aPlainHeadIsReadToTheRequestNettyReads(String head) {
        List<Object> plain = decode(new StrictRequestDecoder(CONFIG), head);
        List<Object> netty = decode(new HttpRequestDecoder(CONFIG), head);
        PlainRequest request = assertInstanceOf(PlainRequest.class, plain.get(0));
        assertTrue(request.asRead());
        assertEquals(headerValues(netty), lookedUp(request), "its lines, looked up, say what Netty's header map says");
        assertEquals(describe(netty), describe(plain));
        assertFalse(request.asRead(), "once the map is asked for, the map is the request's headers");
        assertEquals(HttpUtil.isKeepAlive((HttpRequest) netty.get(0)), RequestHeaders.isKeepAlive(fresh(head)));
        assertEquals(HttpUtil.getContentLength((HttpRequest) netty.get(0), -1L), RequestHeaders.contentLength(fresh(head), -1L));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /a HTTP/1.1\r\n\r\n", // no Host
        "GET /a HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello",
        "GET /a HTTP/1.1\r\nHost: a\r\nContent-Length: 00\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nContent-Length: 5\r\n\r\nhello",
        "GET /a HTTP/1.1\r\nHost: a\r\nContent-Length: 0, 0\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n",
        "POST /a HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\nUpgrade: h2c\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\nSec-WebSocket-Key1: 1\r\nSec-WebSocket-Key2: 2\r\n\r\n12345678",
        "GET /a HTTP/1.1\r\nHost: a\r\nX-Folded: a\r\n b\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost : a\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\nX-Bare: lf\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\nX-Nul: a\u0000b\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\nX-Cr: a\rb\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\nX-Del: a\u007fb\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\nX-\u00e9: b\r\n\r\n",
        "GET  /a HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET /a\u00e9 HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET http://a/b HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET /a HTTP/1.2\r\nHost: a\r\n\r\n",
        "GET /a HTTP/1.1 \r\nHost: a\r\n\r\n",
        "get /a HTTP/1.1\r\nHost: a\r\n\r\n",
        "CONNECT a:443 HTTP/1.1\r\nHost: a\r\n\r\n",
        "\r\nGET /a HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: a\r\n\n",
    })
    void anythingElseIsNettysToReadOrRefuse(String head) {
        List<Object> plain = decode(new StrictRequestDecoder(CONFIG), head);
        List<Object> netty = decode(new HttpRequestDecoder(CONFIG), head);
        assertFalse(!plain.isEmpty() && plain.get(0) instanceof PlainRequest, "not plain: " + head);
        assertEquals(describe(netty), describe(plain));
    }

    @Test
    void aLengthOfZeroBesideChunkedIsStillRefusedAsBothFramings() {
        List<Object> read = decode(new StrictRequestDecoder(CONFIG),
                "GET /a HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        HttpRequest head = (HttpRequest) read.get(0);
        assertFalse(head instanceof PlainRequest);
        assertInstanceOf(FramingViolation.class, head.decoderResult().cause());
        read.forEach(ReferenceCountUtil::release);
    }

    @ParameterizedTest
    @ValueSource(ints = {255, 256, 257})
    void theDecodersLimitsHoldForPlainHeadsToo(int length) {
        String line = "GET /" + "a".repeat(length - 14) + " HTTP/1.1\r\nHost: a\r\n\r\n"; // a request line of length
        String headers = "GET /a HTTP/1.1\r\nHost: a\r\nX-Big: " + "b".repeat(length * 2 - 14) + "\r\n\r\n"; // header lines of twice that
        for (String head : List.of(line, headers)) {
            assertEquals(describe(decode(new HttpRequestDecoder(CONFIG), head)),
                    describe(decode(new StrictRequestDecoder(CONFIG), head)));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 40, 1000})
    void pipelinedRequestsInAnyPiecesAreReadInOrderWithABodyBetween(int pieceSize) {
        String stream = "GET /1 HTTP/1.1\r\nHost: a\r\n\r\n"
                + "POST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"
                + "GET /3 HTTP/1.1\r\nHost: a\r\n\r\nGET /4 HTTP/1.1\r\nHost: a\r\n\r\n";
        EmbeddedChannel channel = new EmbeddedChannel(new StrictRequestDecoder(CONFIG));
        byte[] bytes = stream.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i += pieceSize) {
            channel.writeInbound(Unpooled.wrappedBuffer(bytes, i, Math.min(pieceSize, bytes.length - i)));
        }
        List<Object> read = drain(channel);
        List<String> uris = read.stream().filter(HttpRequest.class::isInstance).map(m -> ((HttpRequest) m).uri()).toList();
        assertEquals(List.of("/1", "/2", "/3", "/4"), uris);
        String body = read.stream().filter(HttpContent.class::isInstance)
                .map(m -> ((HttpContent) m).content().toString(StandardCharsets.US_ASCII)).reduce("", String::concat);
        assertEquals("hello", body);
        assertEquals(4, read.stream().filter(LastHttpContent.class::isInstance).count());
        if (pieceSize == 1000) {
            assertInstanceOf(PlainRequest.class, read.get(read.size() - 2), "after a body, plain heads are read again");
        }
        read.forEach(ReferenceCountUtil::release);
    }

    @Test
    void aHeaderIsLookedUpWhateverItsCaseAndAbsentOnesAreNull() {
        HttpRequest request = fresh("GET /a HTTP/1.1\r\nHOST: gw\r\nx-forwarded-for: 1.2.3.4\r\nAccept: a\r\nAccept: b\r\n\r\n");
        assertEquals("gw", RequestHeaders.get(request, HttpHeaderNames.HOST));
        assertEquals("1.2.3.4", RequestHeaders.get(request, AsciiString.of("X-Forwarded-For")));
        assertEquals(List.of("a", "b"), RequestHeaders.getAll(request, HttpHeaderNames.ACCEPT));
        assertNull(RequestHeaders.get(request, HttpHeaderNames.ORIGIN));
        assertFalse(RequestHeaders.contains(request, HttpHeaderNames.AUTHORIZATION));
        assertTrue(((PlainRequest) request).asRead(), "nothing above built the map");
    }

    static PlainRequest fresh(String head) {
        return (PlainRequest) decode(new StrictRequestDecoder(CONFIG), head).get(0);
    }

    static List<Object> decode(io.netty.channel.ChannelHandler decoder, String head) {
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        channel.writeInbound(Unpooled.copiedBuffer(head, StandardCharsets.ISO_8859_1));
        channel.finish();
        return drain(channel);
    }

    private static List<Object> drain(EmbeddedChannel channel) {
        List<Object> read = new ArrayList<>();
        for (Object message; (message = channel.readInbound()) != null; ) {
            read.add(message);
        }
        return read;
    }

    // What a stage sees of each message: kind, outcome, request line, every header in order, body bytes.
    private static List<String> describe(List<Object> messages) {
        List<String> described = new ArrayList<>();
        for (Object message : messages) {
            StringBuilder text = new StringBuilder(message instanceof LastHttpContent ? "last" : message instanceof HttpRequest ? "head" : "content");
            if (message instanceof HttpRequest request) {
                text.append(request.decoderResult().isSuccess() ? " ok " : " failed ").append(request.method()).append(' ')
                        .append(request.uri()).append(' ').append(request.protocolVersion());
                for (Map.Entry<String, String> header : request.headers()) {
                    text.append('|').append(header.getKey()).append('=').append(header.getValue());
                }
            }
            if (message instanceof HttpContent content) {
                text.append(content.decoderResult().isSuccess() ? " ok " : " failed ").append(content.content().toString(StandardCharsets.ISO_8859_1));
            }
            described.add(text.toString());
            ReferenceCountUtil.release(message);
        }
        return described;
    }

    private static List<String> headerValues(List<Object> netty) {
        HttpRequest request = (HttpRequest) netty.get(0);
        return request.headers().names().stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().sorted()
                .map(name -> name + "=" + request.headers().get(name) + "/" + request.headers().getAll(name)).toList();
    }

    private static List<String> lookedUp(PlainRequest request) {
        List<String> names = new ArrayList<>();
        for (int line = 0; line < request.lines().count(); line++) {
            names.add(request.lines().name(line).toString());
        }
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().sorted()
                .map(name -> name + "=" + RequestHeaders.get(request, AsciiString.of(name)) + "/"
                        + RequestHeaders.getAll(request, AsciiString.of(name))).toList();
    }
}
