package com.qeetmart.devpostgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What the launcher was asked for: the port, the directory it keeps everything in, the databases. */
record LaunchOptions(int port, Path directory, List<String> databases) {

    static final String USAGE = "usage: embedded-postgres --port PORT --dir DIRECTORY [DATABASE...]";

    /** Database names go into CREATE DATABASE as identifiers, so only plain ones are taken. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    LaunchOptions {
        databases = List.copyOf(databases);
    }

    static LaunchOptions parse(String... args) {
        Integer port = null;
        Path directory = null;
        List<String> databases = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = portOf(valueAfter(args, i++));
                case "--dir" -> directory = Path.of(valueAfter(args, i++)).toAbsolutePath();
                default -> databases.add(databaseName(args[i]));
            }
        }
        if (port == null || directory == null) {
            throw new IllegalArgumentException("--port and --dir are required");
        }
        return new LaunchOptions(port, directory, databases);
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static int portOf(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // falls through to the same message as an out-of-range number
        }
        throw new IllegalArgumentException("not a port: " + value);
    }

    private static String databaseName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name (lower case, digits, _): " + name);
        }
        return name;
    }
}
