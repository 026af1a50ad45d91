package com.qeetmart.devpostgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the launcher the way ci/up does (through the run script, as root too) and uses the server. */
class EmbeddedPostgresRunTest {

    @TempDir
    Path directory;

    @Test
    void servesTheDatabasesAndKeepsTheirDataAcrossARestart() throws Exception {
        int port = freePort();
        Launch first = Launch.start(port, directory, "orders_db", "stock_db");
        try {
            assertTrue(first.output().contains("created databases orders_db, stock_db"), first.output());
            try (Connection stock = connect(port, "stock_db")) {
                stock.createStatement().execute("CREATE TABLE item (sku text PRIMARY KEY, quantity int)");
                stock.createStatement().execute("INSERT INTO item VALUES ('SKU-1', 7)");
            }
            connect(port, "orders_db").close();
        } finally {
            first.stop();
        }
        assertFalse(accepting(port), "the server stops with the launcher");

        Launch second = Launch.start(port, directory, "orders_db", "stock_db");
        try {
            assertFalse(second.output().contains("created databases"), second.output());
            try (Connection stock = connect(port, "stock_db");
                 ResultSet row = stock.createStatement().executeQuery("SELECT quantity FROM item WHERE sku = 'SKU-1'")) {
                assertTrue(row.next());
                assertEquals(7, row.getInt(1));
            }
        } finally {
            second.stop();
        }
    }

    @Test
    void refusesADatabaseNameThatIsNotAPlainIdentifier() throws Exception {
        Process launcher = new ProcessBuilder("bash", "run", "--port", "5999", "--dir", directory.toString(),
                "shop; DROP DATABASE postgres").redirectErrorStream(true).start();
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, launcher.exitValue());
        assertTrue(output.contains("not a plain database name"), output);
    }

    private static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepting(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** One run of ci/embedded-postgres/run, read until it says the server is ready. */
    private record Launch(Process process, List<String> lines) {

        static Launch start(int port, Path directory, String... databases) throws IOException {
            List<String> command = new ArrayList<>(List.of("bash", "run", "--port", Integer.toString(port),
                    "--dir", directory.toString()));
            command.addAll(List.of(databases));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
                if (line.startsWith("PostgreSQL ready on")) {
                    // Keep draining so the server never blocks on a full pipe.
                    Thread drain = new Thread(() -> drain(output));
                    drain.setDaemon(true);
                    drain.start();
                    return new Launch(process, lines);
                }
            }
            throw new AssertionError("the launcher ended before the server was ready:\n" + String.join("\n", lines));
        }

        private static void drain(BufferedReader output) {
            try {
                while (output.readLine() != null) {
                    // discarded: the test reads the server through JDBC
                }
            } catch (IOException closedWhenTheProcessEnded) {
                // the launcher stopped
            }
        }

        String output() {
            return String.join("\n", lines);
        }

        /** SIGTERM, as ci/up sends on Ctrl-C. */
        void stop() throws InterruptedException {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher stops on SIGTERM");
        }
    }
}
