package com.qeetmart.platform.events.webhook;

import com.qeetmart.platform.events.EventsProblem;
import com.qeetmart.platform.errors.UnprocessableException;
import com.qeetmart.platform.http.CidrBlock;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The one judge of where this service may send a request on a client's behalf (SSRF): an http(s)
 * URL without user information whose host resolves only to public addresses. Loopback, "this
 * network", private (RFC 1918, unique local), shared (CGNAT), link-local (cloud metadata at
 * 169.254.169.254 included), benchmark, multicast, reserved and NAT64/6to4 addresses are refused
 * unless a configured network allows them. Checked when an endpoint is registered and again at
 * each delivery, whose connection then goes to the address checked.
 */
@Singleton
public class OutboundUrls {

    private static final List<CidrBlock> NEVER_PUBLIC = List.of("0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24",
            "192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "fc00::/7",
            "64:ff9b::/96", "64:ff9b:1::/48", "2002::/16", "2001:db8::/32", "100::/64").stream()
            .map(text -> CidrBlock.parse(text).orElseThrow()).toList();

    private final WebhookSettings settings;
    private final List<CidrBlock> allowed;
    private final Resolver resolver;

    /** Name resolution, a seam for tests (a name that resolves to a private address). */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    @Inject
    OutboundUrls(WebhookSettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    public OutboundUrls(WebhookSettings settings, Resolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
        this.allowed = settings.allowedNetworks().stream().map(text -> CidrBlock.parse(text)
                .orElseThrow(() -> new IllegalArgumentException("Not a CIDR block: " + text))).toList();
    }

    /** The target of {@code url}, or a 422 WEBHOOK_URL_REFUSED naming why not. */
    public OutboundTarget check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !settings.requireHttps())) {
            throw refused("The URL must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("The URL must not carry user information");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw refused("The URL has no host");
        }
        if (uri.getRawFragment() != null) {
            throw refused("The URL must not have a fragment");
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        InetAddress address = firstAllowed(bareHost);
        boolean tls = scheme.equals("https");
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        if (port < 1 || port > 65535) {
            // Else every delivery would fail outside the transport's error handling, never recorded.
            throw refused("The URL's port must be 1 to 65535");
        }
        String hostHeader = uri.getPort() == -1 ? host : host + ":" + port;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new OutboundTarget(uri, address, port, tls, bareHost, hostHeader, target);
    }

    private InetAddress firstAllowed(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw refused("The host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw refused("The host resolves to an address deliveries may not go to (" + address.getHostAddress() + ")");
            }
        }
        return addresses[0];
    }

    boolean allowed(InetAddress address) {
        if (allowed.stream().anyMatch(block -> block.contains(address))) {
            return true;
        }
        return !(address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || address.getHostAddress().equals("255.255.255.255")
                || NEVER_PUBLIC.stream().anyMatch(block -> block.contains(address)));
    }

    private static URI parse(String url) {
        if (url == null || url.length() > 2000 || url.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            throw refused("The URL must be at most 2000 printable ASCII characters");
        }
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw refused("The URL is malformed");
        }
    }

    private static UnprocessableException refused(String why) {
        return new UnprocessableException(EventsProblem.WEBHOOK_URL_REFUSED, "url", why);
    }
}
