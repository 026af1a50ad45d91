package com.qeetmart.platform.directwrite;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The direct write stage (prefix {@code qeetmart.direct-write}): the largest body it takes (a
 * larger one, allowed or not, is Micronaut's to judge).
 */
@ConfigurationProperties("qeetmart.direct-write")
public record DirectWriteSettings(int maxBodyBytes) {
}
