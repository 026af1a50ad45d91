package com.qeetmart.gateway.routing;

import com.qeetmart.platform.framing.RequestHeaders;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * A proxied request's body, read whole before the request is admitted (it goes upstream with a
 * Content-Length), and never more than the gateway's size limit: a declared length over it is
 * refused from the head, a body that grows over it as it arrives.
 */
final class RequestBody {

    /** Where reading stands after a piece. */
    enum Progress { MORE, COMPLETE, TOO_LARGE, MALFORMED }

    // What a refused body may still send before the connection is closed on it.
    private static final long DISCARD_LIMIT = 4L * 1024 * 1024;

    private final long maxBytes;
    private final CompositeByteBuf bytes;
    private long discarded;

    RequestBody(ByteBufAllocator alloc, long maxBytes) {
        this.maxBytes = maxBytes;
        this.bytes = alloc.compositeBuffer(64);
    }

    /** Whether the head already declares a body over the limit. */
    static boolean declaredTooLarge(HttpRequest head, long maxBytes) {
        return RequestHeaders.contentLength(head, -1L) > maxBytes;
    }

    /** Takes a piece of the body (and releases it). */
    Progress add(HttpContent content) {
        try {
            if (!content.decoderResult().isSuccess()) {
                return Progress.MALFORMED;
            }
            int size = content.content().readableBytes();
            if (bytes.readableBytes() + (long) size > maxBytes) {
                return Progress.TOO_LARGE;
            }
            if (size > 0) {
                bytes.addComponent(true, content.content().retain());
            }
            return content instanceof LastHttpContent ? Progress.COMPLETE : Progress.MORE;
        } finally {
            content.release();
        }
    }

    /**
     * Drops a piece of a body that was refused (413) and releases it; true once the connection
     * should close: the body ended, or more came than a client that read the refusal would send.
     */
    boolean drop(HttpContent content) {
        discarded += content.content().readableBytes();
        boolean last = content instanceof LastHttpContent;
        content.release();
        return last || discarded > DISCARD_LIMIT;
    }

    /** The body read so far (whole once COMPLETE); the exchange releases it when it is done. */
    ByteBuf bytes() {
        return bytes;
    }

    void release() {
        bytes.release();
    }
}
