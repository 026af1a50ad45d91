package com.qeetmart.sdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.qeetmart.sdk.inventory.model.InventoryEvent;
import com.qeetmart.sdk.invoker.ApiClient;
import com.qeetmart.sdk.products.model.CatalogEvent;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Receiving QeetMart's webhooks: check a delivery's {@code QeetMart-Signature} against the raw
 * body and your endpoint's secret, then read it as a typed event:
 * <pre>{@code
 * CatalogEvent event = Webhooks.catalogEvent(rawBody, request.getHeader("QeetMart-Signature"), secret);
 * if (event.getActualInstance() instanceof ProductEvent product) { ... product.getData() ... }
 * }</pre>
 * Pass the body exactly as received (before any JSON parsing), and de-duplicate on the event's
 * {@code id}: a delivery may come more than once. A refused delivery throws
 * {@link WebhookSignatureException}.
 */
public final class Webhooks {

    public static final String SIGNATURE_HEADER = "QeetMart-Signature";
    /** How far a signature's time may be from now, either way. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper();

    private Webhooks() {
    }

    /** A verified catalog delivery (products API: product and category events). */
    public static CatalogEvent catalogEvent(String payload, String signatureHeader, String secret) {
        return verify(payload, signatureHeader, secret, DEFAULT_TOLERANCE, Clock.systemUTC(), CatalogEvent.class);
    }

    /** A verified inventory delivery (stock and reservation events). */
    public static InventoryEvent inventoryEvent(String payload, String signatureHeader, String secret) {
        return verify(payload, signatureHeader, secret, DEFAULT_TOLERANCE, Clock.systemUTC(), InventoryEvent.class);
    }

    /** Verifies the delivery, then reads it as {@code type}. */
    public static <T> T verify(String payload, String signatureHeader, String secret, Duration tolerance, Clock clock,
                               Class<T> type) {
        checkSignature(payload.getBytes(StandardCharsets.UTF_8), signatureHeader, secret, tolerance, clock);
        try {
            return JSON.readValue(payload, type);
        } catch (IOException e) {
            throw new QeetMartException("A signed delivery is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Throws unless one {@code v1} of the header is the HMAC of "t.payload" and t is within tolerance of now. */
    public static void checkSignature(byte[] payload, String signatureHeader, String secret, Duration tolerance,
                                      Clock clock) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new WebhookSignatureException(WebhookSignatureException.Reason.MISSING, "No " + SIGNATURE_HEADER + " header");
        }
        Long signedAt = null;
        List<String> signatures = new ArrayList<>();
        for (String part : signatureHeader.split(",")) {
            String item = part.trim();
            if (item.startsWith("t=") && signedAt == null && item.length() > 2 && item.length() <= 14
                    && item.substring(2).chars().allMatch(Character::isDigit)) {
                signedAt = Long.parseLong(item.substring(2));
            } else if (item.startsWith("v1=")) {
                signatures.add(item.substring(3));
            }
        }
        if (signedAt == null || signatures.isEmpty()) {
            throw new WebhookSignatureException(WebhookSignatureException.Reason.MALFORMED,
                    SIGNATURE_HEADER + " must be t=<unix seconds>,v1=<hex>");
        }
        byte[] expected = HexFormat.of().formatHex(hmac(secret, signedAt, payload)).getBytes(StandardCharsets.US_ASCII);
        boolean matches = false;
        for (String signature : signatures) {
            matches |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        }
        if (!matches) {
            throw new WebhookSignatureException(WebhookSignatureException.Reason.MISMATCH, "No signature matches the payload");
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - signedAt);
        if (skew > tolerance.toSeconds()) {
            throw new WebhookSignatureException(WebhookSignatureException.Reason.STALE,
                    "Signed " + skew + " s away from now (tolerance " + tolerance.toSeconds() + " s)");
        }
    }

    /** The header QeetMart would send with {@code payload} at {@code at}: for your receiver's tests. */
    public static String signatureHeader(String payload, String secret, Instant at) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(hmac(secret, t, payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(String secret, long signedAt, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((signedAt + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
