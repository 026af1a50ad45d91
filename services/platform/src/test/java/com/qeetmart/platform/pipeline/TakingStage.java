package com.qeetmart.platform.pipeline;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SharedConnectionStage} for tests: it takes requests whose path starts with /stage,
 * reads their bodies, and answers only when the test says (or hands one to Micronaut).
 */
final class TakingStage extends SharedConnectionStage<String> {

    private HttpRequest taken;
    private boolean bodyRead;
    final List<String> bodyPieces = new ArrayList<>();
    int closedWhileOwning;

    @Override
    protected String plan(HttpRequest request) {
        return request.uri().startsWith("/stage") ? request.uri() : null;
    }

    @Override
    protected void start(HttpRequest head, String plan) {
        taken = head;
        bodyRead = false;
        if (head instanceof HttpContent content) {
            content(content);
        } else {
            ctx.read();
        }
    }

    @Override
    protected void content(HttpContent content) {
        bodyPieces.add(content.content().toString(StandardCharsets.UTF_8));
        bodyRead = content instanceof LastHttpContent;
        if (content != taken) {
            content.release();
        }
        if (!bodyRead) {
            ctx.read();
        }
    }

    @Override
    protected boolean owning() {
        return taken != null;
    }

    @Override
    protected boolean ownsMessage(Object msg) {
        return !bodyRead && msg instanceof HttpContent;
    }

    @Override
    protected void closedWhileOwning() {
        closedWhileOwning++;
        taken = null;
    }

    boolean holdsRequestRead() {
        return taken != null && bodyRead;
    }

    /** Answers the taken request with its path as the body. */
    void answer() {
        String uri = taken.uri();
        boolean keepAlive = HttpUtil.isKeepAlive(taken);
        taken = null;
        ctx.writeAndFlush(response(uri, keepAlive));
        finished(keepAlive);
    }

    /** Gives the taken (whole) request to Micronaut instead, outside any read. */
    void handOver() {
        HttpRequest request = taken;
        taken = null;
        toMicronaut(request);
        toMicronaut(LastHttpContent.EMPTY_LAST_CONTENT);
        finished(true);
    }

    static DefaultFullHttpResponse response(String body, boolean keepAlive) {
        DefaultFullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        HttpUtil.setContentLength(response, response.content().readableBytes());
        if (!keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, "close");
        }
        return response;
    }
}
