package com.qeetmart.platform.events.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signature header, against a value computed independently (openssl dgst -sha256 -hmac). */
class WebhookSignaturesTest {

    @Test
    void theHeaderIsTheHmacOfTimeDotBodyForEachSecret() {
        byte[] body = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignatures.header(1765016130L, body, List.of("whsec_a", "whsec_b"));
        // printf '1765016130.{"id":"1"}' | openssl dgst -sha256 -hmac whsec_a
        assertTrue(header.startsWith("t=1765016130,v1="), header);
        String[] parts = header.split(",");
        assertEquals(3, parts.length);
        assertEquals("v1=" + OPENSSL_A, parts[1]);
        assertNotEquals(parts[1], parts[2]);
    }

    @Test
    void secretsAreLongRandomAndRecognisable() {
        String one = WebhookSignatures.newSecret();
        assertTrue(one.startsWith("whsec_") && one.length() == 6 + 43, one);
        assertNotEquals(one, WebhookSignatures.newSecret());
    }

    private static final String OPENSSL_A = "83e8f05873e90f05eeca11b36e791d091fa1fa92b47bd169a47052c7eee904c9";
}
