package com.qeetmart.platform.concurrency;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.net.URI;

/**
 * Answers that show one versioned resource: its version goes out as the strong {@code ETag}
 * ({@link IfMatch#etagOf}) a client sends back in {@code If-Match} to change it.
 */
public final class VersionedResponses {

    private VersionedResponses() {
    }

    public static <T> MutableHttpResponse<T> ok(T body, long version) {
        return HttpResponse.ok(body).header(HttpHeaders.ETAG, IfMatch.etagOf(version));
    }

    /** 201 with the new resource's {@code Location}. */
    public static <T> MutableHttpResponse<T> created(T body, long version, String location) {
        return HttpResponse.created(body, URI.create(location)).header(HttpHeaders.ETAG, IfMatch.etagOf(version));
    }
}
