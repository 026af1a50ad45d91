package com.qeetmart.platform.runtime;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What every service and the gateway share, applied to every application context they build, the
 * process's own and each test's: qeetmart-platform.yml (metrics, tracing, the Prometheus endpoint),
 * ranked below application.yml so a service's own file overrides any of it; and no start-up
 * banner, because standard output carries only the JSON log lines, one per event, and the banner
 * would be the one a log shipper cannot parse.
 */
@ContextConfigurer
public final class PlatformDefaults implements ApplicationContextConfigurer {

    static final String RESOURCE = "qeetmart-platform.yml";
    static final int POSITION = AbstractPropertySourceLoader.DEFAULT_POSITION - 100;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.banner(false).propertySources(load());
    }

    static PropertySource load() {
        try (InputStream in = PlatformDefaults.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the platform jar");
            }
            Map<String, Object> values = new YamlPropertySourceLoader().read(RESOURCE, in);
            return PropertySource.of("qeetmart-platform", values, POSITION);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
