package com.qeetmart.platform.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

/** Starts a service or the gateway: one place for what every process's start has in common. */
public final class Launcher {

    private Launcher() {
    }

    /**
     * Starts the application whose entry point is {@code main}. Standard output carries only the
     * JSON log lines, one per event, so no banner: it would be the one line a log shipper cannot
     * parse.
     */
    public static ApplicationContext run(Class<?> main, String... args) {
        return Micronaut.build(args).mainClass(main).banner(false).start();
    }
}
