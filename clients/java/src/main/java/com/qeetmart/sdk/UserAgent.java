package com.qeetmart.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The {@code User-Agent} every call sends, naming the SDK's version and the version of each
 * contract it was generated from (both written at build time into {@code versions.properties}),
 * so that the API's operators can tell which clients call them and what those clients expect.
 */
final class UserAgent {

    static final String VALUE = of(load());

    private UserAgent() {
    }

    static String of(Properties versions) {
        return "qeetmart-sdk-java/" + versions.getProperty("sdk", "unknown")
                + " (auth/" + versions.getProperty("auth", "?") + "; users/" + versions.getProperty("users", "?")
                + "; products/" + versions.getProperty("products", "?") + "; inventory/" + versions.getProperty("inventory", "?")
                + ") Java/" + Runtime.version().feature();
    }

    /**
     * The SDK's User-Agent with the partner's app after it ({@code shop-backend/2.1.0}), so the
     * API's operators can tell one partner's app from another's; anything a User-Agent product
     * token cannot hold becomes {@code -}.
     */
    static String withApp(String name, String version) {
        return VALUE + " " + token(name) + "/" + token(version);
    }

    private static String token(String text) {
        String token = text.strip().replaceAll("[^A-Za-z0-9!#$%&'*+.^_`|~-]", "-");
        if (token.isEmpty()) {
            throw new IllegalArgumentException("an app's name and version must not be empty");
        }
        return token;
    }

    private static Properties load() {
        Properties versions = new Properties();
        try (InputStream in = UserAgent.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }
}
