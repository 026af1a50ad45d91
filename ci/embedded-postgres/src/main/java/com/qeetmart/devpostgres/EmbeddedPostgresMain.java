package com.qeetmart.devpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a real PostgreSQL server (binaries from a Maven artifact) in the foreground until the
 * process is told to stop (SIGTERM or Ctrl-C), keeping its data between runs.
 */
public final class EmbeddedPostgresMain {

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("embedded-postgres: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        // The library stops the server from its own shutdown hook, so SIGTERM ends both.
        EmbeddedPostgres postgres = start(options);
        List<String> created = Databases.createMissing(postgres.getPostgresDatabase(), options.databases());
        if (!created.isEmpty()) {
            System.out.println("created databases " + String.join(", ", created));
        }
        System.out.println("PostgreSQL ready on 127.0.0.1:" + postgres.getPort() + " (data in " + dataOf(options) + ")");
        Thread.currentThread().join();
    }

    static EmbeddedPostgres start(LaunchOptions options) throws Exception {
        Path binaries = options.directory().resolve("binaries");
        // Where the library extracts the binaries and looks for stale servers of its own: ours,
        // not a directory shared by every user of the machine.
        System.setProperty("ot.epg.working-dir", binaries.toString());
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(dataOf(options))
                .setCleanDataDirectory(false)
                .setPort(options.port())
                .setServerConfig("listen_addresses", "127.0.0.1")
                // Durable commits, as in production: the benchmarks and the oversell checks mean
                // nothing on a server that may lose the last second of writes.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("unix_socket_directories", options.directory().toString())
                .start();
    }

    private static Path dataOf(LaunchOptions options) {
        return options.directory().resolve("data");
    }
}
