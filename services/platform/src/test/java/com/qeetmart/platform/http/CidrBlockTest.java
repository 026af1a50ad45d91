package com.qeetmart.platform.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Address blocks as settings and partners write them: literals only, never a name looked up. */
class CidrBlockTest {

    @ParameterizedTest
    @CsvSource({
            "203.0.113.0/24, 203.0.113.77, true",
            "203.0.113.0/24, 203.0.114.1, false",
            "10.0.0.0/9, 10.127.255.255, true",
            "10.0.0.0/9, 10.128.0.0, false",
            "192.0.2.10, 192.0.2.10, true",
            "192.0.2.10, 192.0.2.11, false",
            "0.0.0.0/0, 198.51.100.1, true",
            "2001:db8::/32, 2001:db8:ffff::1, true",
            "2001:db8::/32, 2001:db9::1, false",
            "::/0, 203.0.113.1, false",
            "0.0.0.0/0, ::1, false",
            "127.0.0.0/8, [::1], false"})
    void anAddressIsInTheBlockItsPrefixNames(String block, String address, boolean inside) {
        assertEquals(inside, CidrBlock.parse(block).orElseThrow().contains(address), block + " ∋ " + address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1", "167772161", "999.1.1.1", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/", "10.0.0.0/-1",
            "10.0.0.0/8/8", "localhost", "storefront.example", "", "10.0.0.1 ", "1.2.3.4/0x8", "[::1]/200"})
    void whatIsNoBlockIsNone(String text) {
        assertTrue(CidrBlock.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org", "10.1", "not an address", ""})
    void anythingButALiteralIsInNoBlock(String text) {
        assertTrue(!CidrBlock.parse("0.0.0.0/0").orElseThrow().contains(text) && !CidrBlock.parse("::/0").orElseThrow().contains(text));
    }
}
