package com.qeetmart.gateway.routing;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;

import java.util.List;

/**
 * Reads a service's answers on an upstream connection. A plain answer (HTTP/1.1, a Content-Length
 * body: {@link ServiceHeads}) comes out as a {@link ServiceHead}, its lines kept as bytes to pass
 * on, then its body as content; any other answer is decoded by Netty's decoder, as HTTP objects.
 * The requests go out already written ({@link UpstreamHead}), so no encoder stands in the pipeline
 * to tell the decoder which request an answer belongs to; the call says it instead
 * ({@link #answering}): an answer to HEAD has no body, whatever its Content-Length says (RFC 9110
 * section 9.3.2). A connection carries one request at a time, so the last one named is the one answered.
 */
final class AnswerDecoder extends HttpResponseDecoder {

    // The services' answers are not re-validated header by header: they are ours, and the
    // headers the stage adds are constants or were validated when the client's request was read.
    // A whole answer head fits the decoder's first buffer (it otherwise grows from 128 bytes each time).
    private static final HttpDecoderConfig ANSWERS = new HttpDecoderConfig()
            .setInitialBufferSize(4096)
            .setHeadersFactory(DefaultHttpHeadersFactory.headersFactory().withValidation(false));

    /** Where the connection is in the answer it reads. */
    private enum Reading { NEXT_ANSWER, PLAIN_BODY, DECODED }

    private boolean answeringHead;
    private Reading reading = Reading.NEXT_ANSWER;
    private long bodyLeft;

    AnswerDecoder() {
        super(ANSWERS);
    }

    /** The request the next answer on this connection is to. */
    void answering(HttpMethod method) {
        answeringHead = HttpMethod.HEAD.equals(method);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        switch (reading) {
            case NEXT_ANSWER -> readHead(ctx, in, out);
            case PLAIN_BODY -> readBody(in, out);
            case DECODED -> decoded(ctx, in, out);
        }
    }

    private void readHead(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        int end = answeringHead ? ServiceHeads.NOT_PLAIN : ServiceHeads.end(in);
        if (end == ServiceHeads.INCOMPLETE) {
            return; // the rest comes in a later read
        }
        ServiceHead head = null;
        if (end != ServiceHeads.NOT_PLAIN) {
            byte[] bytes = new byte[end - in.readerIndex()];
            in.getBytes(in.readerIndex(), bytes);
            head = ServiceHeads.read(bytes);
        }
        if (head == null) {
            reading = Reading.DECODED;
            decoded(ctx, in, out);
            return;
        }
        in.skipBytes(end - in.readerIndex());
        out.add(head);
        bodyLeft = head.contentLength();
        reading = Reading.PLAIN_BODY;
        readBody(in, out);
    }

    private void readBody(ByteBuf in, List<Object> out) {
        int now = (int) Math.min(bodyLeft, in.readableBytes());
        bodyLeft -= now;
        if (bodyLeft > 0) {
            if (now > 0) {
                out.add(new DefaultHttpContent(in.readRetainedSlice(now)));
            }
            return;
        }
        out.add(now == 0 ? LastHttpContent.EMPTY_LAST_CONTENT : new DefaultLastHttpContent(in.readRetainedSlice(now)));
        reading = Reading.NEXT_ANSWER;
    }

    // Netty's decoder reads the answer; the next one is looked at afresh once it has ended.
    private void decoded(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        int before = out.size();
        super.decode(ctx, in, out);
        for (int i = before; i < out.size(); i++) {
            if (out.get(i) instanceof LastHttpContent) {
                reading = Reading.NEXT_ANSWER;
            }
        }
    }

    @Override
    protected boolean isContentAlwaysEmpty(HttpMessage msg) {
        // An interim (1xx) answer is followed by the final one, which is the HEAD's answer.
        boolean interim = ((HttpResponse) msg).status().codeClass() == HttpStatusClass.INFORMATIONAL;
        return !interim && answeringHead || super.isContentAlwaysEmpty(msg);
    }
}
