package com.qeetmart.sdk;

import javax.net.ssl.SSLSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Flow;

/**
 * An answer whose body is already in hand (the ETag cache's copy, a plugged {@link Transport}'s),
 * handed to the caller's body handler as if it had just arrived: once asked for, then complete.
 */
final class ReplayedResponse {

    /** What the answer says of where it came from. */
    record Origin(HttpRequest request, URI uri, HttpClient.Version version, Optional<SSLSession> sslSession) {
    }

    private ReplayedResponse() {
    }

    static <T> HttpResponse<T> of(Origin origin, int status, HttpHeaders headers, byte[] body,
                                  HttpResponse.BodyHandler<T> handler) throws IOException {
        HttpResponse.ResponseInfo info = new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpHeaders headers() {
                return headers;
            }

            @Override
            public HttpClient.Version version() {
                return origin.version();
            }
        };
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(info);
        byte[] bytes = body == null ? new byte[0] : body;
        subscriber.onSubscribe(new Flow.Subscription() {
            private boolean delivered;

            @Override
            public synchronized void request(long n) {
                if (delivered || n <= 0) {
                    return;
                }
                delivered = true;
                if (bytes.length > 0) {
                    subscriber.onNext(List.of(ByteBuffer.wrap(bytes)));
                }
                subscriber.onComplete();
            }

            @Override
            public synchronized void cancel() {
                delivered = true;
            }
        });
        T value;
        try {
            value = subscriber.getBody().toCompletableFuture().join();
        } catch (RuntimeException e) {
            throw new IOException("The answer's body could not be read", e);
        }
        return new Replayed<>(origin, status, headers, value);
    }

    private record Replayed<T>(Origin origin, int statusCode, HttpHeaders headers, T body) implements HttpResponse<T> {

        @Override
        public HttpRequest request() {
            return origin.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return origin.sslSession();
        }

        @Override
        public URI uri() {
            return origin.uri();
        }

        @Override
        public HttpClient.Version version() {
            return origin.version();
        }
    }
}
