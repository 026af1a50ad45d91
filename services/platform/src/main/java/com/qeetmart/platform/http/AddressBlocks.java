package com.qeetmart.platform.http;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The unit a per-address limit counts: an IPv4 address as it is, an IPv6 address by its network
 * prefix, /64 by default (one subscriber's allocation, RFC 6177: counting exact IPv6 addresses
 * would hand one caller 2^64 fresh budgets; {@code QEETMART_HTTP_IPV6_PREFIX} 48 or 56 where
 * providers hand out larger blocks). Only canonical IP literals reach here ({@link ClientOrigins});
 * anything else is counted as it is. The gateway's rate limit and auth's sign-in limits use it.
 */
@Singleton
public final class AddressBlocks {

    // Checked first, so that InetAddress never resolves a name.
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final int prefixBits;

    @Inject
    AddressBlocks(HttpSettings settings) {
        this(settings.ipv6Prefix());
    }

    /** Counting IPv6 clients by a prefix of {@code prefixBits}. */
    public AddressBlocks(int prefixBits) {
        if (prefixBits < 16 || prefixBits > 128) {
            throw new IllegalArgumentException("qeetmart.http.ipv6-prefix must be 16 to 128 bits, not " + prefixBits);
        }
        this.prefixBits = prefixBits;
    }

    /** The key a limit counts this address under. */
    public String keyOf(String address) {
        if (address == null || address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address); // a literal: no lookup
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            return prefixOf(parsed.getAddress());
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }

    // The address's groups up to the prefix (the last one masked), as 2001:db8:1:2::/64.
    private String prefixOf(byte[] bytes) {
        StringBuilder prefix = new StringBuilder();
        for (int bit = 0; bit < prefixBits; bit += 16) {
            int group = ((bytes[bit / 8] & 0xff) << 8) | (bytes[bit / 8 + 1] & 0xff);
            int kept = Math.min(16, prefixBits - bit);
            prefix.append(Integer.toHexString(group & (0xffff << (16 - kept)) & 0xffff)).append(':');
        }
        return prefix.append(":/").append(prefixBits).toString();
    }
}
