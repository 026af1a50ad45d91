package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.support.GatewayTest;
import com.qeetmart.gateway.support.RawUpstream;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request the gateway writes on an upstream connection, byte for byte as the service reads it
 * (the gateway writes the head itself, not through Netty's encoder), and the answers it reads back
 * on a connection it keeps: an answer to HEAD has no body, whatever its Content-Length says; a
 * head the service sends ahead of its body goes on to the client at once (a whole answer read at
 * once goes on as one message). Hostile or broken input: a NUL in a header is refused before any
 * service sees it, a folded header goes on as one line, a service killed after its head ends the
 * client's connection short of the promised body and the next request is served.
 */
@MicronautTest
class UpstreamWireTest extends GatewayTest {

    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final ServerSocket service = RawUpstream.start(this::serve);
    private final CountDownLatch bodyMayGo = new CountDownLatch(1);

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("qeetmart.gateway.upstreams.products", "http://127.0.0.1:" + service.getLocalPort());
    }

    @Test
    void aHeadAnswerEndsAtItsHeadAndTheConnectionCarriesTheNextRequest() {
        HttpResponse<String> head = gateway.send("HEAD", "/api/v1/products/p1", null);
        int opened = connections.get();
        HttpResponse<String> get = gateway.get("/api/v1/products/p2");

        assertEquals(200, head.statusCode());
        assertEquals("42", head.headers().firstValue("content-length").orElseThrow());
        assertEquals(200, get.statusCode());
        assertEquals("{\"p\":\"GET /products/p2\"}", get.body());
        assertEquals(opened, connections.get(), "the GET went on the connection the HEAD was answered on");
    }

    @Test
    void theServiceReadsOneWellFormedHeadWithTheGatewaysHeadersOnce() {
        String answer = gateway.raw("GET /api/v1/products/p3?q=a%20b HTTP/1.1\r\nHost: shop.example\r\n"
                + "X-Forwarded-Host: spoofed.example\r\nX-Request-Id: spoofed\r\nX-Forwarded-Prefix: /spoofed\r\n"
                + "traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\r\n"
                + "Accept-Language: fr\r\nX-Note: caf\u00e9\r\nConnection: close, X-Private\r\nX-Private: hop\r\n\r\n", null);
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);

        String sent = heads.get(heads.size() - 1);
        List<String> lines = Arrays.asList(sent.split("\r\n"));
        assertEquals("GET /products/p3?q=a%20b HTTP/1.1", lines.get(0));
        assertTrue(sent.endsWith("\r\n\r\n") && !sent.substring(0, sent.length() - 4).contains("\r\n\r\n"), sent);
        assertEquals(List.of("127.0.0.1:" + service.getLocalPort()), values(lines, "host"));
        assertEquals(List.of("shop.example"), values(lines, "x-forwarded-host"));
        assertEquals(List.of("/api/v1"), values(lines, "x-forwarded-prefix"));
        assertEquals(values(lines, "x-correlation-id"), values(lines, "x-request-id"));
        assertEquals(1, values(lines, "traceparent").size());
        assertTrue(values(lines, "traceparent").get(0).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-"), sent);
        assertEquals(List.of("fr"), values(lines, "accept-language"));
        assertEquals(List.of("caf\u00e9"), values(lines, "x-note"), "a value's bytes go on as they came");
        assertEquals(List.of(), values(lines, "connection"));
        assertEquals(List.of(), values(lines, "x-private"));
    }

    @Test
    void aNulInAHeaderIsRefusedAndNeverReachesTheService() {
        int before = heads.size();
        String answer = gateway.raw("GET /api/v1/products/p5 HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0000b\r\n"
                + "Connection: close\r\n\r\n", null);
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.contains("\"type\":\"/problems/malformed-request\""), answer);
        assertEquals(before, heads.size(), "nothing went to the service");
    }

    @Test
    void aFoldedHeaderGoesOnAsOneLine() {
        String answer = gateway.raw("GET /api/v1/products/p6 HTTP/1.1\r\nHost: localhost\r\nX-Fold: one\r\n two\r\n"
                + "Connection: close\r\n\r\n", null);
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);

        List<String> lines = Arrays.asList(heads.get(heads.size() - 1).split("\r\n"));
        assertEquals(List.of("one two"), values(lines, "x-fold"));
        assertTrue(lines.stream().noneMatch(line -> line.startsWith(" ") || line.startsWith("\t")), lines.toString());
    }

    @Test
    void aServiceThatDiesAfterItsHeadEndsTheClientsConnectionAndTheNextRequestIsServed() throws Exception {
        String answer = gateway.raw("GET /api/v1/products/dies HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
        assertTrue(!answer.contains("\r\n\r\n") || answer.length() - answer.indexOf("\r\n\r\n") - 4 < 100,
                "never the 100 bytes its head promised: " + answer);

        assertEquals(200, gateway.get("/api/v1/products/p7").statusCode());
    }

    @Test
    void aClientWithoutHostCannotNameTheForwardedHost() {
        String answer = gateway.raw("GET /api/v1/products/p4 HTTP/1.0\r\nX-Forwarded-Host: spoofed.example\r\n\r\n", null);
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);

        String sent = heads.get(heads.size() - 1);
        assertTrue(sent.startsWith("GET /products/p4 HTTP/1.1\r\n"), sent);
        assertEquals(List.of(), values(Arrays.asList(sent.split("\r\n")), "x-forwarded-host"));
    }

    @Test
    void aHeadTheServiceSendsAheadOfItsBodyReachesTheClientAheadOfTheBody() throws Exception {
        try (Socket client = new Socket("127.0.0.1", gateway.port())) {
            client.setSoTimeout(10_000);
            client.getOutputStream().write("GET /api/v1/products/streamed HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            String head = readHead(client.getInputStream());
            assertTrue(head != null && head.startsWith("HTTP/1.1 200 "), String.valueOf(head));

            bodyMayGo.countDown(); // only now does the service send the body
            assertEquals("hello", new String(client.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
        }
    }

    @AfterAll
    void stopService() throws IOException {
        service.close();
    }

    private static List<String> values(List<String> lines, String name) {
        return lines.stream().skip(1).filter(line -> line.toLowerCase().startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).trim()).toList();
    }

    // Answers every request on the connection, a HEAD with its head alone (Content-Length as a GET's would be).
    private void serve(Socket socket) throws IOException {
        connections.incrementAndGet();
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        while (true) {
            String head = readHead(in);
            if (head == null) {
                return;
            }
            heads.add(head);
            String requestLine = head.substring(0, head.indexOf("\r\n"));
            String body = "{\"p\":\"" + requestLine.substring(0, requestLine.lastIndexOf(' ')) + "\"}";
            if (requestLine.startsWith("GET /products/dies ")) {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\npart".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                socket.close(); // killed after its head and a piece of its body
                return;
            } else if (requestLine.startsWith("GET /products/streamed ")) {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                awaitBodyMayGo();
                out.write("hello".getBytes(StandardCharsets.ISO_8859_1));
            } else if (requestLine.startsWith("HEAD ")) {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 42\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
            } else {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                        + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        }
    }

    private void awaitBodyMayGo() throws IOException {
        try {
            if (!bodyMayGo.await(10, TimeUnit.SECONDS)) {
                throw new IOException("the test never let the body go");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    // One request head (these requests have no body), or null when the gateway closed the connection.
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
