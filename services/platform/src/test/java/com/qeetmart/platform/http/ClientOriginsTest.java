package com.qeetmart.platform.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetSocketAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which address a request is counted, throttled and recorded under. */
class ClientOriginsTest {

    private static final InetSocketAddress GATEWAY = new InetSocketAddress("10.0.0.5", 40000);
    private static final InetSocketAddress STRANGER = new InetSocketAddress("198.51.100.7", 40000);

    private final ClientOrigins origins = new ClientOrigins(new HttpSettings(List.of("10.0.0.0/24"), 64));

    @Test
    void whatAClientSaysOfItselfIsIgnoredUnlessItComesThroughATrustedProxy() {
        assertEquals("198.51.100.7", origins.addressOf(STRANGER, "203.0.113.9"));
        assertEquals("203.0.113.9", origins.addressOf(GATEWAY, "203.0.113.9"));
    }

    /**
     * Through the gateway (a trusted proxy), the right-most hop that is not a proxy is the client,
     * whatever it put in front; a hop that is not an IP literal is never taken as an address, and
     * addresses are recorded in one canonical form.
     */
    @ParameterizedTest(name = "X-Forwarded-For [{0}] is recorded as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            192.0.2.1, 203.0.113.9, 10.0.0.6   | 203.0.113.9
            10.0.0.6, 10.0.0.7                 | 10.0.0.6
            <script>alert(1)</script>          | 10.0.0.5
            localhost                          | 10.0.0.5
            999.1.1.1                          | 10.0.0.5
            10.1                               | 10.0.0.5
            2001:DB8::1                        | 2001:db8:0:0:0:0:0:1
            [2001:db8:0::1]                    | 2001:db8:0:0:0:0:0:1
            """)
    void throughTheGatewayTheRecordedAddressIs(String forwardedFor, String recorded) {
        assertEquals(recorded, origins.addressOf(GATEWAY, forwardedFor));
    }

    @Test
    void anOverlongHopIsNotAnAddressEither() {
        assertEquals("10.0.0.5", origins.addressOf(GATEWAY, "x".repeat(6000)));
    }

    @Test
    void withNoTrustedProxyEveryPeerIsItsOwnClient() {
        ClientOrigins trustingNobody = new ClientOrigins(new HttpSettings(null, 64));
        assertEquals("10.0.0.5", trustingNobody.addressOf(GATEWAY, "203.0.113.9"));
        assertEquals("10.0.0.5", trustingNobody.forwardedFor(GATEWAY, "203.0.113.9"));
    }
}
