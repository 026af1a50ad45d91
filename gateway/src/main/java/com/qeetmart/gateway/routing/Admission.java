package com.qeetmart.gateway.routing;

import com.qeetmart.platform.edge.AdmissionKernel;
import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.edge.EdgeRequest;
import com.qeetmart.platform.security.BearerTokens;
import com.qeetmart.platform.edge.Verdict;
import com.qeetmart.platform.framing.RequestHeaders;
import com.qeetmart.platform.http.ClientOrigins;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.AsciiString;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletionStage;

/**
 * The seam where a proxied request is admitted: the platform's edge checks ({@link AdmissionKernel},
 * the same the gateway's own operations pass) over a view of the Netty request (its headers
 * looked up, RequestHeaders: a plain request's lines are not decoded into a map). What the checks
 * want on every answer goes into {@code answerHeaders}.
 */
@Singleton
final class Admission {

    private static final AsciiString X_FORWARDED_FOR = AsciiString.cached("X-Forwarded-For"); // hashed once, not per request

    private final AdmissionKernel kernel;
    private final ClientOrigins origins;

    Admission(AdmissionKernel kernel, ClientOrigins origins) {
        this.kernel = kernel;
        this.origins = origins;
    }

    CompletionStage<Verdict> admit(Channel client, HttpRequest request, RequestTarget target, Route route,
                                   AnswerHeaders answerHeaders) {
        String address = origins.addressOf((InetSocketAddress) client.remoteAddress(),
                RequestHeaders.get(request, X_FORWARDED_FOR));
        EdgeRequest view = new EdgeRequest(request.method().name(), target.rawPath(),
                RequestHeaders.get(request, HttpHeaderNames.HOST), RequestHeaders.get(request, HttpHeaderNames.ORIGIN),
                RequestHeaders.contains(request, HttpHeaderNames.ACCESS_CONTROL_REQUEST_METHOD),
                BearerTokens.tokenOf(request), address, route.group(),
                route.upstreamPath());
        return kernel.admit(view, answerHeaders);
    }
}
