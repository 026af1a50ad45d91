package com.qeetmart.platform.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

/**
 * Who stands in front of the service and who a client is (prefix {@code qeetmart.http}): the
 * proxies whose X-Forwarded-For is believed, addresses or CIDR blocks (none by default), and the
 * IPv6 network prefix one client is counted by in per-address limits ({@link AddressBlocks}).
 */
@ConfigurationProperties("qeetmart.http")
public record HttpSettings(@Nullable List<String> trustedProxies, @Bindable(defaultValue = "64") int ipv6Prefix) {
}
