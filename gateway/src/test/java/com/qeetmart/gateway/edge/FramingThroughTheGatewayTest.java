package com.qeetmart.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.gateway.support.GatewayTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request smuggling attempts over a raw socket, through the proxy stage and Micronaut alike: an
 * ill-framed head is refused, the connection ends, and what was hidden behind it reaches nobody.
 */
@MicronautTest
class FramingThroughTheGatewayTest extends GatewayTest {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})");
    private static final String SMUGGLED = "GET /api/v1/categories/smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "POST /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n",
            "POST /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: identity\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "POST /api/v1/categories HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "GET /api/v1/categories HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            "GET /api/v1/categories HTTP/1.1\r\n\r\n",
            "POST /docs HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: CHUNKED\r\n\r\n0\r\n\r\n",
            "POST /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "POST /docs HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n"})
    void anIllFramedRequestIsRefusedAndNothingBehindItIsServed(String illFramed) {
        String answer = gateway.raw(illFramed + SMUGGLED, null);

        assertEquals(List.of(400), statuses(answer), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.toLowerCase().contains("connection: close"), answer);
        assertTrue(products.requestedPaths().stream().noneMatch(path -> path.contains("smuggled")), "nothing hidden was served");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/categories", "/docs"})
    void aChunkSizeBeyond31BitsGetsOneAnswerAndNothingBehindItIsServed(String path) {
        // 100000014 read in 32 bits is 20 bytes: the wrap would make the rest a request of its own.
        String answer = gateway.raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n100000014\r\n{\"name\":\"wrapped!!!\"}\r\n0\r\n\r\n" + SMUGGLED, null);

        List<Integer> statuses = statuses(answer);
        assertEquals(1, statuses.size(), answer);
        assertTrue(statuses.get(0) >= 400 && statuses.get(0) < 500, answer);
        assertTrue(products.requestedPaths().stream().noneMatch(p -> p.contains("smuggled")), "nothing hidden was served");
    }

    @Test
    void aRefusedHeadIsAnsweredAfterTheRequestSentAheadOfIt() {
        String answer = gateway.raw("GET /api/v1/categories/first HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /api/v1/categories/" + "x".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n" + SMUGGLED, null);

        assertEquals(List.of(200, 414), statuses(answer), answer);
        assertTrue(products.requestedPaths().contains("/categories/first"));
        assertTrue(products.requestedPaths().stream().noneMatch(path -> path.contains("smuggled")), "nothing after it was served");
    }

    @Test
    void aContinueBeforePipelinedRequestsLeavesEveryAnswerOnItsRequest() {
        String answer = gateway.raw("POST /api/v1/auth/register HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                + "HEAD /api/v1/categories/h HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /api/v1/categories/g HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);

        assertEquals(List.of(100, 200, 200, 200), statuses(answer), answer);
        assertTrue(answer.contains("\"path\":\"/auth/register\""), "the POST's answer keeps its body: " + answer);
        String afterHead = answer.substring(answer.indexOf("\r\n\r\n", answer.indexOf("HTTP/1.1 200", answer.indexOf("HTTP/1.1 200") + 1)) + 4);
        assertTrue(afterHead.startsWith("HTTP/1.1 200"), "the HEAD's answer has no body: " + answer);
        assertTrue(answer.endsWith("}"), "the GET's body comes whole, last: " + answer);
    }

    private static List<Integer> statuses(String answer) {
        Matcher matcher = STATUS_LINE.matcher(answer);
        List<Integer> statuses = new ArrayList<>();
        while (matcher.find()) {
            statuses.add(Integer.parseInt(matcher.group(1)));
        }
        return statuses;
    }
}
