package com.qeetmart.platform.directread;

/**
 * What a {@link DirectRead} found: the resource's version (its {@code ETag}), the API model the
 * body is serialized from, and how it may be cached ({@code Cache-Control}).
 */
public record Representation(long version, Object body, String cacheControl) {
}
