package com.qeetmart.platform.events.webhook;

import com.qeetmart.platform.http.CidrBlock;
import jakarta.inject.Singleton;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One POST of a delivery over its own connection, to the address {@link OutboundUrls} checked
 * (never resolved again), with TLS verified for the URL's host name. It reads only the answer's
 * status line and head, at most {@code maxResponseHeadBytes} of them, and never a body: what a
 * receiver answers beyond its status is not ours to read. Redirects are not followed (a 3xx is a
 * failed attempt). The whole exchange is bounded by the connect timeout plus the answer timeout.
 */
@Singleton
class WebhookTransport {

    static final String USER_AGENT = "QeetMart-Webhooks/1.0";

    private final WebhookSettings settings;

    WebhookTransport(WebhookSettings settings) {
        this.settings = settings;
    }

    DeliveryOutcome post(OutboundTarget target, byte[] body, Map<String, String> headers) {
        long started = System.nanoTime();
        try (Socket socket = connect(target)) {
            long deadline = System.nanoTime() + settings.timeout().toNanos();
            OutputStream out = socket.getOutputStream();
            out.write(head(target, body.length, headers).getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            int status = readStatus(socket, deadline);
            return new DeliveryOutcome(status, null, elapsed(started));
        } catch (SocketTimeoutException e) {
            return new DeliveryOutcome(0, "No answer within the timeout", elapsed(started));
        } catch (IOException e) {
            return new DeliveryOutcome(0, describe(e), elapsed(started));
        }
    }

    private Socket connect(OutboundTarget target) throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(target.address(), target.port()), (int) settings.connectTimeout().toMillis());
            plain.setSoTimeout((int) settings.timeout().toMillis());
            if (!target.tls()) {
                return plain;
            }
            SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(plain, target.host(), target.port(), true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (CidrBlock.literal(target.host()).isEmpty()) {   // a name, not an address: say it (SNI)
                parameters.setServerNames(List.of(new SNIHostName(target.host())));
            }
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return tls;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private static String head(OutboundTarget target, int length, Map<String, String> headers) {
        StringBuilder head = new StringBuilder("POST ").append(target.requestTarget()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.hostHeader()).append("\r\n")
                .append("User-Agent: ").append(USER_AGENT).append("\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(length).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    /** The status code of the answer's status line ("HTTP/1.1 204 ..."), reading no further than its end. */
    private int readStatus(Socket socket, long deadline) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int read = 0; read < settings.maxResponseHeadBytes(); read++) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException();
            }
            socket.setSoTimeout((int) left);
            int b = in.read();
            if (b < 0 || b == '\n') {
                break;
            }
            line.append((char) b);
        }
        String[] parts = line.toString().trim().split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
            throw new IOException("Not an HTTP/1.x answer");
        }
        return Integer.parseInt(parts[1]);
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
