package com.qeetmart.platform.pipeline;

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
 * Problem answers written by a Netty stage below Micronaut (the gateway's proxy, the oversized
 * head check): the platform's one Problem shape, never stored by a cache (as every Micronaut
 * error is, by the platform's no-store default).
 */
@Singleton
public final class NettyProblems {

    private final JsonMapper json;

    public NettyProblems(JsonMapper json) {
        this.json = json;
    }

    public FullHttpResponse problem(ProblemKind kind, String detail, String correlationId, String path) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(Problems.problem(kind.status(), kind, detail, correlationId, path));
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
}
