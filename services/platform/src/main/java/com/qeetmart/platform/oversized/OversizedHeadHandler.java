package com.qeetmart.platform.oversized;

import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.pipeline.NettyProblems;
import com.qeetmart.platform.problem.ProblemKind;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;

/**
 * Answers a request the decoder refused for its size: a request line over the limit is 414, a
 * header block over it 431 (RFC 9110, RFC 6585), as problem+json, and the connection closes (the
 * decoder reads nothing more of it). Every other message goes on unchanged.
 */
final class OversizedHeadHandler extends ChannelInboundHandlerAdapter {

    private final NettyProblems problems;

    OversizedHeadHandler(NettyProblems problems) {
        this.problems = problems;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ProblemKind kind = msg instanceof HttpRequest request ? kindOf(request.decoderResult().cause()) : null;
        if (kind == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        ReferenceCountUtil.release(msg);
        ctx.writeAndFlush(answer(kind)).addListener(ChannelFutureListener.CLOSE);
    }

    private static ProblemKind kindOf(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return ProblemKind.URI_TOO_LONG;
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return ProblemKind.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        return null;
    }

    private FullHttpResponse answer(ProblemKind kind) {
        String correlationId = CorrelationId.acceptOrCreate(null); // the head that carried one was not read
        FullHttpResponse response = problems.problem(kind, kind == ProblemKind.URI_TOO_LONG
                ? "The request line is longer than this server reads"
                : "The request's headers are larger than this server reads", correlationId, null);
        response.headers()
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set(CorrelationId.HEADER, correlationId);
        return response;
    }
}
