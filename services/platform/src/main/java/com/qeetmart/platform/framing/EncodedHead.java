package com.qeetmart.platform.framing;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * An answer whose status line and header lines are already bytes, as a proxy passes a service's
 * answer on: {@link StrictServerCodec} writes them as they are instead of encoding a header map
 * the proxy would first have had to decode. Everything else about the answer (its place in the
 * order of answers, its framing by the request's method, its body) is as for any answer.
 * Headers a stage adds to {@link DefaultHttpResponse#headers()} on the way out are written after them.
 */
public interface EncodedHead {

    /** The status line and the header lines, each ended by CRLF, without the blank line that ends the head. */
    byte[] headBytes();

    /** How many bytes of {@link #headBytes()} are the head. */
    int headLength();

    /**
     * A head whose body follows as content. {@code head} starts with an HTTP/1.1 status line of
     * {@code status}; its header lines frame the body (Content-Length).
     */
    static Response of(HttpResponseStatus status, byte[] head, int length) {
        return new Response(status, head, length);
    }

    /** The head alone: its body (or the end of it) follows. */
    final class Response extends DefaultHttpResponse implements EncodedHead {
        private final byte[] head;
        private final int length;

        private Response(HttpResponseStatus status, byte[] head, int length) {
            super(HttpVersion.HTTP_1_1, status, DefaultHttpHeadersFactory.headersFactory().withValidation(false));
            this.head = head;
            this.length = length;
        }

        /** The whole answer: this head and its body. */
        public Full withContent(ByteBuf content) {
            return new Full(this, content);
        }

        @Override
        public byte[] headBytes() {
            return head;
        }

        @Override
        public int headLength() {
            return length;
        }
    }

    /** The head and the whole body, written as one message. */
    final class Full extends DefaultFullHttpResponse implements EncodedHead {
        private final byte[] head;
        private final int length;

        private Full(Response head, ByteBuf content) {
            super(HttpVersion.HTTP_1_1, head.status(), content, head.headers(), EmptyHttpHeaders.INSTANCE);
            this.head = head.head;
            this.length = head.length;
        }

        @Override
        public byte[] headBytes() {
            return head;
        }

        @Override
        public int headLength() {
            return length;
        }
    }
}
