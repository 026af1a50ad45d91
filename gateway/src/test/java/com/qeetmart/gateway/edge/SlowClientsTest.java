package com.qeetmart.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.gateway.support.GatewayTest;
import com.qeetmart.platform.testing.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Slowloris: connections that never finish a request head are cut off at the deadline while others are served. */
@MicronautTest
class SlowClientsTest extends GatewayTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("qeetmart.http.client.timeout", DEADLINE.toMillis() + "ms");
    }

    @Test
    void twoHundredConnectionsTricklingAHeadAreClosedWhileOthersAreServed() throws IOException {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket socket = new Socket("127.0.0.1", gateway.port());
                socket.getOutputStream().write("GET /api/v1/categories HTTP/1.1\r\nHost: local".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                socket.setSoTimeout(1); // a poll of 200 open sockets takes 0.2 s
                slow.add(socket);
            }
            long started = System.nanoTime();

            assertEquals(200, gateway.get("/api/v1/categories").statusCode(), "a client that sends its request is served");

            List<Socket> open = new ArrayList<>(slow);
            Eventually.await("every slow connection closed by the gateway", DEADLINE.multipliedBy(5),
                    () -> {
                        open.removeIf(SlowClientsTest::closedByServer);
                        return open.size();
                    }, left -> left == 0);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(DEADLINE.multipliedBy(3)) < 0, "closed about the deadline after they stalled: " + took);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static boolean closedByServer(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
