package com.qeetmart.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

class PlatformDefaultsTest {

    @Test
    void everyContextGetsThePlatformSettings() {
        try (ApplicationContext context = ApplicationContext.run()) {
            Environment env = context.getEnvironment();
            assertEquals("none", env.getProperty("otel.traces.exporter", String.class).orElseThrow());
            assertTrue(env.getProperty("micronaut.metrics.export.prometheus.enabled", Boolean.class).orElseThrow());
            assertEquals(false, env.getProperty("endpoints.prometheus.sensitive", Boolean.class).orElseThrow());
        }
    }

    @Test
    void aServicesOwnConfigurationFileOverridesThem() {
        try (ApplicationContext context = ApplicationContext.run("overrides-platform")) {
            assertEquals("otlp", context.getEnvironment().getProperty("otel.traces.exporter", String.class).orElseThrow());
            assertEquals("PT1M", context.getEnvironment().getProperty("micronaut.metrics.export.prometheus.step", String.class)
                    .orElseThrow());
        }
    }
}
