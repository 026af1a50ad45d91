package com.qeetmart.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void exactAddressesAndBlocksOfBothFamilies() {
        TrustedProxies proxies = TrustedProxies.of(List.of("192.0.2.10", " 10.0.0.0/8 ", "172.16.0.0/12", "fd00::/8", ""));

        assertTrue(proxies.contains("192.0.2.10"));
        assertFalse(proxies.contains("192.0.2.11"));
        assertTrue(proxies.contains("10.255.3.4"));
        assertFalse(proxies.contains("11.0.0.1"));
        assertTrue(proxies.contains("172.31.255.255"));
        assertFalse(proxies.contains("172.32.0.1"));
        assertTrue(proxies.contains("fd12:3456::1"));
        assertTrue(proxies.contains("[fd12:3456::1]"));
        assertFalse(proxies.contains("fe80::1"));
        assertTrue(proxies.contains("::ffff:10.1.1.1"), "an IPv4-mapped address is its IPv4 address");
    }

    @Test
    void onlyDottedQuadsAndIpv6LiteralsAreAddresses() {
        TrustedProxies proxies = TrustedProxies.of(List.of("0.0.0.0/0", "::/0"));

        assertTrue(proxies.contains("203.0.113.7"));
        assertTrue(proxies.contains("2001:db8::7"));
        // Forms InetAddress would accept or look up as a name, host names, and garbage.
        for (String notAnAddress : List.of("10.1", "167772161", "localhost", "proxy.example", "1.2.3.4.5",
                "999.1.1.1", "1..2.3", "1.2.3.", "+1.2.3.4", "1.2.3.4444", "fe80::1%eth0", "", "unknown",
                "1.2.3.4:80", "[::1", "g::1", ":::::")) {
            assertFalse(proxies.contains(notAnAddress), notAnAddress);
        }
    }

    @Test
    void aBadEntryStopsTheStartInsteadOfTrustingNothingOrEverything() {
        for (String bad : List.of("10.0.0.0/33", "10.0.0.0/x", "fd00::/129", "proxy.internal", "10.0.0/8")) {
            assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of(bad)), bad);
        }
    }

    @Test
    void noEntriesTrustNobody() {
        assertFalse(TrustedProxies.of(List.of()).contains("127.0.0.1"));
    }
}
