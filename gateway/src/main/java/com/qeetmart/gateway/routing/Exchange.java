package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.web.SecurityHeaders;
import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.problem.ProblemKind;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import io.opentelemetry.api.trace.Span;

import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One proxied request, from its head to the last byte of its answer, all on the client
 * connection's event loop: read the body (at most the size limit), admit it ({@link Admission}),
 * send it on a pooled upstream
 * connection and stream the answer back with the gateway's headers. Every answer the gateway makes
 * itself is problem+json with the request's correlation id.
 */
final class Exchange {

    /** A routed request's target: its raw path and query, and the route serving it. */
    record Target(RequestTarget target, Route route) {
    }

    private enum State { RECEIVING, DISCARDING, ADMITTING, FORWARDING, RELAYING, DONE }

    private static final AsciiString CORRELATION_ID = AsciiString.cached(CorrelationId.HEADER);
    // What a refused body may still send before the connection is closed on it.
    private static final long DISCARD_LIMIT = 4L * 1024 * 1024;

    private final ProxyContext proxy;
    private final ProxyHandler handler;
    private final ChannelHandlerContext client;
    private final HttpRequest request;
    private final RequestTarget target;
    private final Route route;
    private final String method;
    private final long startedNanos = System.nanoTime();
    private final String correlationId;
    private final Span span;
    private State state = State.RECEIVING;
    private final boolean http10;
    private boolean keepAlive;
    private CompositeByteBuf body;
    private long discarded;
    private Admission admission;
    private UpstreamRequests.Prepared prepared;
    private int status;
    private boolean retried;
    private UpstreamPool pool;
    private Channel upstream;
    private boolean upstreamReused;
    private boolean upstreamKeepAlive;
    private long lastUpstreamActivity;
    private ScheduledFuture<?> timeout;

    Exchange(ProxyContext proxy, ProxyHandler handler, ChannelHandlerContext client, HttpRequest request, Target routed) {
        this.proxy = proxy;
        this.handler = handler;
        this.client = client;
        this.request = request;
        this.target = routed.target();
        this.route = routed.route();
        this.method = request.method().name();
        this.correlationId = CorrelationId.acceptOrCreate(request.headers().get(CorrelationId.HEADER));
        this.span = proxy.tracing.start(method, target.rawPath(), route, request.headers());
        this.keepAlive = HttpUtil.isKeepAlive(request);
        this.http10 = request.protocolVersion().equals(HttpVersion.HTTP_1_0);
    }

    boolean receivingBody() {
        return state == State.RECEIVING || state == State.DISCARDING;
    }

    void onHead() {
        long declared = HttpUtil.getContentLength(request, -1L);
        if (declared > proxy.settings.maxRequestBytes) {
            refuseBody("The request body is larger than " + proxy.settings.maxRequestBytes + " bytes");
            return;
        }
        if (HttpUtil.is100ContinueExpected(request)) {
            client.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
        }
        body = client.alloc().compositeBuffer(64);
        handler.readMore();
    }

    void onContent(HttpContent content) {
        if (state == State.DISCARDING) {
            discarded += content.content().readableBytes();
            boolean last = content instanceof LastHttpContent;
            content.release();
            if (last || discarded > DISCARD_LIMIT) {
                client.close();
            } else {
                handler.readMore();
            }
            return;
        }
        if (state != State.RECEIVING) {
            content.release();
            return;
        }
        if (!content.decoderResult().isSuccess()) {
            content.release();
            keepAlive = false;
            answer(proxy.problems.problem(ProblemKind.MALFORMED_REQUEST, "The request could not be read", correlationId, target.rawPath()));
            return;
        }
        int size = content.content().readableBytes();
        if (body.readableBytes() + (long) size > proxy.settings.maxRequestBytes) {
            content.release();
            refuseBody("The request body is too large");
            return;
        }
        if (size > 0) {
            body.addComponent(true, content.content().retain());
        }
        boolean last = content instanceof LastHttpContent;
        content.release();
        if (last) {
            state = State.ADMITTING;
            admit();
        } else {
            handler.readMore();
        }
    }

