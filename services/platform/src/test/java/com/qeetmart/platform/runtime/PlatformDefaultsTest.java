package com.qeetmart.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

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

    @Test
    void anApplicationStartsWithoutWritingABannerToStandardOutput() {
        startupWorkDone(); // the contexts of the tests before this one: they log to standard output too
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        // No warm-up requests: this application stops as soon as it has started, and what those
        // requests met while it stopped would be logged.
        try (ApplicationContext context = Micronaut.run(PlatformDefaultsTest.class, "--micronaut.server.port=-1",
                "--qeetmart.warm-up.requests=0")) {
            assertTrue(context.getBean(EmbeddedServer.class).isRunning());
            startupWorkDone();
        } finally {
            System.setOut(original);
        }
        // The tests log warnings only, so a quiet start leaves standard output empty.
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    /**
     * Micronaut schedules @Scheduled methods from the common fork-join pool while and after a
     * context starts: a context closed before that has run logs an error when it does (a shutdown
     * race in Micronaut, micronaut-core #6881), whichever test is capturing the output by then.
     */
    private static void startupWorkDone() {
        assertTrue(ForkJoinPool.commonPool().awaitQuiescence(30, TimeUnit.SECONDS), "startup's background work finished");
    }
}
