package com.qeetmart.platform.pipeline;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;

/**
 * What every stage that answers a request below Micronaut (a direct read, a direct write) decides
 * the same way Micronaut would: whether the client takes JSON, and how the answer says whether
 * the connection goes on.
 */
public final class StageAnswers {

    private StageAnswers() {
    }

    /** Whether an {@code Accept} header (null: none) admits {@code application/json}. */
    public static boolean acceptsJson(String accept) {
        return accept == null || accept.contains("application/json") || accept.contains("*/*")
                || accept.contains("application/*");
    }

    /**
     * {@code Connection: keep-alive} for an HTTP/1.0 client that asked to keep the connection,
     * {@code Connection: close} for an HTTP/1.1 client whose connection ends with this answer.
     */
    public static void markConnection(HttpResponse response, HttpVersion version, boolean keepAlive) {
        if (keepAlive && version.equals(HttpVersion.HTTP_1_0)) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        } else if (!keepAlive && version.equals(HttpVersion.HTTP_1_1)) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
    }
}