    // 413 at once; the rest of the body is read and dropped so the client sees the answer, then the connection closes.
    private void refuseBody(String detail) {
        keepAlive = false;
        state = State.DISCARDING; // before the answer is written: its listener may run at once
        send(proxy.problems.problem(ProblemKind.PAYLOAD_TOO_LARGE, detail, correlationId, target.rawPath()));
        handler.readMore();
    }

    private void admit() {
        admission = new Admission(proxy, client, request, target, route, correlationId, new Admission.Verdict() {
            @Override
            public void pass() {
                forward();
            }

            @Override
            public void answer(FullHttpResponse answer) {
                Exchange.this.answer(answer);
            }

            @Override
            public boolean stillWanted() {
                return state == State.ADMITTING;
            }
        });
        admission.run();
    }

    private void forward() {
        if (!proxy.readiness.accepts(route.upstream())) {
            answer(proxy.failures.notReady(route, correlationId, target.rawPath()));
            return;
        }
        state = State.FORWARDING;
        pool = proxy.pools.of(client.channel(), route);
        pool.acquire(this, retried);
    }

    void connected(Channel channel, boolean reused) {
        if (state != State.FORWARDING) {
            pool.release(channel); // the client went away while this waited for a connection
            return;
        }
        upstream = channel;
        upstreamReused = reused;
        channel.pipeline().get(UpstreamHandler.class).attach(this);
        if (prepared == null) {
            InetSocketAddress peer = (InetSocketAddress) client.channel().remoteAddress();
            prepared = proxy.upstreamRequests.prepare(request, target, route, body.readableBytes(), peer, correlationId, span);
        }
        channel.writeAndFlush(prepared.message(body.retainedDuplicate()))
                .addListener(written -> {
                    if (!written.isSuccess()) {
                        upstreamFailed(written.cause(), true);
                    }
                });
        lastUpstreamActivity = System.nanoTime();
        timeout = channel.eventLoop().schedule(this::checkTimeout, proxy.settings.readTimeoutMillis, TimeUnit.MILLISECONDS);
    }

    void connectFailed(Throwable cause) {
        if (state == State.FORWARDING) {
            answer(proxy.failures.toProblem(method, target.rawPath(), route, cause, correlationId, span));
        }
    }

