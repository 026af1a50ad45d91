package com.qeetmart.platform.tracing;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Log lines of a request carry its trace id (the caller's trace continued) and correlation id. */
@MicronautTest
@Property(name = "trace-log-test", value = "true")
@Property(name = "qeetmart.security.jwks-url", value = "http://127.0.0.1:9/unused")
class TraceLogFilterTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aRequestsLogContextHoldsTheCallersTraceId() {
        Map<?, ?> seen = http.toBlocking().retrieve(HttpRequest.GET("/mdc-probe")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .header("x-correlation-id", "trace-test-1"), Map.class);

        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", seen.get(TraceLogFilter.TRACE_ID));
        assertNotNull(seen.get(TraceLogFilter.SPAN_ID));
        assertEquals("trace-test-1", seen.get("correlationId"));
    }

    /** Answers with the log context it runs in, on a blocking thread like the services' JDBC code. */
    @Controller("/mdc-probe")
    @Requires(property = "trace-log-test", value = "true")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class MdcProbe {
        @Get
        @ExecuteOn(TaskExecutors.BLOCKING)
        Map<String, String> probe() {
            return MDC.getCopyOfContextMap();
        }
    }
}
