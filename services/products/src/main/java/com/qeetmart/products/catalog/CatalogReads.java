package com.qeetmart.products.catalog;

import com.qeetmart.platform.caching.CacheKeys;
import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.concurrency.IfNoneMatch;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import java.util.function.Supplier;

/**
 * How catalog reads may be cached (the spec's `CatalogCacheControl`): the public catalog briefly
 * (a price or a product taken off sale must show within seconds, and revalidating costs a 304
 * without a body), an admin's view, which includes drafts, only by the admin's own client and
 * revalidated every time. Reads by id and pages answer a current {@code If-None-Match} with 304.
 */
@Singleton
public class CatalogReads {

    public static final String PUBLIC = "public, max-age=5, stale-while-revalidate=15";
    public static final String ADMIN = "private, no-cache";

    private final CatalogAudience audience;
    private final JsonMapper json;

    CatalogReads(CatalogAudience audience, JsonMapper json) {
        this.audience = audience;
        this.json = json;
    }

    /** One resource of this version: 304 when the caller holds it, else 200 with the body. */
    public <T> HttpResponse<T> one(String ifNoneMatch, long version, Supplier<T> body) {
        MutableHttpResponse<T> response = IfNoneMatch.holds(ifNoneMatch, version)
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(body.get());
        return cacheable(response.header(HttpHeaders.ETAG, IfMatch.etagOf(version)));
    }

    /**
     * A page of a list or a search, tagged with a digest of what it shows (so its tag changes
     * when any item on it, its order or the page's place in the result does): 304 when the
     * caller holds it. A sync that re-reads the catalog then costs a request per page, not a body.
     */
    public <T> HttpResponse<T> page(String ifNoneMatch, T body) {
        String etag = pageTag(body);
        MutableHttpResponse<T> response = IfNoneMatch.holds(ifNoneMatch, etag)
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(body);
        return cacheable(response.header(HttpHeaders.ETAG, etag));
    }

    private String pageTag(Object body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
            return "\"p-" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not tag a catalog page", e);
        }
    }

    /** The Cache-Control of a catalog read by this audience. */
    public static String cacheControl(boolean publicCatalogOnly) {
        return publicCatalogOnly ? PUBLIC : ADMIN;
    }

    private <T> MutableHttpResponse<T> cacheable(MutableHttpResponse<T> response) {
        return response.header(HttpHeaders.CACHE_CONTROL, cacheControl(audience.seesPublicCatalogOnly()))
                .header(HttpHeaders.VARY, CacheKeys.VARY);
    }
}
