package com.qeetmart.platform.directread;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The direct read stage (prefix {@code qeetmart.direct-read}): the threads its reads block on. */
@ConfigurationProperties("qeetmart.direct-read")
public record DirectReadSettings(int threads) {
}
