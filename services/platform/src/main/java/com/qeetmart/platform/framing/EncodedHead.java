package com.qeetmart.platform.framing;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;
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
            this(head.status(), head.head, head.length, head.headers(), content);
        }

        private Full(HttpResponseStatus status, byte[] head, int length, HttpHeaders headers, ByteBuf content) {
            super(HttpVersion.HTTP_1_1, status, content, headers, EmptyHttpHeaders.INSTANCE);
            this.head = head;
            this.length = head == null ? 0 : length;
        }

        /**
         * The same answer around other content, its head bytes kept: Netty's {@code copy},
         * {@code duplicate} and {@code retainedDuplicate} come here, and its own would return a plain
         * answer with an empty header map (a head without its lines, had a stage copied it).
         */
        @Override
        public FullHttpResponse replace(ByteBuf content) {
            Full replaced = new Full(status(), head, length, headers().copy(), content);
            replaced.setDecoderResult(decoderResult());
            return replaced;
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
