package com.qeetmart.inventory.reservation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with named parameters ({@code :caller}, casts such as {@code :id::uuid} included) for
 * plain JDBC, where positional binding of twenty {@code ?} would be read by counting. A name may
 * appear any number of times; each occurrence is bound to its value.
 */
final class NamedSql {

    // A colon and a name, not the second colon of a cast (::uuid).
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

    private final String sql;
    private final List<String> names;

    private NamedSql(String sql, List<String> names) {
        this.sql = sql;
        this.names = names;
    }

    static NamedSql of(String named) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(named);
        StringBuilder positional = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        return new NamedSql(positional.toString(), List.copyOf(names));
    }

    /** The statement with every parameter bound from {@code values} (a name without a value is an error). */
    PreparedStatement prepare(Connection connection, Map<String, Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < names.size(); i++) {
                if (!values.containsKey(names.get(i))) {
                    throw new IllegalArgumentException("no value for :" + names.get(i));
                }
                bind(statement, i + 1, values.get(names.get(i)));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, int position, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setTimestamp(position, Timestamp.from(instant));
        } else if (value instanceof Array array) {
            statement.setArray(position, array);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(position, bytes);
        } else {
            statement.setObject(position, value);
        }
    }
}
