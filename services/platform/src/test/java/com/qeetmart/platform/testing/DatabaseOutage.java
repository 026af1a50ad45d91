package com.qeetmart.platform.testing;

import com.qeetmart.platform.testing.RawHttp.Answer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service's test database out of reach, as in a PostgreSQL restart or a network cut: every
 * connection is ended and new ones are refused until {@link #close()}. With it, what a client must
 * see meanwhile: a quick 503 {@code DATABASE_UNAVAILABLE} with Retry-After, readiness DOWN while
 * liveness stays UP, and service again soon after the database is back.
 */
public final class DatabaseOutage implements AutoCloseable {

    /** How long a request may take to be refused while the database is away (pool timeout 2 s). */
    public static final Duration QUICK = Duration.ofSeconds(4);
    /** How soon after the database is back the service must answer again. */
    public static final Duration RECOVERY = Duration.ofSeconds(5);

    private final String serverUrl;
    private final String database;
    private boolean cut;

    private DatabaseOutage(TestDatabase db) {
        int slash = db.url().lastIndexOf('/');
        this.serverUrl = db.url().substring(0, slash + 1) + "postgres";
        this.database = db.url().substring(slash + 1);
    }

    /** Cuts the database off now. */
    public static DatabaseOutage begin(TestDatabase db) throws SQLException {
        DatabaseOutage outage = new DatabaseOutage(db);
        outage.onServer("ALTER DATABASE " + outage.database + " WITH ALLOW_CONNECTIONS false");
        outage.cut = true;
        outage.onServer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + outage.database + "'");
        return outage;
    }

    /** Asserts that this request (raw HTTP, see {@link RawHttp}) is refused as an outage, quickly. */
    public void assertRefusedQuickly(int port, String request) throws IOException {
        long started = System.nanoTime();
        Answer answer = send(port, request);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String what = request.lines().findFirst().orElse(request);
        assertEquals(503, answer.status(), what + ": " + answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"), what);
        assertTrue(answer.body().contains("\"DATABASE_UNAVAILABLE\""), what + ": " + answer.body());
        assertEquals("5", answer.header("Retry-After"), what);
        assertTrue(took.compareTo(QUICK) < 0, what + " answered after " + took.toMillis() + " ms");
    }

    /** Asserts Kubernetes would take the service out of rotation but not restart it. */
    public void assertOutOfRotationButAlive(int managementPort) throws IOException {
        assertEquals(503, send(managementPort, RawHttp.get("/health/readiness")).status(), "out of rotation");
        assertEquals(200, send(managementPort, RawHttp.get("/health/liveness")).status(), "but not restarted");
    }

    /** Ends the outage and asserts the request gets {@code status} again within {@link #RECOVERY}. */
    public void endAndAssertServedAgain(int port, String request, int status) throws Exception {
        close();
        long back = System.nanoTime();
        int answered;
        do {
            answered = send(port, request).status();
        } while (answered != status && System.nanoTime() - back < RECOVERY.toNanos());
        assertEquals(status, answered, "serving again within " + RECOVERY.toSeconds() + " s of the database's return");
    }

    @Override
    public void close() throws SQLException {
        if (cut) {
            onServer("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
            cut = false;
        }
    }

    private static Answer send(int port, String request) throws IOException {
        try (RawHttp http = new RawHttp(port)) {
            return http.send(request).read(1).get(0);
        }
    }

    private void onServer(String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(serverUrl, "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
