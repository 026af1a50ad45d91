package com.qeetmart.platform.directread;

import com.qeetmart.platform.framing.RequestHeaders;
import com.qeetmart.platform.pipeline.StageAnswers;
import com.qeetmart.platform.security.CachingTokenValidator;
import com.qeetmart.platform.security.Caller;
import com.qeetmart.platform.security.SettledCallers;
import io.micronaut.context.annotation.Requires;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.concurrent.DefaultThreadFactory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Decides which requests the direct read stage answers and reads them on a few JDBC threads of
 * its own ({@code qeetmart.direct-read.threads}, fewer than the connection pool, so Micronaut's
 * requests always find a connection). Only a request it fully understands is taken: a GET without
 * a body or {@code Expect}, for JSON, whose path a {@link DirectRead} names, anonymous or with a
 * bearer token the platform's token check has already verified (everything else, a token to fetch
 * a key for or an invalid one included, is Micronaut's, so its answer stays the one answer).
 */
@Singleton
@Requires(beans = DirectRead.class)
final class DirectReads {

    /** A request the stage has taken: what to read, for whom, and how to answer. */
    record Plan(HttpRequest request, String path, DirectRead<Object> read, Object key, Optional<Caller> caller,
                boolean keepAlive, long startedNanos) {
    }

    private final List<DirectRead<Object>> reads;
    private final CachingTokenValidator tokens;
    private final DirectAnswers answers;
    private final ExecutorService executor;

    @Inject
    DirectReads(List<DirectRead<?>> reads, CachingTokenValidator tokens, DirectAnswers answers,
                DirectReadSettings settings) {
        this(reads, tokens, answers, Executors.newFixedThreadPool(settings.threads(), daemonThreads()));
    }

    /** With the threads reads block on given (a test runs them on its own). */
    @SuppressWarnings("unchecked")
    DirectReads(List<DirectRead<?>> reads, CachingTokenValidator tokens, DirectAnswers answers, ExecutorService executor) {
        this.reads = reads.stream().map(read -> (DirectRead<Object>) read).toList();
        this.tokens = tokens;
        this.answers = answers;
        this.executor = executor;
    }

    /** The plan for a request the stage answers, or null when Micronaut does. */
    Plan plan(HttpRequest request) {
        if (!request.decoderResult().isSuccess() || !HttpMethod.GET.equals(request.method())) {
            return null;
        }
        // Looked up, not decoded into a map: a plain request's lines (RequestHeaders).
        if (RequestHeaders.contentLength(request, 0L) != 0 || RequestHeaders.contains(request, HttpHeaderNames.TRANSFER_ENCODING)
                || RequestHeaders.contains(request, HttpHeaderNames.EXPECT)
                || !StageAnswers.acceptsJson(RequestHeaders.get(request, HttpHeaderNames.ACCEPT))
                || RequestHeaders.contains(request, HttpHeaderNames.ORIGIN)) {
            return null; // a browser origin is judged by Micronaut's CORS check, as on every route
        }
        String path = request.uri();
        if (path.indexOf('?') >= 0) {
            return null; // reads by key take no parameters: whatever a query holds is Micronaut's to judge
        }
        for (DirectRead<Object> read : reads) {
            Object key = read.keyOf(path);
            if (key != null) {
                Optional<Optional<Caller>> caller = SettledCallers.of(tokens, RequestHeaders.get(request, HttpHeaderNames.AUTHORIZATION));
                return caller.map(who -> new Plan(request, path, read, key, who, RequestHeaders.isKeepAlive(request),
                        System.nanoTime())).orElse(null);
            }
        }
        return null;
    }

    /** The answer to a plan, from a JDBC thread; null (or a failure) when Micronaut must answer. */
    CompletableFuture<FullHttpResponse> answer(Plan plan) {
        return CompletableFuture.supplyAsync(() -> answers.answer(plan), executor);
    }

    // Netty's threads: their thread-locals (the JSON writer's buffers, the token cache's last find,
    // Netty's own) are an index into the thread's array, not a probe of the JDK's map (1% of a
    // catalog read's samples with plain threads).
    private static ThreadFactory daemonThreads() {
        return new DefaultThreadFactory("direct-read", true);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
