package com.qeetmart.platform.testing;

import java.io.IOException;
import java.time.Duration;

/**
 * Waits for a service under test to report ready (its warm-up done), as Kubernetes and the
 * gateway wait before they send it anything: a test's first request then meets the service a
 * client would meet.
 */
public final class Readiness {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Readiness() {
    }

    public static void await(int managementPort) {
        long until = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            try (RawHttp http = new RawHttp(managementPort)) {
                if (http.send(RawHttp.get("/health/readiness")).read(1).get(0).status() == 200) {
                    return;
                }
            } catch (IOException notListening) {
                // not yet
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("the service was not ready within " + LIMIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for readiness", e);
            }
        }
    }
}
