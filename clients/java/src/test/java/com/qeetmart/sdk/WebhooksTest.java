package com.qeetmart.sdk;

import com.qeetmart.sdk.inventory.model.InventoryEvent;
import com.qeetmart.sdk.inventory.model.ReservationEvent;
import com.qeetmart.sdk.products.model.CatalogEvent;
import com.qeetmart.sdk.products.model.ProductEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A partner's receiver: a signed delivery becomes a typed event; a tampered, stale, unsigned or
 * malformed one is refused with its reason; the change feed is read to its end, the cursor kept.
 */
class WebhooksTest {

    private static final String SECRET = "whsec_test-secret";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String PRODUCT_EVENT = """
            {"id":"0b9b3c1e-2f4d-4c55-9d61-5a7e8f0c1d2e","type":"product.updated","occurredAt":"2026-12-06T09:59:58.123456Z",\
            "sequence":7,"data":{"id":"00000000-0000-0000-0000-000000000001","name":"Trail shoe","status":"ACTIVE",\
            "price":{"amount":"89.00","currency":"EUR"},"attributes":{},"version":7,\
            "createdAt":"2026-12-01T00:00:00Z","updatedAt":"2026-12-06T09:59:58.123456Z"}}""";
    private static final String RESERVATION_EVENT = """
            {"id":"1b9b3c1e-2f4d-4c55-9d61-5a7e8f0c1d2e","type":"reservation.expired","occurredAt":"2026-12-06T09:59:58Z",\
            "sequence":2,"data":{"id":"00000000-0000-0000-0000-000000000002","orderId":"00000000-0000-0000-0000-000000000003",\
            "status":"EXPIRED","lines":[{"productId":"00000000-0000-0000-0000-000000000001","quantity":2}],\
            "expiresAt":"2026-12-06T09:59:00Z","createdAt":"2026-12-06T09:49:00Z"}}""";

    private static CatalogEvent catalog(String payload, String header, String secret, Clock clock) {
        return Webhooks.verify(payload, header, secret, Webhooks.DEFAULT_TOLERANCE, clock, CatalogEvent.class);
    }

    @Test
    void aSignedDeliveryIsATypedEvent() {
        CatalogEvent event = catalog(PRODUCT_EVENT, Webhooks.signatureHeader(PRODUCT_EVENT, SECRET, NOW), SECRET, CLOCK);
        ProductEvent product = assertInstanceOf(ProductEvent.class, event.getActualInstance());
        assertEquals(ProductEvent.TypeEnum.PRODUCT_UPDATED, product.getType());
        assertEquals(7L, product.getSequence());
        assertEquals("Trail shoe", product.getData().getName());

        InventoryEvent inventory = Webhooks.verify(RESERVATION_EVENT, Webhooks.signatureHeader(RESERVATION_EVENT, SECRET, NOW),
                SECRET, Webhooks.DEFAULT_TOLERANCE, CLOCK, InventoryEvent.class);
        ReservationEvent reservation = assertInstanceOf(ReservationEvent.class, inventory.getActualInstance());
        assertEquals(2, reservation.getData().getLines().get(0).getQuantity());
    }

    @Test
    void theSignatureIsTheOneThePlatformComputes() {
        // printf '1765016130.{"id":"1"}' | openssl dgst -sha256 -hmac whsec_a (the platform's own test's vector)
        Webhooks.checkSignature("{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8),
                "t=1765016130,v1=83e8f05873e90f05eeca11b36e791d091fa1fa92b47bd169a47052c7eee904c9", "whsec_a",
                Duration.ofMinutes(5), Clock.fixed(Instant.ofEpochSecond(1765016130), ZoneOffset.UTC));
    }

    @Test
    void duringARotationOneMatchingSignatureAmongSeveralIsEnough() {
        String good = Webhooks.signatureHeader(PRODUCT_EVENT, SECRET, NOW).split(",")[1];
        catalog(PRODUCT_EVENT, "t=" + NOW.getEpochSecond() + ",v1=" + "ab".repeat(32) + "," + good, SECRET, CLOCK);
    }

    @Test
    void tamperedStaleUnsignedAndMalformedDeliveriesAreRefusedEachWithItsReason() {
        String header = Webhooks.signatureHeader(PRODUCT_EVENT, SECRET, NOW);
        Map<WebhookSignatureException.Reason, Runnable> cases = Map.of(
                WebhookSignatureException.Reason.MISMATCH, () -> catalog(PRODUCT_EVENT.replace("89.00", "1.00"), header, SECRET, CLOCK),
                WebhookSignatureException.Reason.STALE, () -> catalog(PRODUCT_EVENT, header, SECRET,
                        Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC)),
                WebhookSignatureException.Reason.MISSING, () -> catalog(PRODUCT_EVENT, null, SECRET, CLOCK),
                WebhookSignatureException.Reason.MALFORMED, () -> catalog(PRODUCT_EVENT, "t=12x,v1=ab", SECRET, CLOCK));
        cases.forEach((reason, delivery) -> assertEquals(reason,
                assertThrows(WebhookSignatureException.class, delivery::run).reason()));
        assertEquals(WebhookSignatureException.Reason.MISMATCH, assertThrows(WebhookSignatureException.class,
                () -> catalog(PRODUCT_EVENT, header, "whsec_other", CLOCK)).reason());
    }

    @Test
    void theChangeFeedIsReadToItsEndAndEachPagesCursorIsKeptAfterItsEvents() {
        Map<String, EventFeed.Batch<Integer>> pages = new java.util.HashMap<>();
        pages.put(null, new EventFeed.Batch<>(List.of(1, 2), "e2", true));
        pages.put("e2", new EventFeed.Batch<>(List.of(3), "e3", false));
        List<Integer> seen = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        new EventFeed<Integer>((after, limit) -> pages.get(after))
                .catchUp(null, cursor -> kept.add(cursor + "@" + seen.size())).forEach(seen::add);
        assertEquals(List.of(1, 2, 3), seen);
        assertEquals(List.of("e2@2", "e3@3"), kept);
    }
}
