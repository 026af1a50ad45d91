package com.qeetmart.auth.partner;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address block an application's tokens may be requested from: CIDR notation, IPv4 or IPv6
 * ({@code 203.0.113.0/24}, {@code 2001:db8::/48}); a bare address is a block of one.
 */
record AddressRange(byte[] network, int prefixBits) {

    // Literals only: InetAddress must never be asked to resolve a name.
    // IPv4 only as a dotted quad: InetAddress also reads "10.1" as 10.0.0.1.
    private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** The block written as {@code text}, if it is one. */
    static Optional<AddressRange> parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = literal(address);
        if (bytes == null) {
            return Optional.empty();
        }
        int bits = bytes.length * 8;
        if (slash >= 0) {
            String prefix = text.substring(slash + 1);
            if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
                return Optional.empty();
            }
            bits = Integer.parseInt(prefix);
        }
        return Optional.of(new AddressRange(bytes, bits));
    }

    /** Whether the client address (a literal, as the platform reports it) lies in this block. */
    boolean contains(String clientAddress) {
        byte[] client = literal(clientAddress);
        if (client == null || client.length != network.length) {
            return false;
        }
        int full = prefixBits / 8;
        for (int i = 0; i < full; i++) {
            if (client[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixBits % 8;
        int mask = rest == 0 ? 0 : (0xFF << (8 - rest)) & 0xFF;
        return rest == 0 || (client[full] & mask) == (network[full] & mask);
    }

    private static byte[] literal(String address) {
        if (!LITERAL.matcher(address).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException notALiteral) {
            return null;
        }
    }
}
