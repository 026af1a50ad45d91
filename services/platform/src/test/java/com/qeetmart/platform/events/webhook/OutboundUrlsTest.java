package com.qeetmart.platform.events.webhook;

import com.qeetmart.platform.errors.UnprocessableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where deliveries may go: public https addresses only, unless a setting allows a network. */
class OutboundUrlsTest {

    private static WebhookSettings settings(boolean requireHttps, List<String> allowed) {
        return new WebhookSettings(4, Duration.ofSeconds(60), Duration.ofSeconds(3), Duration.ofSeconds(10), 8192,
                Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(24),
                Duration.ofHours(24), requireHttps, allowed);
    }

    /** Every name resolves to {@code address}, as a hostile DNS answer would. */
    private static OutboundUrls resolvingTo(String address, List<String> allowed) {
        return new OutboundUrls(settings(true, allowed), host -> new InetAddress[]{InetAddress.getByName(address)});
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00:ec2::254", "fc00::1", "::",
            "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::", "198.18.0.1", "240.0.0.1"})
    void aNameThatResolvesInsideIsRefused(String address) {
        UnprocessableException refused = assertThrows(UnprocessableException.class,
                () -> resolvingTo(address, List.of()).check("https://partner.example.com/hook"));
        assertEquals("WEBHOOK_URL_REFUSED", refused.code().name());
    }

    @Test
    void aPublicAddressIsTakenAndPinned() {
        OutboundTarget target = resolvingTo("93.184.216.34", List.of()).check("https://partner.example.com:8443/a/b?c=d");
        assertEquals("93.184.216.34", target.address().getHostAddress());
        assertEquals(8443, target.port());
        assertTrue(target.tls());
        assertEquals("partner.example.com:8443", target.hostHeader());
        assertEquals("/a/b?c=d", target.requestTarget());
    }

    @Test
    void oneInsideAmongSeveralAddressesIsEnough() {
        OutboundUrls urls = new OutboundUrls(settings(true, List.of()), host -> new InetAddress[]{
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1")});
        assertThrows(UnprocessableException.class, () -> urls.check("https://partner.example.com/hook"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://partner.example.com/hook", "ftp://partner.example.com/hook",
            "https://user:pw@partner.example.com/hook", "https:///hook", "https://partner.example.com/a b",
            "https://partner.example.com/hook#frag", "https://partner.example.com/\u0000", "javascript:alert(1)",
            "https://partner.example.com:70000/hook", "https://partner.example.com:0/hook"})
    void aUrlOfTheWrongFormIsRefused(String url) {
        assertThrows(UnprocessableException.class, () -> resolvingTo("93.184.216.34", List.of()).check(url));
    }

    @Test
    void anAllowedNetworkOpensLoopbackAndPlainHttpIsASetting() {
        OutboundUrls urls = new OutboundUrls(settings(false, List.of("127.0.0.0/8")),
                host -> new InetAddress[]{InetAddress.getByName("127.0.0.1")});
        assertEquals(80, urls.check("http://localhost/hook").port());
        assertThrows(UnprocessableException.class, () -> resolvingTo("127.0.0.1", List.of("10.0.0.0/8"))
                .check("https://localhost/hook"));
    }

    @Test
    void aNameThatDoesNotResolveIsRefused() {
        OutboundUrls urls = new OutboundUrls(settings(true, List.of()), host -> {
            throw new UnknownHostException(host);
        });
        assertThrows(UnprocessableException.class, () -> urls.check("https://nowhere.example/hook"));
    }
}
