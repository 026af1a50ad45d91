package com.qeetmart.platform.http;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The proxies whose X-Forwarded-For is believed: exact addresses ({@code 10.0.0.7}) or CIDR
 * blocks ({@code 10.0.0.0/8}, {@code fd00::/8}, {@link CidrBlock}), since behind a Kubernetes
 * ingress the proxy's address is any address of the pod network. A host name in X-Forwarded-For
 * is never resolved (no DNS lookup from a header) and is never trusted.
 */
final class TrustedProxies {

    private final List<CidrBlock> blocks;

    private TrustedProxies(List<CidrBlock> blocks) {
        this.blocks = blocks;
    }

    /** Fails at start-up on an entry that is neither an address nor a CIDR block. */
    static TrustedProxies of(List<String> entries) {
        return new TrustedProxies(entries.stream().map(String::trim).filter(e -> !e.isEmpty()).map(TrustedProxies::block).toList());
    }

    private static CidrBlock block(String entry) {
        return CidrBlock.parse(entry).orElseThrow(() ->
                new IllegalArgumentException("trusted proxy is not an IP address or CIDR block: " + entry));
    }

    boolean contains(InetAddress address) {
        for (CidrBlock block : blocks) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an address written in a header is a trusted proxy; anything not an IP literal is not. */
    boolean contains(String literal) {
        return !blocks.isEmpty() && literalAddress(literal).map(this::contains).orElse(false);
    }

    /** Parses an IP literal without ever resolving a name. */
    static Optional<InetAddress> literalAddress(String text) {
        return CidrBlock.literal(text);
    }
}
