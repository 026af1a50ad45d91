package com.qeetmart.platform.directread;

import com.qeetmart.platform.security.Caller;
import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * A read a service answers below the framework ({@link DirectReadStage}): the hottest public reads
 * of a resource by its key, such as a product by id. The stage answers what this read finds with
 * 200 (or 304) itself, with the same headers and body the controller would give; everything else
 * (a path it does not name, a resource it does not find or may not show, any failure) goes on to
 * Micronaut, so every error keeps its one handler.
 *
 * @param <K> the key a request path names
 */
public interface DirectRead<K> {

    /** The contract's operation id, for metrics and the span's name. */
    String operation();

    /** The route as the contract writes it, such as {@code /products/{productId}}. */
    String route();

    /**
     * The key a raw request path names, or null when the path is not this read's or is
     * in any way unusual: percent-escapes, a key in a non-canonical form, a trailing slash.
     */
    @Nullable
    K keyOf(String path);

    /**
     * The resource as this caller (empty: anonymous) may see it, on a thread that may block on the
     * database; empty when there is none to show, which Micronaut then answers.
     */
    Optional<Representation> read(K key, Optional<Caller> caller);
}
