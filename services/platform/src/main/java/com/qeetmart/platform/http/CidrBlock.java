package com.qeetmart.platform.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address block in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}); a bare
 * address is a block of one. Only IP literals are ever read: a host name is never resolved (no
 * DNS lookup from a header or a setting), and InetAddress's lenient forms ({@code 10.1},
 * {@code 167772161}) are not addresses here. Trusted proxies and a partner application's allowed
 * addresses are written this way.
 */
public record CidrBlock(byte[] network, int prefix) {

    /** The block {@code text} names; empty when it names none. */
    public static Optional<CidrBlock> parse(String text) {
        int slash = text.indexOf('/');
        Optional<InetAddress> host = literal(slash < 0 ? text : text.substring(0, slash));
        if (host.isEmpty()) {
            return Optional.empty();
        }
        byte[] network = host.get().getAddress();
        int prefix = network.length * 8;
        if (slash >= 0) {
            String bits = text.substring(slash + 1);
            if (bits.isEmpty() || bits.length() > 3 || !bits.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(bits) > prefix) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(bits);
        }
        return Optional.of(new CidrBlock(network, prefix));
    }

    /** Whether the address lies in this block (an IPv4 address never in an IPv6 block, nor the reverse). */
    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        if (!Arrays.equals(bytes, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefix % 8;
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (bytes[whole] & mask) == (network[whole] & mask);
    }

    /** Whether an address written as text lies in this block; anything not an IP literal does not. */
    public boolean contains(String literal) {
        return literal(literal).map(this::contains).orElse(false);
    }

    /** Parses an IP literal (IPv6 optionally in brackets) without ever resolving a name. */
    public static Optional<InetAddress> literal(String text) {
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

    // Four decimal numbers up to 255: InetAddress would also read "10.1" or "167772161" as
    // addresses, and would look "999.1.1.1" up as a host name.
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
}
