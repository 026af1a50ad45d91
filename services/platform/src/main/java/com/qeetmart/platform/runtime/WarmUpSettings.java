package com.qeetmart.platform.runtime;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * The warm-up before a service reports ready (prefix {@code qeetmart.warm-up}; defaults in
 * qeetmart-platform.yml): how many requests it sends itself, to which paths, and how long it may
 * take in all.
 */
@ConfigurationProperties("qeetmart.warm-up")
public record WarmUpSettings(int requests, List<String> paths, Duration timeout) {
}