    private void checkTimeout() {
        if (state != State.FORWARDING && state != State.RELAYING) {
            return;
        }
        long idleMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastUpstreamActivity);
        if (idleMillis >= proxy.settings.readTimeoutMillis) {
            upstreamFailed(ReadTimeoutException.INSTANCE, false);
        } else {
            timeout = upstream.eventLoop().schedule(this::checkTimeout, proxy.settings.readTimeoutMillis - idleMillis, TimeUnit.MILLISECONDS);
        }
    }

    void onUpstream(Object msg) {
        lastUpstreamActivity = System.nanoTime();
        if (state == State.DONE) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpObject object && !object.decoderResult().isSuccess()) {
            ReferenceCountUtil.release(msg); // a service's answer that is not HTTP is not passed on
            upstreamFailed(object.decoderResult().cause(), false);
            return;
        }
        if (msg instanceof HttpResponse response) {
            if (response.status().codeClass() == HttpStatusClass.INFORMATIONAL) {
                ReferenceCountUtil.release(msg); // the body went whole: a 100 Continue is not for the client
                return;
            }
            state = State.RELAYING;
            status = response.status().code();
            upstreamKeepAlive = HttpUtil.isKeepAlive(response);
            HttpHeaders headers = response.headers();
            HopByHop.strip(headers);
            // Services answer Location as their own path (/products/{id}); clients know the gateway's.
            String location = headers.get(HttpHeaderNames.LOCATION);
            if (location != null && location.startsWith("/" + route.group())) {
                headers.set(HttpHeaderNames.LOCATION, RouteTable.PREFIX + location);
            }
            finishHeaders(headers);
            response.setProtocolVersion(HttpVersion.HTTP_1_1);
        }
        if (msg instanceof LastHttpContent) {
            client.writeAndFlush(msg).addListener(this::afterLastWrite);
            relayed();
        } else {
            client.write(msg);
            if (!client.channel().isWritable() && upstream != null) {
                upstream.config().setAutoRead(false);
            }
        }
    }

    void upstreamReadComplete() {
        if (state == State.RELAYING) {
            client.flush();
        }
    }

    void clientWritabilityChanged() {
        if (upstream != null && client.channel().isWritable()) {
            upstream.config().setAutoRead(true);
        }
    }

    // The upstream answer went out whole: its connection goes back to the pool (or is closed).
    private void relayed() {
        cancelTimeout();
        Channel channel = upstream;
        upstream = null;
        channel.pipeline().get(UpstreamHandler.class).detach();
        channel.config().setAutoRead(true);
        if (upstreamKeepAlive) {
            pool.release(channel);
        } else {
            pool.discard(channel);
        }
        done();
    }

    /** The connection to the service failed before or while it answered. */
    void upstreamFailed(Throwable cause, boolean writeFailed) {
        if (state != State.FORWARDING && state != State.RELAYING) {
            return;
        }
        cancelTimeout();
        Channel channel = upstream;
        upstream = null;
        if (channel != null) {
            channel.pipeline().get(UpstreamHandler.class).detach();
            pool.discard(channel);
        }
        if (state == State.RELAYING) {
            status = 502; // the head went out: all that can be said is to close the connection
            keepAlive = false;
            client.close();
            done();
            return;
        }
        // A kept-alive connection the service had closed: the request did not arrive, or is safe to repeat.
        if (upstreamReused && !retried && (writeFailed || isIdempotent())) {
            retried = true;
            pool.acquire(this, true);
            return;
        }
        answer(proxy.failures.toProblem(method, target.rawPath(), route, cause, correlationId, span));
    }

    private boolean isIdempotent() {
        HttpMethod m = request.method();
        return m.equals(HttpMethod.GET) || m.equals(HttpMethod.HEAD) || m.equals(HttpMethod.OPTIONS)
                || m.equals(HttpMethod.PUT) || m.equals(HttpMethod.DELETE);
    }

    /** The client's connection closed: whatever is in flight is dropped. */
    void clientClosed() {
        if (state == State.DONE) {
            return;
        }
        cancelTimeout();
        if (upstream != null) {
            Channel channel = upstream;
            upstream = null;
            channel.pipeline().get(UpstreamHandler.class).detach();
            pool.discard(channel);
        }
        if (status == 0) {
            status = 499; // as nginx logs it: the client closed before the answer
        }
        done();
    }

    // An answer of the gateway's own, once the request is read (or cannot be).
    private void answer(FullHttpResponse response) {
        send(response);
        done();
    }

    private void send(FullHttpResponse response) {
        status = response.status().code();
        finishHeaders(response.headers());
        client.writeAndFlush(response).addListener(this::afterLastWrite);
    }

    private void afterLastWrite(io.netty.util.concurrent.Future<? super Void> written) {
        if (!keepAlive && state != State.DISCARDING || !written.isSuccess()) {
            client.close();
        }
    }

    private void finishHeaders(HttpHeaders headers) {
        SecurityHeaders.applyTo(headers);
        headers.set(CORRELATION_ID, correlationId);
        if (admission != null) {
            admission.headersTo(headers);
        }
        if (!keepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (http10) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
    }

    private void done() {
        boolean discarding = state == State.DISCARDING;
        state = discarding ? State.DISCARDING : State.DONE;
        if (body != null) {
            body.release();
            body = null;
        }
        proxy.timers.record("proxy " + route.group(), method, status, System.nanoTime() - startedNanos);
        proxy.tracing.end(span, status);
        if (!discarding) {
            handler.exchangeFinished(keepAlive);
        }
    }

    private void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
    }
}
