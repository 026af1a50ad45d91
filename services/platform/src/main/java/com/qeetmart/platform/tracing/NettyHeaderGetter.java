package com.qeetmart.platform.tracing;

import io.netty.handler.codec.http.HttpHeaders;
import io.opentelemetry.context.propagation.TextMapGetter;

/** Reads W3C trace headers from a Netty request, for the stages that answer below Micronaut. */
public enum NettyHeaderGetter implements TextMapGetter<HttpHeaders> {
    INSTANCE;

    @Override
    public Iterable<String> keys(HttpHeaders carrier) {
        return carrier.names();
    }

    @Override
    public String get(HttpHeaders carrier, String key) {
        return carrier == null ? null : carrier.get(key);
    }
}
