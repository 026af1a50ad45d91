package com.qeetmart.gateway.routing;

import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.problem.Problems;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The proxy stage's own answers: problem+json bodies of the platform's one Problem shape, never
 * stored by a cache (as every service's errors, by the platform's no-store default).
 */
@Singleton
final class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    FullHttpResponse problem(ProblemKind kind, String detail, String correlationId, String path) {
        return problem(kind, kind.code(), detail, correlationId, path);
    }

    FullHttpResponse problem(ProblemKind kind, String code, String detail, String correlationId, String path) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(Problems.problem(kind, code, detail, correlationId, path));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a record of strings always serializes
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(kind.status()), Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        return response;
    }

    static FullHttpResponse noContent() {
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NO_CONTENT);
    }
}
