package com.qeetmart.platform.problem;

import com.qeetmart.common.api.model.FieldError;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.errors.AuthenticationFailedException;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.DependencyUnavailableException;
import com.qeetmart.platform.errors.InvalidReferenceException;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.errors.StaleVersionException;
import com.qeetmart.platform.errors.TooManyAttemptsException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** One handler per platform domain exception, each mapping it to its problem+json. */
final class DomainProblemHandlers {

    private DomainProblemHandlers() {
    }

    @Singleton
    @Produces
    static final class NotFound implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotFoundException e) {
            return Problems.response(request, ProblemKind.NOT_FOUND, e.getMessage());
        }
    }

    @Singleton
    @Produces
    static final class Conflict implements ExceptionHandler<ConflictException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConflictException e) {
            return Problems.response(request, ProblemKind.CONFLICT, e.code(), e.getMessage(), List.of());
        }
    }

    @Singleton
    @Produces
    static final class StaleVersion implements ExceptionHandler<StaleVersionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, StaleVersionException e) {
            return Problems.response(request, ProblemKind.PRECONDITION_FAILED, e.getMessage());
        }
    }

    @Singleton
    @Produces
    static final class InvalidReference implements ExceptionHandler<InvalidReferenceException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidReferenceException e) {
            return Problems.response(request, ProblemKind.UNPROCESSABLE, e.code(), e.getMessage(),
                    List.of(new FieldError(e.field(), e.getMessage())));
        }
    }

    @Singleton
    @Produces
    static final class AuthenticationFailed
            implements ExceptionHandler<AuthenticationFailedException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, AuthenticationFailedException e) {
            return Problems.response(request, ProblemKind.UNAUTHORIZED, e.code(), e.getMessage(), List.of());
        }
    }

    @Singleton
    @Produces
    static final class TooManyAttempts implements ExceptionHandler<TooManyAttemptsException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TooManyAttemptsException e) {
            return Problems.response(request, ProblemKind.TOO_MANY_REQUESTS, e.getMessage())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
    }

    @Singleton
    @Produces
    static final class DependencyUnavailable
            implements ExceptionHandler<DependencyUnavailableException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, DependencyUnavailableException e) {
            return Problems.response(request, ProblemKind.SERVICE_UNAVAILABLE, e.getMessage());
        }
    }
}
