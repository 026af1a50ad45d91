package com.qeetmart.gateway.routing;

import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.framing.EncodedHead;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A service's head passed on as bytes reaches the client with exactly the headers the decoded
 * path gives it ({@link ClientAnswers#rewriteHead}, {@link ClientAnswers#finishHeaders}).
 */
class ClientHeadTest {

    private static final Route USERS = new Route("users", "users", URI.create("http://127.0.0.1:1"), "/users/me",
            Route.Names.of("users"));

    private static final String SERVICE_HEAD = "HTTP/1.1 201 Created\r\n"
            + "Content-Type: application/json\r\n"
            + "Content-Length: 2\r\n"
            + "Server: nginx\r\n"
            + "x-frame-options: SAMEORIGIN\r\n"
            + "X-Correlation-Id: the-services-own\r\n"
            + "Access-Control-Allow-Origin: *\r\n"
            + "Vary: Accept-Encoding\r\n"
            + "Keep-Alive: timeout=5\r\n"
            + "Connection: keep-alive\r\n"
            + "Set-Cookie: a=1\r\n"
            + "Set-Cookie: b=2\r\n"
            + "Proxy-Authenticate: Basic\r\n"
            + "%s\r\n"
            + "\r\n";

    @ParameterizedTest
    @CsvSource({
        "Location: /users/7, true, false",
        "Location: /users/7, false, false",
        "Location: /users/7, true, true",
        "location:   https://elsewhere.example/users/7  , true, false",
        "Location: /products/7, false, true",
        "X-Empty:, true, false",
        "'Connection: x-session-hint, X-Other\r\nX-Session-Hint: sticky\r\nx-other: 1\r\nX-Kept: 2', true, false",
    })
    void theBytesPathGivesTheClientWhatTheDecodedPathGives(String extraLine, boolean keepAlive, boolean http10) {
        String service = String.format(SERVICE_HEAD, extraLine);
        AnswerHeaders checks = new AnswerHeaders();
        checks.set("Access-Control-Allow-Origin", "https://shop.example");
        checks.add("Vary", "Origin");
        checks.set(AsciiString.cached("RateLimit-Remaining"), "9");

        ServiceHead plain = ServiceHeads.read(service.getBytes(StandardCharsets.ISO_8859_1));
        assertNotNull(plain, "a plain head");
        EncodedHead.Response bytes = ClientHead.of(plain, USERS, "corr-1", checks, keepAlive, http10);
        String clientHead = new String(bytes.headBytes(), 0, bytes.headLength(), StandardCharsets.ISO_8859_1);
        assertEquals(201, bytes.status().code());

        HttpResponse decoded = decode(service);
        ClientAnswers.rewriteHead(decoded, USERS);
        ClientAnswers.finishHeaders(decoded.headers(), "corr-1", checks, keepAlive, http10);

        assertEquals(byName(decoded.headers()), byName(decode(clientHead + "\r\n").headers()), clientHead);
        assertEquals("HTTP/1.1 201 Created\r\n", clientHead.substring(0, clientHead.indexOf('\n') + 1));
    }

    @Test
    void aValueTheGatewayAddsCannotBreakTheHeadWhateverItsCharacters() {
        AnswerHeaders checks = new AnswerHeaders();
        checks.set("X-Hint", "a\u010d\u010aX-Injected: 1\u0000\u00e9");
        ServiceHead plain = ServiceHeads.read(String.format(SERVICE_HEAD, "X-Empty:").getBytes(StandardCharsets.ISO_8859_1));
        EncodedHead.Response bytes = ClientHead.of(plain, USERS, "corr-1", checks, true, false);
        HttpResponse client = decode(new String(bytes.headBytes(), 0, bytes.headLength(), StandardCharsets.ISO_8859_1) + "\r\n");
        assertEquals("a??X-Injected: 1??", client.headers().get("X-Hint"));
        assertNull(client.headers().get("X-Injected"));
    }

    private static HttpResponse decode(String head) {
        EmbeddedChannel channel = new EmbeddedChannel(new HttpResponseDecoder());
        channel.writeInbound(Unpooled.copiedBuffer(head, StandardCharsets.ISO_8859_1));
        HttpResponse response = channel.readInbound();
        for (Object more = channel.readInbound(); more != null; more = channel.readInbound()) {
            ReferenceCountUtil.release(more);
        }
        channel.finishAndReleaseAll();
        return response;
    }

    // Names in any case, each name's values in their order: what a client reads of the headers.
    private static Map<String, List<String>> byName(HttpHeaders headers) {
        Map<String, List<String>> names = new TreeMap<>();
        headers.forEach(header -> names.computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                .add(header.getValue()));
        return names;
    }
}
