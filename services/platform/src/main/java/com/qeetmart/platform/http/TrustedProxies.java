package com.qeetmart.platform.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The proxies whose X-Forwarded-For is believed: exact addresses ({@code 10.0.0.7}) or CIDR
 * blocks ({@code 10.0.0.0/8}, {@code fd00::/8}), since behind a Kubernetes ingress the proxy's
 * address is any address of the pod network. Only IP literals are ever compared: a host name in
 * X-Forwarded-For is never resolved (no DNS lookup from a header) and is never trusted.
 */
final class TrustedProxies {

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** Fails at start-up on an entry that is neither an address nor a CIDR block. */
    static TrustedProxies of(List<String> entries) {
        return new TrustedProxies(entries.stream().map(String::trim).filter(e -> !e.isEmpty()).map(Block::parse).toList());
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Block block : blocks) {
            if (block.contains(bytes)) {
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
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        try {
            if (s.indexOf(':') >= 0) {
                // In brackets InetAddress parses an IPv6 literal or fails; it never looks a name up.
                boolean ipv6Characters = s.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
                return ipv6Characters ? Optional.of(InetAddress.getByName("[" + s + "]")) : Optional.empty();
            }
            byte[] quad = dottedQuad(s);
            return quad == null ? Optional.empty() : Optional.of(InetAddress.getByAddress(quad));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Four decimal numbers up to 255, parsed here: InetAddress would also read "10.1" or
     * "167772161" as addresses, and would look "999.1.1.1" up as a host name.
     */
    private static byte[] dottedQuad(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    private record Block(byte[] network, int prefix) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            String host = slash < 0 ? entry : entry.substring(0, slash);
            byte[] network = literalAddress(host).map(InetAddress::getAddress).orElseThrow(() ->
                    new IllegalArgumentException("trusted proxy is not an IP address or CIDR block: " + entry));
            int bits = network.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("trusted proxy has a bad prefix length: " + entry);
                }
            }
            return new Block(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
                return false;
            }
            int rest = prefix % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
