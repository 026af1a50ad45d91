package com.qeetmart.platform.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Optional;

/**
 * Resolves the client's address. {@code X-Forwarded-For} is believed only when the request
 * comes from a configured trusted proxy (the gateway), and then only up to the first hop that is
 * not itself a trusted proxy: anything further left could be forged by the client.
 */
@Singleton
public class ClientOrigins {

    private static final int MAX_USER_AGENT = 512;

    private final TrustedProxies trustedProxies;

    /** Entries are addresses or CIDR blocks (TRUSTED_PROXIES=10.0.0.0/8,fd00::/8). */
    ClientOrigins(HttpSettings settings) {
        this.trustedProxies = TrustedProxies.of(settings.trustedProxies() == null ? List.of() : settings.trustedProxies());
    }

    /** The origin of the request being served on this thread. */
    public ClientOrigin current() {
        return ServerRequestContext.currentRequest().map(this::of).orElse(new ClientOrigin("unknown", null));
    }

    /**
     * Whether the client of the request being served on this thread is still connected: work
     * that costs much (a password hash) is skipped for a caller whose connection has closed (it
     * gave up waiting). Always true off a server request.
     */
    public BooleanSupplier callerWaiting() {
        return ServerRequestContext.currentRequest().filter(NettyHttpRequest.class::isInstance)
                .map(request -> ((NettyHttpRequest<?>) request).getChannelHandlerContext().channel())
                .<BooleanSupplier>map(channel -> channel::isActive).orElse(() -> true);
    }

    public ClientOrigin of(HttpRequest<?> request) {
        String userAgent = request.getHeaders().get(HttpHeaders.USER_AGENT);
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
        return new ClientOrigin(addressOf(request), userAgent);
    }

    /** Whether the request came straight from a configured proxy, whose X-Forwarded-* is believed. */
    public boolean fromTrustedProxy(HttpRequest<?> request) {
        return isTrusted(request.getRemoteAddress());
    }

    /**
     * The X-Forwarded-For a proxy sends on: the chain so far plus the peer when the request came
     * from a trusted proxy, the peer alone otherwise (what a client claims for itself is dropped).
     */
    public String forwardedFor(HttpRequest<?> request) {
        return forwardedFor(request.getRemoteAddress(), request.getHeaders().get("X-Forwarded-For"));
    }

    /** As {@link #forwardedFor(HttpRequest)}, from the connection's peer and the header as received. */
    public String forwardedFor(InetSocketAddress remote, String forwarded) {
        String peer = peerOf(remote);
        return forwarded != null && isTrusted(remote) ? forwarded + ", " + peer : peer;
    }

    /** Whether a connection's peer is a configured proxy. */
    public boolean isTrusted(InetSocketAddress remote) {
        InetAddress peer = remote.getAddress();
        return peer != null && trustedProxies.contains(peer);
    }

    private static String peerOf(InetSocketAddress remote) {
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    private String addressOf(HttpRequest<?> request) {
        return addressOf(request.getRemoteAddress(), request.getHeaders().get("X-Forwarded-For"));
    }

    /**
     * The client's address: the peer, or behind trusted proxies the right-most hop of
     * X-Forwarded-For that is not itself a trusted proxy. Always an IP literal in its canonical
     * form: a hop that is not one (a name, a script, 6,000 characters) is never taken as an
     * address, and the proxy that sent it stands for the client instead.
     */
    public String addressOf(InetSocketAddress remote, String forwarded) {
        String peer = peerOf(remote);
        if (forwarded == null || !isTrusted(remote)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return canonical(hops.get(i)).orElse(peer);
            }
        }
        return hops.isEmpty() ? peer : canonical(hops.get(0)).orElse(peer);
    }

    private static Optional<String> canonical(String hop) {
        return TrustedProxies.literalAddress(hop).map(InetAddress::getHostAddress);
    }
}
