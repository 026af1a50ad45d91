package com.qeetmart.gateway.edge;

import com.qeetmart.platform.edge.AdmissionKernel;
import com.qeetmart.platform.edge.AnswerHeaders;
import com.qeetmart.platform.edge.EdgeRequest;
import com.qeetmart.platform.security.BearerTokens;
import com.qeetmart.platform.edge.Verdict;
import com.qeetmart.platform.http.ClientOrigins;
import com.qeetmart.platform.http.FilterOrder;
import com.qeetmart.platform.problem.Problems;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The edge's checks ({@link AdmissionKernel}) in front of the gateway's own operations (/docs,
 * /health/services, unknown paths), as the proxy stage runs them in front of /api/v1: this filter
 * only translates Micronaut's request into the checks' view and their verdict into an answer.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class EdgeAdmissionFilter implements HttpServerFilter {

    private final AdmissionKernel kernel;
    private final ClientOrigins origins;

    EdgeAdmissionFilter(AdmissionKernel kernel, ClientOrigins origins) {
        this.kernel = kernel;
        this.origins = origins;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        HttpHeaders headers = request.getHeaders();
        EdgeRequest view = new EdgeRequest(request.getMethodName(), request.getPath(), headers.get(HttpHeaders.HOST),
                headers.get(HttpHeaders.ORIGIN), headers.contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD),
                BearerTokens.tokenOf(headers.get(HttpHeaders.AUTHORIZATION)), origins.of(request).ipAddress(), null, null);
        AnswerHeaders answerHeaders = new AnswerHeaders();
        return Mono.fromCompletionStage(kernel.admit(view, answerHeaders)).flatMapMany(verdict -> {
            Publisher<MutableHttpResponse<?>> answers;
            if (verdict instanceof Verdict.Refusal refusal) {
                answers = Flux.just(withHeaders(Problems.response(request, refusal.kind(), refusal.detail()), refusal.headers()));
            } else if (verdict instanceof Verdict.Answer answer) {
                answers = Flux.just(withHeaders(HttpResponse.status(HttpStatus.valueOf(answer.status())), answer.headers()));
            } else {
                answers = chain.proceed(request);
            }
            return Flux.from(answers).map(response -> {
                answerHeaders.applyTo((name, value) -> response.getHeaders().set(name.toString(), value),
                        (name, value) -> response.getHeaders().add(name.toString(), value));
                return response;
            });
        });
    }

    private static MutableHttpResponse<?> withHeaders(MutableHttpResponse<?> response, List<AnswerHeaders.Header> headers) {
        AnswerHeaders.applyTo(headers, (name, value) -> response.getHeaders().set(name.toString(), value),
                (name, value) -> response.getHeaders().add(name.toString(), value));
        return response;
    }

    @Override
    public int getOrder() {
        return FilterOrder.EDGE_ADMISSION;
    }
}
