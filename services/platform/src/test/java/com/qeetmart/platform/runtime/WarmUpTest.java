package com.qeetmart.platform.runtime;

import com.qeetmart.platform.testing.FreePort;
import com.qeetmart.platform.testing.RawHttp;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new instance is alive at once but ready only once its warm-up has run: the steps (a slow one
 * here stands for fetching keys or revocations) and the requests it sends itself.
 */
class WarmUpTest {

    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static final CountDownLatch NEVER_RELEASED = new CountDownLatch(1);
    static final AtomicInteger PROBES = new AtomicInteger();

    private static EmbeddedServer start(int managementPort, String timeout, String step) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "warm-up-test", step,
                "micronaut.server.port", String.valueOf(FreePort.find()),
                "endpoints.all.port", String.valueOf(managementPort),
                "endpoints.health.enabled", "true",
                "endpoints.health.sensitive", "false",
                "qeetmart.warm-up.timeout", timeout,
                "qeetmart.warm-up.requests", "30",
                "qeetmart.warm-up.paths", "/warm-up-probe"));
    }

    private static int status(int port, String path) throws IOException {
        try (RawHttp http = new RawHttp(port)) {
            return http.send(RawHttp.get(path)).read(1).get(0).status();
        }
    }

    private static void awaitReady(int managementPort, Duration limit) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (status(managementPort, "/health/readiness") != 200) {
            assertTrue(System.nanoTime() < until, "not ready after " + limit);
            Thread.sleep(20);
        }
    }

    @Test
    void readyOnlyAfterEveryStepAndTheSelfRequestsAliveThroughout() throws Exception {
        int managementPort = FreePort.find();
        PROBES.set(0); // self-requests start only once the steps are done, which the test holds
        try (EmbeddedServer server = start(managementPort, "30s", "released-by-the-test")) {
            assertEquals(503, status(managementPort, "/health/readiness"), "a step is still running");
            assertEquals(503, status(managementPort, "/health"), "so /health says DOWN too");
            assertEquals(200, status(managementPort, "/health/liveness"), "alive while warming");

            RELEASE.countDown();
            awaitReady(managementPort, Duration.ofSeconds(20));
            assertEquals(30, PROBES.get(), "every self-request was answered before ready");
            assertEquals(200, status(server.getPort(), "/warm-up-probe"));
        }
    }

    @Test
    void aStepThatCannotFinishDelaysReadinessOnlyUntilTheTimeout() throws Exception {
        int managementPort = FreePort.find();
        long started = System.nanoTime();
        try (EmbeddedServer server = start(managementPort, "1s", "never-done")) {
            awaitReady(managementPort, Duration.ofSeconds(20));
            assertTrue(System.nanoTime() - started >= Duration.ofSeconds(1).toNanos(), "ready only at the timeout");
        }
    }

    /**
     * Holds the warm-up until the test releases it, for at most a minute; the "never-done" one is
     * never released and stands for a dependency that never answers.
     */
    @Singleton
    @Requires(property = "warm-up-test")
    static final class HeldStep implements WarmUpStep {
        private final CountDownLatch release;

        HeldStep(@Value("${warm-up-test}") String which) {
            this.release = "never-done".equals(which) ? NEVER_RELEASED : RELEASE;
        }

        @Override
        public String name() {
            return "wait for the test";
        }

        @Override
        public boolean run(Duration deadline) throws InterruptedException {
            return release.await(Math.min(deadline.toMillis(), 60_000), TimeUnit.MILLISECONDS);
        }
    }

    @Controller("/warm-up-probe")
    @Requires(property = "warm-up-test")
    static class Probe {
        @Get
        @Secured(SecurityRule.IS_ANONYMOUS)
        String get() {
            PROBES.incrementAndGet();
            return "ok";
        }
    }
}
