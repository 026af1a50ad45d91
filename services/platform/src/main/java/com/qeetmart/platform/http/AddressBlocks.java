package com.qeetmart.platform.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The unit a per-address limit counts: an IPv4 address as it is, an IPv6 address by its /64
 * (one subscriber's whole allocation, RFC 6177: counting exact IPv6 addresses would hand one
 * caller 2^64 fresh budgets). Only canonical IP literals reach here ({@link ClientOrigins});
 * anything else is counted as it is.
 */
public final class AddressBlocks {

    private static final int IPV6_PREFIX_BYTES = 8;
    // Checked first, so that InetAddress never resolves a name.
    private static final java.util.regex.Pattern IPV6_LITERAL = java.util.regex.Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private AddressBlocks() {
    }

    public static String keyOf(String address) {
        if (address == null || address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address); // a literal: no lookup
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < IPV6_PREFIX_BYTES; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }
}
