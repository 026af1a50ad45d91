package com.qeetmart.sdk;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The HTTP client under every generated API: adds the caller's access token, renews it once when
 * the API answers 401, and repeats calls that are safe to repeat as {@link RetryPolicy} says. A
 * repeated call is the very same request, so its Idempotency-Key goes with it (a call to an
 * operation that honours one and has none gets one, {@link IdempotentOperations}). The request's
 * timeout is the whole call's deadline ({@link CallDeadline}): each attempt gets what is left, and
 * a retry that could not start in time is not waited for. No answer is a
 * {@link ConnectionFailedException}, no answer in time a {@link DeadlineExceededException}; both
 * unchecked, so they pass through the generated code as they are. Catalog reads by id go through
 * the {@link EtagCache}, when there is one. Every attempt, answered or not, is shown to the
 * {@link CallObserver}, when there is one.
 */
final class ResilientHttpClient extends HttpClient {

    /** Every call's deadline unless the client or the call sets another (the generated classes put it on each request). */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient delegate;
    private final RetryPolicy policy;
    private final TokenSource tokens;
    private final EtagCache cache;
    private final IdempotentOperations idempotent;
    private final CallObserver observer;
    private final String userAgent;
    private final TraceContext trace;

    ResilientHttpClient(HttpClient delegate, RetryPolicy policy, TokenSource tokens, EtagCache cache,
                        IdempotentOperations idempotent, CallObserver observer, String userAgent, TraceContext trace) {
        this.userAgent = userAgent;
        this.trace = trace;
        this.delegate = delegate;
        this.policy = policy;
        this.tokens = tokens;
        this.cache = cache;
        this.idempotent = idempotent;
        this.observer = observer;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        if (cache != null && EtagCache.covers(request)) {
            return cache.send(request, handler, conditional -> exchange(conditional, HttpResponse.BodyHandlers.ofByteArray()));
        }
        return exchange(request, handler);
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        // A creation's key is made once, here, so that every attempt below carries the same one.
        HttpRequest keyed = idempotent.keyed(identified(request));
        return CallDeadline.within(request.timeout().orElse(DEFAULT_TIMEOUT), deadline -> attempts(keyed, handler, deadline));
    }

    private <T> HttpResponse<T> attempts(HttpRequest request, HttpResponse.BodyHandler<T> handler, CallDeadline deadline)
            throws IOException, InterruptedException {
        HttpRequest current = tokens == null ? request : withToken(request, tokens.accessToken());
        boolean renewed = false;
        int sent = 0;
        for (int attempt = 1; ; attempt++) {
            Duration remaining = deadline.remaining();
            if (remaining.isNegative() || remaining.isZero()) {
                throw deadline.exceeded(null);
            }
            HttpResponse<T> response;
            long started = System.nanoTime();
            sent++;
            try {
                response = delegate.send(HttpRequest.newBuilder(current, (name, value) -> true).timeout(remaining).build(), handler);
                observe(CallEvent.answered(current.method(), SafeUrls.of(current.uri()), sent, since(started),
                        response.statusCode(), response.headers()));
            } catch (IOException failed) {
                observe(CallEvent.failed(current.method(), SafeUrls.of(current.uri()), sent, since(started), failed));
                // The attempt had what was left of the deadline, so its timeout is the deadline's; a
                // connection that took longer than the client's connect timeout is a failed connection.
                boolean connectTimeout = failed instanceof HttpConnectTimeoutException && !deadline.remaining().isNegative();
                if (failed instanceof HttpTimeoutException && !connectTimeout) {
                    throw deadline.exceeded(failed);
                }
                Duration wait = policy.delay(attempt, Optional.empty());
                if (attempt >= policy.maxAttempts() || !policy.mayRepeat(current) || !deadline.allows(wait)) {
                    throw new ConnectionFailedException(current.method() + " " + current.uri(), failed);
                }
                Thread.sleep(wait.toMillis());
                continue;
            }
            if (response.statusCode() == 401 && tokens != null && !renewed) {
                String renewedToken = tokens.renewAfterRejection(tokenOf(current));
                if (renewedToken != null && !renewedToken.equals(tokenOf(current))) {
                    discard(response);
                    current = withToken(current, renewedToken);
                    renewed = true;
                    attempt--;
                    continue;
                }
            }
            if (policy.retryableStatus(response.statusCode()) && attempt < policy.maxAttempts() && policy.mayRepeat(current)) {
                // A retry that could not start before the deadline is not waited for: the caller gets this answer now.
                Duration wait = policy.delay(attempt, RetryPolicy.retryAfter(response.headers()));
                if (deadline.allows(wait)) {
                    discard(response);
                    Thread.sleep(wait.toMillis());
                    continue;
                }
            }
            return response;
        }
    }

    private void observe(CallEvent event) {
        if (observer == null) {
            return;
        }
        try {
            observer.onAttempt(event);
        } catch (RuntimeException ignored) {
            // An observer's failure is its own: the call goes on.
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Every request names the SDK, the contracts' versions and the partner's app ({@link UserAgent}). */
    /** The request with the SDK's User-Agent and the caller's trace, once per call (every attempt carries them). */
    private HttpRequest identified(HttpRequest request) {
        return TraceHeaders.on(HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("User-Agent"))
                .header("User-Agent", userAgent).build(), trace);
    }

    private static HttpRequest withToken(HttpRequest request, String token) {
        return HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"))
                .header("Authorization", "Bearer " + token).build();
    }

    private static String tokenOf(HttpRequest request) {
        return request.headers().firstValue("Authorization").map(value -> value.replaceFirst("^Bearer ", "")).orElse(null);
    }

    private static void discard(HttpResponse<?> response) throws IOException {
        if (response.body() instanceof InputStream body) {
            body.close();
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        HttpRequest identified = identified(request);
        return delegate.sendAsync(tokens == null ? identified : withToken(identified, tokens.accessToken()), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        HttpRequest identified = identified(request);
        return delegate.sendAsync(tokens == null ? identified : withToken(identified, tokens.accessToken()), handler,
                pushPromiseHandler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
