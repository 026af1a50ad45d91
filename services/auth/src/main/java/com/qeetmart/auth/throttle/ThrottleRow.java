package com.qeetmart.auth.throttle;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("login_throttle")
record ThrottleRow(@Id String key, int failures, Instant windowStartedAt) {
}
