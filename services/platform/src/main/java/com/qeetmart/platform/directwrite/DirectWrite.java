package com.qeetmart.platform.directwrite;

import com.qeetmart.platform.security.Caller;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A write a service answers below the framework ({@link DirectWriteStage}): the hottest write
 * of its API (a flash sale's reservations), for callers whose token is already verified. The
 * stage answers what this write does with the status, headers and body the controller would give;
 * everything else goes on to Micronaut, so every refusal and error keeps its one handler. A write
 * leaves a request to Micronaut only when doing it there is as if it came first: nothing was
 * written, or writing again answers the same (a release of a released reservation).
 *
 * @param <K> the key a request path names
 */
public interface DirectWrite<K> {

    /** The contract's operation id, for metrics and the span's name. */
    String operation();

    /** The route as the contract writes it, such as {@code /inventory/reservations}. */
    String route();

    /**
     * The scopes of which a partner application must hold one (the contract's); a person's
     * access is any signed-in caller's. An application without one is Micronaut's to refuse.
     */
    List<String> applicationScopes();

    /** Whether the request carries a JSON body (else it has none). */
    boolean takesBody();

    /**
     * The key a raw POST path names, or null when the path is not this write's or is in any way
     * unusual: percent-escapes, a key in a non-canonical form, a trailing slash.
     */
    @Nullable
    K keyOf(String path);

    /**
     * Does the write, without blocking the calling thread (a connection's event loop), and gives
     * the answer; empty (or a failure) when Micronaut must answer the request, on the terms above.
     */
    CompletionStage<Optional<Written>> write(K key, Input input);

    /** What the request brings: its caller, its headers, its body (empty when it has none). */
    interface Input {
        Caller caller();

        /** The value of a request header sent once, or null (absent, or sent more than once). */
        @Nullable
        String header(CharSequence name);

        byte[] body();
    }

    /**
     * The answer: its status, the API model its JSON body is serialized from, and headers of its
     * own ({@code Location}, say); the stage adds the correlation id, {@code Date},
     * {@code Cache-Control: no-store} and the connection's.
     */
    record Written(int status, Object body, Map<String, String> headers) {
    }
}
