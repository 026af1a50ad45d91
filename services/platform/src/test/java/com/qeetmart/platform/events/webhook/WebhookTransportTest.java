package com.qeetmart.platform.events.webhook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One delivery on the wire, against receivers that behave and receivers that do not: a redirect
 * is not followed, a silent one or one that drips its answer a byte at a time costs no more than
 * the timeout, and an endless head is read no further than the limit.
 */
class WebhookTransportTest {

    private static final Duration TIMEOUT = Duration.ofMillis(400);
    private final ServerSocket server = listen();
    private final WebhookTransport transport = new WebhookTransport(new WebhookSettings(1, Duration.ofSeconds(60),
            Duration.ofSeconds(1), TIMEOUT, 256, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(1), Duration.ofSeconds(1), false, List.of("127.0.0.0/8")));

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    @Test
    void theReceiverGetsTheBodyAndHeadersAndItsStatusIsTheOutcome() throws Exception {
        CompletableFuture<String> request = serve(out -> write(out, "HTTP/1.1 204 No Content\r\n\r\n"));
        DeliveryOutcome outcome = transport.post(target(), "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                Map.of("QeetMart-Signature", "t=1,v1=ab"));
        assertTrue(outcome.delivered());
        String sent = request.get();
        assertTrue(sent.startsWith("POST /hook?x=1 HTTP/1.1\r\n"), sent);
        assertTrue(sent.contains("\r\nQeetMart-Signature: t=1,v1=ab\r\n") && sent.contains("\r\nContent-Length: 7\r\n"));
        assertTrue(sent.endsWith("\r\n\r\n{\"a\":1}"), sent);
    }

    @Test
    void aRedirectIsNotFollowed() {
        serve(out -> write(out, "HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/\r\n\r\n"));
        DeliveryOutcome outcome = transport.post(target(), new byte[0], Map.of());
        assertEquals(302, outcome.status());
        assertFalse(outcome.delivered());
    }

    @Test
    void aReceiverThatDripsItsAnswerCostsNoMoreThanTheTimeout() {
        serve(out -> {
            for (int i = 0; i < 100; i++) {
                write(out, "H");
                pause(50);
            }
        });
        DeliveryOutcome outcome = transport.post(target(), new byte[0], Map.of());
        assertFalse(outcome.delivered());
        assertTrue(outcome.latencyMillis() < TIMEOUT.toMillis() + 500, outcome.latencyMillis() + " ms");
    }

    @Test
    void anEndlessHeadIsNotReadPastTheLimit() {
        serve(out -> write(out, "HTTP/1.1 200 " + "x".repeat(100_000)));
        DeliveryOutcome outcome = transport.post(target(), new byte[0], Map.of());
        assertEquals(200, outcome.status(), "the status line's start is enough; the rest is never read");
    }

    @Test
    void garbageIsAFailureWithoutAStatus() {
        serve(out -> write(out, "SSH-2.0-OpenSSH\r\n"));
        DeliveryOutcome outcome = transport.post(target(), new byte[0], Map.of());
        assertEquals(0, outcome.status());
        assertFalse(outcome.delivered());
    }

    private OutboundTarget target() {
        return new OutboundTarget(URI.create("http://127.0.0.1/hook"), InetAddress.getLoopbackAddress(),
                server.getLocalPort(), false, "127.0.0.1", "127.0.0.1:" + server.getLocalPort(), "/hook?x=1");
    }

    /** Accepts one connection, reads the request's head and body, then lets {@code answer} write. */
    private CompletableFuture<String> serve(Consumer<OutputStream> answer) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                StringBuilder request = new StringBuilder();
                while (!request.toString().contains("\r\n\r\n")) {
                    request.append((char) in.read());
                }
                int length = Integer.parseInt(request.toString().replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
                request.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
                answer.accept(socket.getOutputStream());
                return request.toString();
            } catch (IOException e) {
                return "";
            }
        });
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException ignored) {
            // the client hung up: what the test checks is on its side
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ServerSocket listen() {
        try {
            return new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
