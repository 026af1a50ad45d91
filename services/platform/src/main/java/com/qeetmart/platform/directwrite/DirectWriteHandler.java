package com.qeetmart.platform.directwrite;

import com.qeetmart.platform.pipeline.SharedConnectionStage;
import com.qeetmart.platform.tracing.StageLogIds;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.opentelemetry.context.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One connection's direct write stage. A request a {@link DirectWrite} serves is held, its body
 * kept as it came, until the body is in; then the write runs and its answer is written here or,
 * when the write leaves it to Micronaut, the request and its body go on as if the stage were not
 * there (answer order: {@link SharedConnectionStage}).
 */
final class DirectWriteHandler extends SharedConnectionStage<DirectWrites.Plan> {

    private static final Logger LOG = LoggerFactory.getLogger(DirectWriteHandler.class);

    private final DirectWrites plans;
    private final WriteAnswers answers;
    private DirectWrites.Plan held;
    private List<HttpContent> body;
    private int received;
    private boolean bodyIn;

    DirectWriteHandler(DirectWrites plans, WriteAnswers answers) {
        this.plans = plans;
        this.answers = answers;
    }

    @Override
    protected DirectWrites.Plan plan(HttpRequest request) {
        return plans.plan(request);
    }

    @Override
    protected void start(HttpRequest head, DirectWrites.Plan plan) {
        held = plan;
        body = new ArrayList<>(2);
        received = 0;
        bodyIn = false;
        if (head instanceof HttpContent content) {
            content(content);
        } else {
            ctx.read();
        }
    }

    @Override
    protected void content(HttpContent content) {
        body.add(content);
        received += content.content().readableBytes();
        if (received > held.bodyLength()) {
            fallBack(); // more than declared: the codec's to refuse, through Micronaut
        } else if (content instanceof LastHttpContent) {
            bodyIn = true;
            onBodyIn();
        } else {
            ctx.read();
        }
    }

    @Override
    protected boolean owning() {
        return held != null;
    }

    @Override
    protected boolean ownsMessage(Object msg) {
        return !bodyIn && msg instanceof HttpContent; // only its own body passes
    }

    @Override
    protected void closedWhileOwning() {
        body.forEach(ReferenceCountUtil::release);
        held = null;
        body = null;
    }

    private void onBodyIn() {
        DirectWrites.Plan plan = held;
        if (received != plan.bodyLength()) {
            fallBack(); // less than declared: the same
            return;
        }
        WriteAnswers.Started started = answers.start(plan);
        CompletionStage<Optional<DirectWrite.Written>> written;
        try (StageLogIds ids = StageLogIds.open(started.correlationId(), started.span().getSpanContext());
             Scope ignored = started.span().makeCurrent()) {
            written = plan.write().write(plan.key(), new WriteInput(plan, bytes(body, received)));
        } catch (RuntimeException failure) {
            written = CompletableFuture.failedFuture(failure);
        }
        written.whenComplete((answer, failure) -> {
            FullHttpResponse response = null;
            if (failure != null) {
                LOG.debug("A direct write left its request to Micronaut after a failure", failure);
            } else if (answer.isPresent()) {
                response = answerOrNull(started, answer.get());
            }
            FullHttpResponse ready = response;
            ctx.executor().execute(() -> finish(plan, ready));
        });
    }

    // An answer that cannot be rendered goes to Micronaut, whose repeat of the write answers the
    // same (DirectWrite's terms) and reports the failure as every other.
    private FullHttpResponse answerOrNull(WriteAnswers.Started started, DirectWrite.Written written) {
        try {
            return answers.answer(started, written);
        } catch (RuntimeException failure) {
            LOG.warn("A direct write's answer could not be rendered; Micronaut answers it", failure);
            return null;
        }
    }

    private void finish(DirectWrites.Plan plan, FullHttpResponse answer) {
        if (held != plan) { // the connection closed meanwhile
            ReferenceCountUtil.release(answer);
            return;
        }
        if (answer == null) {
            fallBack();
            return;
        }
        body.forEach(ReferenceCountUtil::release);
        held = null;
        body = null;
        answer(answer, plan.keepAlive());
    }

    /** Hands the held request, and what of its body has come, to Micronaut. */
    private void fallBack() {
        answers.left(held);
        HttpRequest request = held.request();
        List<HttpContent> came = body;
        held = null;
        body = null;
        if (!(request instanceof HttpContent)) { // a request that came whole is its own first content
            toMicronaut(request);
        }
        came.forEach(this::toMicronaut);
        finished(true);
    }

    private static byte[] bytes(List<HttpContent> body, int length) {
        byte[] bytes = new byte[length];
        int at = 0;
        for (HttpContent content : body) {
            int readable = content.content().readableBytes();
            content.content().getBytes(content.content().readerIndex(), bytes, at, readable);
            at += readable;
        }
        return bytes;
    }
}
