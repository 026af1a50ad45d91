package com.qeetmart.platform.edge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Headers the checks want on every answer to a request, the service's and any refusal alike (the
 * CORS grant, the RateLimit-* counts): one per request, written by the checks, read by the
 * stage that writes the answer.
 */
public final class AnswerHeaders {

    /**
     * One header.
     *
     * @param name    its name (a constant {@code AsciiString} is written without a per-character copy)
     * @param replace whether it replaces a header of the same name (else it is added beside it, as Vary)
     */
    public record Header(CharSequence name, String value, boolean replace) {
    }

    private final List<Header> headers = new ArrayList<>(6);

    public void add(CharSequence name, String value) {
        headers.add(new Header(name, value, false));
    }

    public void set(CharSequence name, String value) {
        headers.add(new Header(name, value, true));
    }

    /** Them all, in the order the checks wrote them (read-only). */
    public List<Header> all() {
        return Collections.unmodifiableList(headers);
    }

    /** Applies them to an answer's headers (set replaces, add appends). */
    public void applyTo(BiConsumer<CharSequence, String> set, BiConsumer<CharSequence, String> add) {
        applyTo(headers, set, add);
    }

    /** Applies a verdict's own headers the same way. */
    public static void applyTo(List<Header> headers, BiConsumer<CharSequence, String> set, BiConsumer<CharSequence, String> add) {
        for (Header header : headers) {
            (header.replace() ? set : add).accept(header.name(), header.value());
        }
    }
}
