package com.qeetmart.platform.directwrite;

import com.qeetmart.platform.framing.RequestHeaders;
import com.qeetmart.platform.pipeline.StageAnswers;
import com.qeetmart.platform.security.CachingTokenValidator;
import com.qeetmart.platform.security.Caller;
import com.qeetmart.platform.security.SettledCallers;
import io.micronaut.context.annotation.Requires;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which requests the direct write stage takes. Only a request it fully understands: a
 * POST whose path a {@link DirectWrite} names, without a query, {@code Expect}, {@code Origin}
 * (a browser's is judged by Micronaut's CORS check, as on every route) or chunked body, for
 * JSON, with a JSON body of a declared length within {@code qeetmart.direct-write.max-body-bytes}
 * when the write takes one and none when it does not, from a signed-in caller whose token the
 * platform has already verified (a partner application holding one of the write's scopes).
 * Everything else is Micronaut's, so its answer, a refusal above all, stays the one answer.
 */
@Singleton
@Requires(beans = DirectWrite.class)
final class DirectWrites {

    /** A request the stage has taken: what to write, for whom, and how to answer. */
    record Plan(HttpRequest request, String path, DirectWrite<Object> write, Object key, Caller caller,
                int bodyLength, boolean keepAlive, long startedNanos) {
    }

    /** The signed-in caller an Authorization header names, when its token is already verified. */
    interface SignedIn {
        Optional<Caller> caller(String authorization);
    }

    private final List<DirectWrite<Object>> writes;
    private final SignedIn signedIn;
    private final int maxBodyBytes;

    @Inject
    DirectWrites(List<DirectWrite<?>> writes, CachingTokenValidator tokens, DirectWriteSettings settings) {
        this(writes, authorization -> SettledCallers.of(tokens, authorization).flatMap(who -> who), settings.maxBodyBytes());
    }

    @SuppressWarnings("unchecked")
    DirectWrites(List<DirectWrite<?>> writes, SignedIn signedIn, int maxBodyBytes) {
        this.writes = writes.stream().map(write -> (DirectWrite<Object>) write).toList();
        this.signedIn = signedIn;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The plan for a request the stage answers, or null when Micronaut does. */
    Plan plan(HttpRequest request) {
        if (!request.decoderResult().isSuccess() || !HttpMethod.POST.equals(request.method())
                || RequestHeaders.contains(request, HttpHeaderNames.TRANSFER_ENCODING)
                || RequestHeaders.contains(request, HttpHeaderNames.EXPECT)
                || RequestHeaders.contains(request, HttpHeaderNames.ORIGIN)
                || !StageAnswers.acceptsJson(RequestHeaders.get(request, HttpHeaderNames.ACCEPT))) {
            return null;
        }
        String path = request.uri();
        if (path.indexOf('?') >= 0) {
            return null;
        }
        for (DirectWrite<Object> write : writes) {
            Object key = write.keyOf(path);
            if (key != null) {
                long length = RequestHeaders.contentLength(request, -1L);
                boolean bodyFits = write.takesBody()
                        ? length > 0 && length <= maxBodyBytes && isJson(RequestHeaders.get(request, HttpHeaderNames.CONTENT_TYPE))
                        : length <= 0;
                Caller caller = bodyFits ? signedIn(request, write) : null;
                return caller == null ? null : new Plan(request, path, write, key, caller, (int) Math.max(length, 0),
                        RequestHeaders.isKeepAlive(request), System.nanoTime());
            }
        }
        return null;
    }

    private Caller signedIn(HttpRequest request, DirectWrite<Object> write) {
        return signedIn.caller(RequestHeaders.get(request, HttpHeaderNames.AUTHORIZATION)).filter(who -> !who.isApplication()
                || who.holdsAny(write.applicationScopes().toArray(String[]::new))).orElse(null);
    }

    // application/json, with a UTF-8 charset at most: the one form the stage's parsers read.
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).replace(" ", "");
        return type.equals("application/json") || type.equals("application/json;charset=utf-8");
    }
}
