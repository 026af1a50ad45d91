package com.qeetmart.sdk;

import java.lang.reflect.Proxy;
import java.net.http.HttpClient;

/**
 * Hands the generated ApiClient our configured client: it asks an {@link HttpClient.Builder} for
 * one, so it gets a builder whose {@code build()} returns that client. The client's settings are
 * made on the JDK builder inside {@link QeetMart.Builder}; any other builder call here is a
 * mistake, refused rather than silently ignored.
 */
final class PrebuiltHttpClient {

    private PrebuiltHttpClient() {
    }

    static HttpClient.Builder builderOf(HttpClient client) {
        return (HttpClient.Builder) Proxy.newProxyInstance(HttpClient.Builder.class.getClassLoader(),
                new Class<?>[] {HttpClient.Builder.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "build" -> client;
                    case "toString" -> "builder of " + client;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> throw new UnsupportedOperationException(
                            "Configure the HTTP client through QeetMart.builder(), not HttpClient.Builder." + method.getName());
                });
    }
}
