package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.support.GatewayTest;
import com.qeetmart.gateway.support.RawUpstream;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.qeetmart.gateway.support.ProblemResponse.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A kept-alive upstream connection that the service closes just as the next request arrives (as
 * when its idle timeout and the request cross): a request that is safe to repeat is sent again on
 * a new connection; any other is a 502, never sent twice.
 */
@MicronautTest
class UpstreamReuseTest extends GatewayTest {

    private final AtomicInteger requestsSeen = new AtomicInteger();
    // Answers the first request on each connection, then reads the next one and closes unanswered.
    private final ServerSocket closingUpstream = RawUpstream.start(this::answerOnceThenDrop);

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("qeetmart.gateway.upstreams.products", "http://127.0.0.1:" + closingUpstream.getLocalPort());
    }

    @Test
    void aSafeRequestOnAConnectionTheServiceClosedIsSentAgainOnANewOne() {
        assertEquals(200, gateway.get("/api/v1/products/p0").statusCode()); // leaves one kept-alive connection
        int before = requestsSeen.get();

        assertEquals(200, gateway.get("/api/v1/products/p1").statusCode());
        assertEquals(before + 2, requestsSeen.get()); // dropped on the old connection, answered on a new one
    }

    @Test
    void anUnsafeRequestOnAConnectionTheServiceClosedIsNotRepeated() {
        assertEquals(200, gateway.get("/api/v1/products/p0").statusCode());
        int before = requestsSeen.get();

        assertProblem(gateway.send("POST", "/api/v1/products", "{}", "Authorization", "Bearer " + ISSUER.adminToken(),
                "Content-Type", "application/json"), 502, "/problems/upstream-unavailable", "UPSTREAM_UNAVAILABLE");
        assertEquals(before + 1, requestsSeen.get());
    }

    @AfterAll
    void stopUpstream() throws IOException {
        closingUpstream.close();
    }

    private void answerOnceThenDrop(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        readRequest(in);
        byte[] body = "{}".getBytes(StandardCharsets.US_ASCII);
        socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        readRequest(in); // the next request on this connection is read, never answered
    }

    // Reads one request (head and Content-Length body) and counts it.
    private void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            head.append((char) b);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
        requestsSeen.incrementAndGet();
    }
}
