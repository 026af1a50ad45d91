package com.qeetmart.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct SQL on a service's test database, to arrange data and to check what was stored. */
public final class TestDatabase {

    private final String url;

    public TestDatabase(String url) {
        this.url = url;
    }

    /** The database of a service's tests: -D{service}.test.db.url, else {service}_test locally. */
    public static TestDatabase forService(String service, String database) {
        return new TestDatabase(System.getProperty(service + ".test.db.url",
                "jdbc:postgresql://127.0.0.1:5432/" + database));
    }

    public String url() {
        return url;
    }

    public void execute(String sql) {
        run(statement -> statement.execute(sql));
    }

    /**
     * Empties tables while the service runs. A service that emits events has a relay writing
     * the outbox and the deliveries at any moment, taking their locks in orders no TRUNCATE list
     * can match for every one of its transactions; when PostgreSQL breaks the resulting deadlock
     * by aborting the TRUNCATE (40P01), it is simply done again (the relay's side retries too).
     */
    public void truncate(String tables) {
        for (int attempt = 1; ; attempt++) {
            try {
                execute("TRUNCATE " + tables);
                return;
            } catch (IllegalStateException e) {
                boolean deadlock = e.getCause() instanceof SQLException sql && "40P01".equals(sql.getSQLState());
                if (!deadlock || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    public long count(String query) {
        return run(statement -> {
            try (ResultSet rs = statement.executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public String text(String query) {
        return run(statement -> {
            try (ResultSet rs = statement.executeQuery(query)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private interface StatementWork<T> {
        T run(Statement statement) throws SQLException;
    }

    private <T> T run(StatementWork<T> work) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement statement = c.createStatement()) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
