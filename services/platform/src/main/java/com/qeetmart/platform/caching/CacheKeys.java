package com.qeetmart.platform.caching;

/**
 * What a cacheable answer varies by, for every shared cache in front of us (RFC 9111 section 4.1):
 * the caller (what a catalog read shows depends on who asks) and the content coding (the same
 * read is sent gzip, deflate or as is, by {@code Accept-Encoding}). One value for the read stages
 * and Micronaut's answers alike, so a CDN never hands one caller's body, or a body the client
 * cannot decode, to another.
 */
public final class CacheKeys {

    /** The {@code Vary} of a cacheable answer. */
    public static final String VARY = "Authorization, Accept-Encoding";

    private CacheKeys() {
    }
}
