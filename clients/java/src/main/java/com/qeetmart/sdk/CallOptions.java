package com.qeetmart.sdk;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one call (or a group of calls) sets for itself, on top of the client's settings:
 * <pre>{@code
 * CallOptions options = CallOptions.none().timeout(Duration.ofSeconds(2)).idempotencyKey(orderKey);
 * sdk.with(options).products().createProduct(input);
 * }</pre>
 *
 * @param timeout        the call's deadline, retries and waits included; null: the client's
 * @param idempotencyKey sent as {@code Idempotency-Key}: a call carrying one is safe to retry, and
 *                       the API answers a repeat with the first answer; null: none
 * @param headers        more request headers, sent as given
 */
public record CallOptions(Duration timeout, String idempotencyKey, Map<String, String> headers) {

    private static final CallOptions NONE = new CallOptions(null, null, Map.of());

    public CallOptions {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        headers = Map.copyOf(headers);
    }

    public static CallOptions none() {
        return NONE;
    }

    public CallOptions timeout(Duration deadline) {
        return new CallOptions(Objects.requireNonNull(deadline), idempotencyKey, headers);
    }

    public CallOptions idempotencyKey(String key) {
        return new CallOptions(timeout, Objects.requireNonNull(key), headers);
    }

    public CallOptions header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return new CallOptions(timeout, idempotencyKey, more);
    }
}
