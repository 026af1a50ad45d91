package com.qeetmart.sdk;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Hands the generated ApiClient our configured client (it asks a builder for one); the client's
 * settings are made on the JDK builder inside {@link QeetMart.Builder}, not here.
 */
final class PrebuiltHttpClientBuilder implements HttpClient.Builder {

    private final HttpClient client;

    PrebuiltHttpClientBuilder(HttpClient client) {
        this.client = client;
    }

    @Override
    public HttpClient build() {
        return client;
    }

    private static UnsupportedOperationException configuredElsewhere() {
        return new UnsupportedOperationException("Configure the HTTP client through QeetMart.builder()");
    }

    @Override
    public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
        throw configuredElsewhere();
    }

    @Override
    public HttpClient.Builder connectTimeout(Duration duration) {
        throw configuredElsewhere();
    }

    @Override
    public HttpClient.Builder sslContext(SSLContext sslContext) {
        throw configuredElsewhere();
    }

    @Override
    public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
        throw configuredElsewhere();
    }

    @Override
    public HttpClient.Builder executor(Executor executor) {
        throw configuredElsewhere();
    }

    @Override
    public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
        throw configuredElsewhere();
    }

    @Override
    public HttpClient.Builder version(HttpClient.Version version) {
        throw configuredElsewhere();
    }

    @Override
    public HttpClient.Builder priority(int priority) {
        throw configuredElsewhere();
    }

    @Override
    public HttpClient.Builder proxy(ProxySelector proxySelector) {
        throw configuredElsewhere();
    }

    @Override
    public HttpClient.Builder authenticator(Authenticator authenticator) {
        throw configuredElsewhere();
    }
}
