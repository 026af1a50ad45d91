package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.web.SecurityHeaders;
import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.edge.Verdict;
import com.qeetmart.platform.framing.EncodedHead;
import com.qeetmart.platform.pipeline.NettyProblems;
import com.qeetmart.platform.problem.ProblemKind;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AsciiString;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The seam where answers go back to the client: the gateway's own (problem+json refusals, a
 * preflight's 204) and a service's head rewritten for the client. Every one carries the security
 * headers, the correlation id, what the edge's checks added, and the connection's fate.
 */
@Singleton
final class ClientAnswers {

    static final AsciiString CORRELATION_ID = AsciiString.cached(CorrelationId.HEADER);

    private final NettyProblems problems;

    ClientAnswers(NettyProblems problems) {
        this.problems = problems;
    }

    FullHttpResponse problem(ProblemKind kind, String detail, String correlationId, String path) {
        return problems.problem(kind, detail, correlationId, path);
    }

    /** The answer to a request the edge's checks did not pass. */
    FullHttpResponse of(Verdict verdict, String correlationId, String path) {
        FullHttpResponse answer;
        List<AnswerHeaders.Header> headers;
        if (verdict instanceof Verdict.Refusal refusal) {
            answer = problems.problem(refusal.kind(), refusal.detail(), correlationId, path);
            headers = refusal.headers();
        } else if (verdict instanceof Verdict.Answer plain) {
            answer = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(plain.status()));
            headers = plain.headers();
        } else {
            throw new IllegalArgumentException("a passed request has no answer of the gateway's");
        }
        AnswerHeaders.applyTo(headers, answer.headers()::set, answer.headers()::add);
        return answer;
    }

    /**
     * A service's answer head as the client gets it: hop-by-hop headers gone, a Location on the
     * service's path moved under the gateway's prefix (clients know the gateway's paths), HTTP/1.1.
     */
    static void rewriteHead(HttpResponse head, Route route) {
        HttpHeaders headers = head.headers();
        HopByHop.strip(headers);
        String location = headers.get(HttpHeaderNames.LOCATION);
        if (location != null && location.startsWith("/" + route.group())) {
            headers.set(HttpHeaderNames.LOCATION, RouteTable.PREFIX + location);
        }
        head.setProtocolVersion(HttpVersion.HTTP_1_1);
    }

    /** A service's answer head and its body's end, read together: one message to write. */
    static LastHttpContent whole(HttpResponse head, LastHttpContent last) {
        if (head instanceof EncodedHead.Response encoded) {
            return encoded.withContent(last.content());
        }
        return new DefaultFullHttpResponse(head.protocolVersion(), head.status(), last.content(), head.headers(),
                last.trailingHeaders());
    }

    /** What every answer carries, whoever made it. */
    static void finishHeaders(HttpHeaders headers, String correlationId, AnswerHeaders answerHeaders,
                              boolean keepAlive, boolean http10) {
        SecurityHeaders.applyTo(headers);
        headers.set(CORRELATION_ID, correlationId);
        answerHeaders.applyTo(headers::set, headers::add);
        if (!keepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (http10) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
    }
}
