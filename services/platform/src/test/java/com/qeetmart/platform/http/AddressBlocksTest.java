package com.qeetmart.platform.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AddressBlocksTest {

    private final AddressBlocks byDefault = new AddressBlocks(64);

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
        assertEquals(key, byDefault.keyOf(address));
    }

    @Test
    void aLargerAllocationIsOneKeyWhenThePrefixIsSetShorter() {
        AddressBlocks slash56 = new AddressBlocks(56);
        assertEquals("2001:db8:1:200::/56", slash56.keyOf("2001:db8:1:2ff:1:2:3:4"));
        assertEquals(slash56.keyOf("2001:db8:1:200::1"), slash56.keyOf("2001:db8:1:2ff:ffff::1"), "one /56, one budget");
        assertEquals("2001:db8:1::/48", new AddressBlocks(48).keyOf("2001:db8:1:abcd::1"));
        assertEquals("203.0.113.7", slash56.keyOf("203.0.113.7"));
    }

    @Test
    void aPrefixOutsideSixteenToOneHundredTwentyEightBitsIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new AddressBlocks(8));
        assertThrows(IllegalArgumentException.class, () -> new AddressBlocks(129));
    }
}
