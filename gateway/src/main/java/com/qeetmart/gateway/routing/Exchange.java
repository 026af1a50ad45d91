package com.qeetmart.gateway.routing;

import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.edge.Verdict;
import com.qeetmart.platform.framing.RequestHeaders;
import com.qeetmart.platform.problem.ProblemKind;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.Future;
import io.opentelemetry.api.trace.Span;

import java.util.concurrent.CompletableFuture;

/**
 * One proxied request, from its head to the last byte of its answer, on the client connection's
 * event loop: the state between the seams it crosses, as one state machine. Phases, in order:
 * RECEIVING its body ({@link RequestBody}), ADMITTING it ({@link Admission}), CALLING its service
 * ({@link UpstreamCall}), RELAYING the answer ({@link ClientAnswers}), DONE. A body over the limit
 * turns RECEIVING into DISCARDING: 413 at once, the rest read and dropped, then the connection closes.
 */
final class Exchange implements UpstreamCall.Relay {

    private enum Phase { RECEIVING, DISCARDING, ADMITTING, CALLING, RELAYING, DONE }

    private final ExchangeSeams seams;
    private final ClientConnection connection;
    private final ChannelHandlerContext client;
    private final HttpRequest request;
    private final RequestTarget target;
    private final Route route;
    private final String correlationId;
    private final Span span;
    private final long startedNanos = System.nanoTime();
    private final AnswerHeaders answerHeaders = new AnswerHeaders();
    private Phase phase = Phase.RECEIVING;
    private boolean keepAlive;
    private RequestBody body;
    private Upstream.Call call;
    private int status;

    Exchange(ExchangeSeams seams, ClientConnection connection, ChannelHandlerContext client, HttpRequest request,
             Routed routed) {
        this.seams = seams;
        this.connection = connection;
        this.client = client;
        this.request = request;
        this.target = routed.target();
        this.route = routed.route();
        this.correlationId = CorrelationId.acceptOrCreate(RequestHeaders.get(request, ClientAnswers.CORRELATION_ID));
        this.span = seams.observations.start(request.method().name(), target.rawPath(), route, request);
        this.keepAlive = RequestHeaders.isKeepAlive(request);
    }

    /** Whether the request's body is still being read (what follows it on the connection waits). */
    boolean receivingBody() {
        return phase == Phase.RECEIVING || phase == Phase.DISCARDING;
    }

    void onHead() {
        body = new RequestBody(client.alloc(), seams.maxRequestBytes);
        if (RequestBody.declaredTooLarge(request, seams.maxRequestBytes)) {
            refuseBody("The request body is larger than " + seams.maxRequestBytes + " bytes");
            return;
        }
        if (RequestHeaders.expectsContinue(request)) {
            client.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
        }
        connection.readMore();
    }

    void onContent(HttpContent content) {
        if (phase == Phase.DISCARDING) {
            if (body.drop(content)) {
                client.close();
            } else {
                connection.readMore();
            }
            return;
        }
        if (phase != Phase.RECEIVING) {
            content.release();
            return;
        }
        switch (body.add(content)) {
            case MORE -> connection.readMore();
            case COMPLETE -> admit();
            case TOO_LARGE -> refuseBody("The request body is too large");
            case MALFORMED -> {
                keepAlive = false;
                answer(seams.answers.problem(ProblemKind.MALFORMED_REQUEST, "The request could not be read", correlationId,
                        target.rawPath()));
            }
        }
    }

    // 413 at once; the rest of the body is read and dropped so the client sees the answer, then the connection closes.
    private void refuseBody(String detail) {
        keepAlive = false;
        phase = Phase.DISCARDING; // before the answer is written: its listener may run at once
        send(seams.answers.problem(ProblemKind.PAYLOAD_TOO_LARGE, detail, correlationId, target.rawPath()));
        connection.readMore();
    }

    private void admit() {
        phase = Phase.ADMITTING;
        CompletableFuture<Verdict> verdict = seams.admission.admit(client.channel(), request, target, route, answerHeaders)
                .toCompletableFuture();
        if (verdict.isDone()) {
            admitted(verdict.join()); // the usual case: every check answered at once (the kernel never fails)
            return;
        }
        verdict.thenAccept(reached -> client.executor().execute(() -> {
            if (phase == Phase.ADMITTING) { // else the client went away meanwhile
                admitted(reached);
            }
        }));
    }

    private void admitted(Verdict verdict) {
        if (!(verdict instanceof Verdict.Pass)) {
            answer(seams.answers.of(verdict, correlationId, target.rawPath()));
        } else {
            FullHttpResponse notReady = seams.upstream.notReady(route, correlationId, target.rawPath());
            if (notReady != null) {
                answer(notReady);
                return;
            }
            phase = Phase.CALLING;
            call = seams.upstream.start(client.channel(), request, target, route, body.bytes(), correlationId, span, this);
        }
    }

    @Override
    public HttpResponse head(HttpResponse head) {
        phase = Phase.RELAYING;
        status = head.status().code();
        if (head instanceof ServiceHead plain) {
            return ClientHead.of(plain, route, correlationId, answerHeaders, keepAlive, http10());
        }
        ClientAnswers.rewriteHead(head, route);
        finishHeaders(head);
        return head;
    }

    @Override
    public void write(HttpObject part) {
        client.write(part);
        if (!client.channel().isWritable() && call != null) {
            call.hold(true);
        }
    }

    @Override
    public void last(LastHttpContent last) {
        client.writeAndFlush(last).addListener(this::afterLastWrite);
        done();
    }

    @Override
    public void flush() {
        client.flush();
    }

    @Override
    public void unanswered(FullHttpResponse problem) {
        if (phase == Phase.CALLING) {
            answer(problem);
        } else {
            problem.release();
        }
    }

    @Override
    public void broken() {
        status = 502; // the head went out: all that can be said is to close the connection
        keepAlive = false;
        client.close();
        done();
    }

    void clientWritabilityChanged() {
        if (call != null && client.channel().isWritable()) {
            call.hold(false);
        }
    }

    /** The client's connection closed: whatever is in flight is dropped. */
    void clientClosed() {
        if (phase == Phase.DONE) {
            return;
        }
        if (call != null) {
            call.cancel();
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
        finishHeaders(response);
        client.writeAndFlush(response).addListener(this::afterLastWrite);
    }

    private void finishHeaders(HttpResponse response) {
        ClientAnswers.finishHeaders(response.headers(), correlationId, answerHeaders, keepAlive, http10());
    }

    private boolean http10() {
        return request.protocolVersion().equals(HttpVersion.HTTP_1_0);
    }

    private void afterLastWrite(Future<? super Void> written) {
        if (!keepAlive && phase != Phase.DISCARDING || !written.isSuccess()) {
            client.close();
        }
    }

    private void done() {
        boolean discarding = phase == Phase.DISCARDING;
        if (!discarding) {
            phase = Phase.DONE;
        }
        if (body != null) {
            body.release();
            body = null;
        }
        seams.observations.end(span, route, request.method().name(), status, startedNanos);
        if (!discarding) {
            connection.answered(keepAlive);
        }
    }
}
