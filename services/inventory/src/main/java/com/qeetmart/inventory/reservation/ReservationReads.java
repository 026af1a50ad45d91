package com.qeetmart.inventory.reservation;

import io.netty.util.concurrent.DefaultThreadFactory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads a direct write's reads block on (an ended reservation's view): never a connection's
 * event loop, nor the group commit's threads, whose next batch would wait. Two: each read is one
 * short statement.
 */
@Singleton
final class ReservationReads implements Executor {

    private final ExecutorService threads = Executors.newFixedThreadPool(2, new DefaultThreadFactory("reservation-reads", true));

    @Override
    public void execute(Runnable read) {
        threads.execute(read);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
