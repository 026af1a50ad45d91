package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.ratelimit.Decision;
import com.qeetmart.gateway.web.CorsPolicy;
import com.qeetmart.platform.pipeline.NettyProblems;
import com.qeetmart.platform.problem.ProblemKind;
import io.micronaut.security.authentication.Authentication;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Whether a proxied request may reach its service, checked in the order the gateway has always
 * applied: CORS (a preflight is answered here), a path that climbs out of its route group, the
 * rate limit per client address, and an access token unless the contract declares the operation
 * public. What it decided also shapes every answer (CORS and RateLimit-* headers).
 */
final class Admission {

    /** Where the verdict goes. */
    interface Verdict {
        void pass();

        /** The gateway answers itself: a refusal, or a CORS preflight. */
        void answer(FullHttpResponse answer);

        /** False once the client has gone: a late answer (Redis, a key fetch) is then dropped. */
        boolean stillWanted();
    }

    private final ProxyContext proxy;
    private final ChannelHandlerContext client;
    private final HttpRequest request;
    private final RequestTarget target;
    private final Route route;
    private final String method;
    private final String correlationId;
    private final Verdict verdict;
    private String corsOrigin;
    private Decision decision;

    Admission(ProxyContext proxy, ChannelHandlerContext client, HttpRequest request, RequestTarget target, Route route,
              String correlationId, Verdict verdict) {
        this.proxy = proxy;
        this.client = client;
        this.request = request;
        this.target = target;
        this.route = route;
        this.method = request.method().name();
        this.correlationId = correlationId;
        this.verdict = verdict;
    }

    /** The CORS and rate limit headers every answer to this request carries. */
    void headersTo(HttpHeaders headers) {
        if (corsOrigin != null) {
            proxy.cors.responseHeaders(corsOrigin, headers::add);
        }
        if (decision != null) {
            decision.headersTo(headers::set);
        }
    }

    void run() {
        HttpHeaders headers = request.headers();
        String origin = headers.get(HttpHeaderNames.ORIGIN);
        CorsPolicy.Verdict cors = proxy.cors.judge(origin, headers.get(HttpHeaderNames.HOST), method,
                headers.contains(HttpHeaderNames.ACCESS_CONTROL_REQUEST_METHOD));
        switch (cors) {
            case REFUSED -> {
                FullHttpResponse refused = proxy.problems.problem(ProblemKind.FORBIDDEN, CorsPolicy.refusal(origin), correlationId, target.rawPath());
                refused.headers().add(HttpHeaderNames.VARY, HttpHeaderNames.ORIGIN);
                verdict.answer(refused);
                return;
            }
            case PREFLIGHT -> {
                FullHttpResponse preflight = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NO_CONTENT);
                proxy.cors.preflightHeaders(origin, preflight.headers()::set);
                verdict.answer(preflight);
                return;
            }
            case ALLOWED -> corsOrigin = origin;
            case NOT_CORS -> { }
        }
        if (PathSegments.climbOut(target.rawPath())) {
            verdict.answer(proxy.problems.problem(ProblemKind.MALFORMED_REQUEST, "Path segments '.' and '..' are not allowed",
                    correlationId, target.rawPath()));
            return;
        }
        if (!proxy.rateLimited) {
            checkAccess();
            return;
        }
        InetSocketAddress peer = (InetSocketAddress) client.channel().remoteAddress();
        String address = proxy.origins.addressOf(peer, headers.get("X-Forwarded-For"));
        whenDone(proxy.rateLimiter.admit(address, route.group()), limit -> {
            decision = limit;
            if (limit.allowed()) {
                checkAccess();
                return;
            }
            FullHttpResponse refused = proxy.problems.problem(ProblemKind.TOO_MANY_REQUESTS, limit.refusal(), correlationId, target.rawPath());
            refused.headers().set(HttpHeaderNames.RETRY_AFTER, Long.toString(limit.resetSeconds()));
            verdict.answer(refused);
        });
    }

    // Public operations pass as they are (their token, if any, goes on for the service to judge).
    private void checkAccess() {
        if (proxy.publicOperations.isPublic(method, route.upstreamPath())) {
            verdict.pass();
            return;
        }
        String token = bearerToken(request.headers().get(HttpHeaderNames.AUTHORIZATION));
        if (token == null) {
            unauthorized();
            return;
        }
        whenDone(proxy.tokens.verify(token, null), (Optional<Authentication> caller) -> {
            if (caller.isPresent()) {
                verdict.pass();
            } else {
                unauthorized();
            }
        });
    }

    private void unauthorized() {
        FullHttpResponse refused = proxy.problems.problem(ProblemKind.UNAUTHORIZED,
                "A valid access token is required (Authorization: Bearer <token>)", correlationId, target.rawPath());
        refused.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        verdict.answer(refused);
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() < 8 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    // Runs the step on this connection's loop: at once when the answer is already there (the usual case).
    private <T> void whenDone(CompletionStage<T> stage, Consumer<T> step) {
        CompletableFuture<T> future = stage.toCompletableFuture();
        if (future.isDone() && !future.isCompletedExceptionally()) {
            step.accept(future.join());
            return;
        }
        future.whenComplete((value, failure) -> client.executor().execute(() -> {
            if (!verdict.stillWanted()) {
                return; // the client went away meanwhile
            }
            if (failure != null) {
                FullHttpResponse unavailable = proxy.problems.problem(ProblemKind.SERVICE_UNAVAILABLE,
                        "The request could not be checked; retry", correlationId, target.rawPath());
                unavailable.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
                verdict.answer(unavailable);
                return;
            }
            step.accept(value);
        }));
    }
}
