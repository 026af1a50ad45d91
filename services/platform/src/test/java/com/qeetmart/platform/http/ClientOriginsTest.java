package com.qeetmart.platform.http;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which address a request is counted, throttled and recorded under. */
class ClientOriginsTest {

    private static final InetSocketAddress GATEWAY = new InetSocketAddress("10.0.0.5", 40000);
    private static final InetSocketAddress STRANGER = new InetSocketAddress("198.51.100.7", 40000);

    private final ClientOrigins origins = new ClientOrigins(new HttpSettings(List.of("10.0.0.0/24")));

    @Test
    void whatAClientSaysOfItselfIsIgnoredUnlessItComesThroughATrustedProxy() {
        assertEquals("198.51.100.7", origins.addressOf(STRANGER, "203.0.113.9"));
        assertEquals("203.0.113.9", origins.addressOf(GATEWAY, "203.0.113.9"));
    }

    @Test
    void theRightMostHopThatIsNotAProxyIsTheClientWhateverItPutInFront() {
        assertEquals("203.0.113.9", origins.addressOf(GATEWAY, "192.0.2.1, 203.0.113.9, 10.0.0.6"));
        assertEquals("10.0.0.6", origins.addressOf(GATEWAY, "10.0.0.6, 10.0.0.7")); // all proxies: the first
    }

    @Test
    void aHopThatIsNotAnIpLiteralIsNeverTakenAsAnAddress() {
        assertEquals("10.0.0.5", origins.addressOf(GATEWAY, "<script>alert(1)</script>"));
        assertEquals("10.0.0.5", origins.addressOf(GATEWAY, "x".repeat(6000)));
        assertEquals("10.0.0.5", origins.addressOf(GATEWAY, "localhost"));
        assertEquals("10.0.0.5", origins.addressOf(GATEWAY, "999.1.1.1"));
        assertEquals("10.0.0.5", origins.addressOf(GATEWAY, "10.1"));
    }

    @Test
    void addressesAreRecordedInOneCanonicalForm() {
        assertEquals("2001:db8:0:0:0:0:0:1", origins.addressOf(GATEWAY, "2001:DB8::1"));
        assertEquals("2001:db8:0:0:0:0:0:1", origins.addressOf(GATEWAY, "[2001:db8:0::1]"));
    }

    @Test
    void withNoTrustedProxyEveryPeerIsItsOwnClient() {
        ClientOrigins trustingNobody = new ClientOrigins(new HttpSettings(null));
        assertEquals("10.0.0.5", trustingNobody.addressOf(GATEWAY, "203.0.113.9"));
        assertEquals("10.0.0.5", trustingNobody.forwardedFor(GATEWAY, "203.0.113.9"));
    }
}
