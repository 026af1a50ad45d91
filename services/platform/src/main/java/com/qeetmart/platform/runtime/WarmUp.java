package com.qeetmart.platform.runtime;

import io.micronaut.context.BeanContext;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

/**
 * Readiness stays DOWN from the moment the port opens until every {@link WarmUpStep} has run (or
 * {@code qeetmart.warm-up.timeout} has passed), so Kubernetes and the gateway send a new instance
 * nothing before it can answer: a freshly started service used to take the first requests while
 * its beans were still being made, its keys and revocations fetched and its code interpreted, and
 * left them waiting for seconds. Liveness does not wait: a warming service is alive.
 */
@Singleton
@Readiness
final class WarmUp implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private final List<WarmUpStep> steps;
    private final Duration timeout;
    private volatile boolean done;

    private final BeanContext context;

    WarmUp(List<WarmUpStep> steps, WarmUpSettings settings, BeanContext context) {
        this.context = context;
        this.steps = steps.stream().sorted(OrderUtil.COMPARATOR).toList();
        this.timeout = settings.timeout();
    }

    private volatile Thread running;

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        Thread thread = new Thread(this::runSteps, "warm-up");
        thread.setDaemon(true);
        running = thread;
        thread.start();
    }

    /**
     * A service stopped while it warms up (killed right after its start, a test's short life)
     * stops the warm-up first, so no request of its own meets a context that is shutting down.
     */
    @PreDestroy
    void stop() {
        Thread thread = running;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void runSteps() {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        try {
            // The server can open while the context is still starting (it does in tests): a step's
            // request would meet a service that cannot resolve its beans yet.
            while (!context.isRunning() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            for (WarmUpStep step : steps) {
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                if (left.isZero()) {
                    LOG.warn("Warm-up: no time left to {}; ready without it", step.name());
                } else if (!step.run(left)) {
                    LOG.warn("Warm-up: could not {} (given {} ms); ready without it", step.name(), left.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            LOG.warn("Warm-up failed; ready without it: {}", e.toString());
        }
        done = true;
        LOG.info("Warm-up done in {} ms ({} steps): ready", (System.nanoTime() - started) / 1_000_000, steps.size());
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.just(HealthResult.builder("warm-up", done ? HealthStatus.UP : HealthStatus.DOWN).build());
    }
}
