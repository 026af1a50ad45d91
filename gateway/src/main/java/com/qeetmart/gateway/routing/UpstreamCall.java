package com.qeetmart.gateway.routing;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.util.ReferenceCountUtil;

import java.io.IOException;

/**
 * One request's call to its service, on the client connection's event loop: a pooled connection,
 * the request written, the answer handed piece by piece to the {@link Relay}, the connection given
 * back (or closed) when the answer ended. A kept-alive connection the service had closed is
 * retried once on a fresh one when the request did not arrive or is safe to repeat; silence
 * longer than the read timeout is a 504, a service that cannot be reached a 502.
 */
final class UpstreamCall implements UpstreamPool.Lease, UpstreamHandler.Listener, Upstream.Call {

    /** Where the answer goes (the exchange writing it to the client). */
    interface Relay {
        /** The answer's head as the service sent it: the head to write to the client. */
        HttpResponse head(HttpResponse head);

        /** A part of the answer to write, not the last: its head, or a piece of its body. */
        void write(HttpObject part);

        /** The answer's last piece: the call is over. */
        void last(LastHttpContent last);

        void flush();

        /** No answer came: the gateway answers with this problem. */
        void unanswered(FullHttpResponse problem);

        /** The connection broke after the head went out: all that is left is to close the client's. */
        void broken();
    }

    private enum Leg { WAITING, SENT, RELAYING, OVER }

    private final UpstreamPool pool;
    private final UpstreamRequests.Prepared request;
    private final ByteBuf body;
    private final UpstreamFailures.OfRequest failing;
    private final Relay relay;
    private Leg leg = Leg.WAITING;
    private boolean retried, headReleased;
    private HttpResponse heldHead;
    private Channel upstream;
    private boolean reused;
    private boolean keepAlive;

    UpstreamCall(UpstreamPool pool, UpstreamRequests.Prepared request, ByteBuf body, UpstreamFailures.OfRequest failing,
                 Relay relay) {
        this.pool = pool;
        this.request = request;
        this.body = body;
        this.failing = failing;
        this.relay = relay;
    }

    void start() {
        pool.acquire(this, false);
    }

    @Override
    public void connected(Channel channel, boolean reused) {
        if (leg != Leg.WAITING) {
            pool.release(channel); // the client went away while this waited for a connection
            return;
        }
        leg = Leg.SENT;
        upstream = channel;
        this.reused = reused;
        UpstreamHandler.of(channel).attach(this, request.method());
        // Head and body go out in one flush (one system call); if the head cannot be written, nor can the body.
        if (body.isReadable()) {
            channel.write(request.head().retainedDuplicate());
        }
        channel.writeAndFlush(body.isReadable() ? body.retainedDuplicate() : request.head().retainedDuplicate()).addListener(written -> {
            if (!written.isSuccess()) {
                failed(written.cause(), true);
            }
        });
    }

    @Override
    public void connectFailed(Throwable cause) {
        if (leg == Leg.WAITING) {
            over();
            relay.unanswered(failing.problem(cause));
        }
    }

    @Override
    public void onMessage(Object msg) {
        if (leg == Leg.OVER) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpObject object && !object.decoderResult().isSuccess()) {
            ReferenceCountUtil.release(msg); // a service's answer that is not HTTP is not passed on
            failed(object.decoderResult().cause(), false);
            return;
        }
        if (msg instanceof HttpResponse head) {
            if (head.status().codeClass() == HttpStatusClass.INFORMATIONAL) {
                ReferenceCountUtil.release(msg); // the body went whole: a 100 Continue is not for the client
                return;
            }
            leg = Leg.RELAYING;
            keepAlive = head instanceof ServiceHead plain ? plain.keepAlive() : HttpUtil.isKeepAlive(head);
            HttpResponse clientHead = relay.head(head);
            if (!(msg instanceof LastHttpContent)) {
                heldHead = clientHead; // goes with what follows it in the same read: a whole answer is one message
                return;
            }
        }
        HttpResponse head = heldHead;
        heldHead = null;
        if (msg instanceof LastHttpContent last) {
            giveBack(keepAlive);
            relay.last(head == null ? last : ClientAnswers.whole(head, last));
            return;
        }
        if (head != null) {
            relay.write(head);
        }
        if (msg instanceof HttpObject part) {
            relay.write(part);
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void onReadComplete() {
        if (heldHead != null) {
            relay.write(heldHead); // the body comes in a later read: the head goes now
            heldHead = null;
        }
        if (leg == Leg.RELAYING) {
            relay.flush();
        }
    }

    @Override
    public void onClosed() {
        failed(new IOException("connection closed by the service"), false);
    }

    @Override
    public void hold(boolean held) {
        if (upstream != null) {
            upstream.config().setAutoRead(!held);
        }
    }

    @Override
    public void cancel() {
        if (leg != Leg.OVER) {
            giveBack(false);
        }
    }

    @Override
    public void onTimedOut() {
        failed(ReadTimeoutException.INSTANCE, false);
    }

    private void failed(Throwable cause, boolean writeFailed) {
        if (leg != Leg.SENT && leg != Leg.RELAYING) {
            return;
        }
        boolean headWentOut = leg == Leg.RELAYING;
        if (!headWentOut && reused && !retried && (writeFailed || request.idempotent())) {
            retried = true; // a kept-alive connection the service had closed: the request did not arrive, or is safe to repeat
            returnConnection(false);
            leg = Leg.WAITING;
            pool.acquire(this, true);
            return;
        }
        giveBack(false);
        if (headWentOut) {
            relay.broken();
        } else {
            relay.unanswered(failing.problem(cause));
        }
    }

    // The call is over: the connection goes back, the request's head with it (a retry needed it until now).
    private void giveBack(boolean reusable) {
        over();
        returnConnection(reusable);
    }

    private void over() {
        leg = Leg.OVER;
        heldHead = null; // an answer that broke off after its head: the client's connection closes unanswered
        if (!headReleased) {
            headReleased = true;
            request.head().release();
        }
    }

    // The connection goes back to the pool when its answer was read whole and it may be reused; else it is closed.
    private void returnConnection(boolean reusable) {
        Channel channel = upstream;
        upstream = null;
        if (channel == null) {
            return;
        }
        UpstreamHandler.of(channel).detach();
        channel.config().setAutoRead(true);
        if (reusable) {
            pool.release(channel);
        } else {
            pool.discard(channel);
        }
    }
}
