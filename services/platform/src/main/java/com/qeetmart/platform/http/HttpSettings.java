package com.qeetmart.platform.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Who stands in front of the service (prefix {@code qeetmart.http}): the proxies whose
 * X-Forwarded-For is believed, addresses or CIDR blocks (none by default).
 */
@ConfigurationProperties("qeetmart.http")
public record HttpSettings(@Nullable List<String> trustedProxies) {
}
