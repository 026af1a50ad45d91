package com.qeetmart.sdk;

/**
 * The entity tag of a version, as the APIs send it in {@code ETag} and expect it in
 * {@code If-Match}: every versioned resource carries its {@code version}, so an update that must
 * not overwrite someone else's change is
 * {@code products().updateProduct(id, input, ETags.of(product.getVersion()))} (412 when it changed since).
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }
}
