package com.qeetmart.platform.events.webhook;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How webhooks are delivered ({@code qeetmart.events.webhooks}): how many at once, how long a
 * claimed delivery is held before another replica may take it, the connect and answer timeouts,
 * how much of an answer's head is read, the retry schedule (exponential from {@code retryBase}
 * to {@code retryMaxDelay}, with jitter, for {@code retryFor}), when an endpoint that keeps
 * failing is disabled, how long a rotated secret still signs, and which URLs are allowed:
 * https only when {@code requireHttps}, and never a loopback, private, link-local or metadata
 * address unless it is inside one of {@code allowedNetworks} (CIDR blocks; tests allow loopback).
 */
@ConfigurationProperties("qeetmart.events.webhooks")
public record WebhookSettings(int concurrency, Duration lease, Duration connectTimeout, Duration timeout,
                              int maxResponseHeadBytes, Duration retryBase, Duration retryMaxDelay, Duration retryFor,
                              Duration disableAfter, Duration secretGrace, boolean requireHttps,
                              List<String> allowedNetworks) {

    public WebhookSettings {
        allowedNetworks = allowedNetworks == null ? List.of()
                : allowedNetworks.stream().map(String::trim).filter(block -> !block.isEmpty()).toList();
    }
}
