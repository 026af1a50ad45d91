package com.qeetmart.devpostgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Creates the databases the services expect; Flyway in each service creates their tables. */
final class Databases {

    private Databases() {
    }

    /** Returns the names it created; the ones that already exist are left as they are. */
    static List<String> createMissing(DataSource admin, List<String> names) throws SQLException {
        List<String> created = new ArrayList<>();
        try (Connection connection = admin.getConnection()) {
            for (String name : names) {
                if (!exists(connection, name)) {
                    try (Statement statement = connection.createStatement()) {
                        // The name was checked against a plain-identifier pattern (LaunchOptions).
                        statement.execute("CREATE DATABASE " + name);
                    }
                    created.add(name);
                }
            }
        }
        return created;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            return query.executeQuery().next();
        }
    }
}
