package com.qeetmart.platform.testing;

import com.qeetmart.common.api.model.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.function.ThrowingSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Asserts the shape every error answer must have. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /**
     * Runs a call that must fail with {@code status}, checks it answered problem+json carrying
     * the response's correlation id, and returns the problem. (Micronaut clients raise 4xx/5xx as
     * exceptions, except 404, which they return.)
     */
    public static Problem problemOf(int status, ThrowingSupplier<HttpResponse<?>> call) {
        HttpResponse<?> response;
        try {
            response = call.get();
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        } catch (Throwable t) {
            throw new AssertionError("expected an HTTP " + status + " answer", t);
        }
        HttpResponse<?> answer = response;
        assertEquals(status, answer.getStatus().getCode(), () -> "body: " + answer.getBody(String.class));
        assertEquals("application/problem+json", answer.getContentType().orElseThrow().toString());
        Problem problem = answer.getBody(Problem.class).orElseThrow();
        assertEquals(status, problem.getStatus());
        assertEquals(answer.header("x-correlation-id"), problem.getCorrelationId());
        return problem;
    }
}
