package com.qeetmart.gateway.routing;

import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.problem.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.client.HttpClientConfiguration;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * What the client gets when its request could not be proxied: 504 when the service took longer
 * than the upstream timeout, 502 when it could not be reached (refused, reset, unresolvable), 413
 * when the body outgrew the size limit on its way.
 */
@Singleton
class UpstreamFailures {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamFailures.class);

    private final String timeout;

    UpstreamFailures(HttpClientConfiguration clientConfiguration) {
        this.timeout = clientConfiguration.getReadTimeout().map(Duration::toMillis).map(ms -> ms + " ms").orElse("its timeout");
    }

    MutableHttpResponse<?> tooLarge(HttpRequest<?> request, long maxRequestSize) {
        return Problems.response(request, ProblemKind.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxRequestSize + " bytes");
    }

    MutableHttpResponse<?> toProblem(HttpRequest<?> request, Route route, Throwable error) {
        // A streamed (chunked) body that grows past the limit fails while it is being proxied.
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContentLengthExceededException) {
                return Problems.response(request, ProblemKind.PAYLOAD_TOO_LARGE, "The request body is too large");
            }
        }
        if (error instanceof ReadTimeoutException) {
            LOG.warn("{} {}: {} did not answer within {}", request.getMethod(), request.getPath(), route.upstream(), timeout);
            return Problems.response(request, ProblemKind.UPSTREAM_TIMEOUT, ProblemKind.UPSTREAM_TIMEOUT.code(),
                    "The " + route.upstream() + " service did not answer within " + timeout, List.of());
        }
        LOG.warn("{} {}: {} unreachable: {}", request.getMethod(), request.getPath(), route.upstream(), error.toString());
        return Problems.response(request, ProblemKind.UPSTREAM_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                "The " + route.upstream() + " service is unavailable", List.of());
    }
}
