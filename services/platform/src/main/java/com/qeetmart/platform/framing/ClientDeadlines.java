package com.qeetmart.platform.framing;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a connection may keep the server waiting for its client ({@code qeetmart.http.client},
 * as nginx's {@code client_header_timeout}, {@code client_body_timeout} and
 * {@code keepalive_timeout}): a complete request head within {@code timeout} of the connection
 * opening or of its last answer (so an idle keep-alive connection closes too), and no longer than
 * that between two pieces of a body.
 */
@ConfigurationProperties("qeetmart.http.client")
public record ClientDeadlines(Duration timeout) {
}
