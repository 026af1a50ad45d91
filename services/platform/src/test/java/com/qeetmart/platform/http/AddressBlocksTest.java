package com.qeetmart.platform.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AddressBlocksTest {

    @ParameterizedTest
    @CsvSource({
            "203.0.113.7, 203.0.113.7",
            "2001:db8:1:2:3:4:5:6, 2001:db8:1:2::/64",
            "2001:db8:1:2:ffff:ffff:ffff:ffff, 2001:db8:1:2::/64",
            "2001:db8::1, 2001:db8:0:0::/64",
            "::1, 0:0:0:0::/64",
            "::ffff:203.0.113.7, 203.0.113.7",
            "unknown, unknown",
            "proxy.example:80, proxy.example:80"
    })
    void ipv4IsCountedByAddressAndIpv6ByItsSlash64(String address, String key) {
        assertEquals(key, AddressBlocks.keyOf(address));
    }
}
