package com.qeetmart.platform.pipeline;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Stands where Micronaut's request handler stands: records what it is given and answers on demand. */
final class FakeMicronaut extends ChannelInboundHandlerAdapter {

    final List<String> received = new ArrayList<>();
    final ArrayDeque<String> unanswered = new ArrayDeque<>();
    int readCompletes;
    private ChannelHandlerContext ctx;

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            received.add(request.uri());
            unanswered.add(request.uri());
        } else if (msg instanceof HttpContent content && content.content().isReadable()) {
            received.add("body:" + content.content().toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        ReferenceCountUtil.release(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        readCompletes++;
    }

    /** Answers the oldest request it was given, through the stage (as Micronaut's writes go). */
    void answerOldest() {
        ctx.writeAndFlush(TakingStage.response(unanswered.poll(), true));
    }

    /** A 100 Continue, which is not the end of an answer. */
    void sendContinue() {
        ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
    }

    /** Micronaut asking for more to read, as it does with auto-read off. */
    void askToRead() {
        ctx.read();
    }
}
