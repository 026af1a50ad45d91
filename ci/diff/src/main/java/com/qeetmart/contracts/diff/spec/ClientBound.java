package com.qeetmart.contracts.diff.spec;

import io.swagger.v3.oas.models.PathItem;

/**
 * Operations the API sends to a client instead of serving them: webhooks and callbacks. The
 * loader files each under a path of its own ({@code /(webhook)/NAME},
 * {@code /(callback)/OPERATION/NAME}) marked with {@link #MARK}; the rules then judge them with
 * the directions reversed: their request is read by the client, their response by the API.
 */
public final class ClientBound {

    static final String MARK = "x-qeetmart-sent-to-client";
    static final String WEBHOOKS = "/(webhook)/";
    static final String CALLBACKS = "/(callback)/";

    private ClientBound() {
    }

    public static boolean is(PathItem item) {
        return item.getExtensions() != null && item.getExtensions().containsKey(MARK);
    }

    /** Whether a path (as reports name it) is a webhook's or a callback's. */
    public static boolean isPath(String path) {
        return path.startsWith(WEBHOOKS) || path.startsWith(CALLBACKS);
    }
}
