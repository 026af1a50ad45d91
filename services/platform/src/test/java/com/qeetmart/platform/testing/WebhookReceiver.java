package com.qeetmart.platform.testing;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A partner's webhook receiver on the loopback address, for tests: it keeps every delivery it was
 * sent (headers and body) and answers with the status its responder picks for the n-th request
 * (from 1), so a test can make it fail for a while. It checks signatures with its own HMAC code,
 * not the platform's, so a signing defect cannot hide behind the same defect in the check.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(String signature, String eventId, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile IntUnaryOperator responder = n -> 204;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = responder.applyAsInt(requests.incrementAndGet());
            if (status >= 200 && status < 300) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("QeetMart-Signature"),
                        exchange.getRequestHeaders().getFirst("QeetMart-Event-Id"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** From now on, the status for the n-th request (counted from the receiver's start). */
    public void answer(IntUnaryOperator statusForRequest) {
        this.responder = statusForRequest;
    }

    /** Deliveries it accepted (answered 2xx), in arrival order. */
    public List<Received> accepted() {
        return new ArrayList<>(received);
    }

    public int requests() {
        return requests.get();
    }

    /** Whether one of the header's v1 values is the HMAC-SHA256 of "t.body" under {@code secret}. */
    public static boolean signedWith(Received delivery, String secret) {
        String[] parts = delivery.signature().split(",");
        String t = parts[0].substring("t=".length());
        String expected = "v1=" + HexFormat.of().formatHex(hmac(secret, t + "." + delivery.body()));
        return Arrays.asList(parts).contains(expected);
    }

    public static long signedAt(Received delivery) {
        return Long.parseLong(delivery.signature().split(",")[0].substring("t=".length()));
    }

    private static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
