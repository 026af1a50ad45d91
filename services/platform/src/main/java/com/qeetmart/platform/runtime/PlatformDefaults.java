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
 * Adds qeetmart-platform.yml (metrics, tracing, the Prometheus endpoint: what every process
 * configures alike) to every application context, whether started by {@link Launcher} or by a
 * test. It ranks below application.yml, so a service's own file overrides any of it.
 */
@ContextConfigurer
public final class PlatformDefaults implements ApplicationContextConfigurer {

    static final String RESOURCE = "qeetmart-platform.yml";
    static final int POSITION = AbstractPropertySourceLoader.DEFAULT_POSITION - 100;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(load());
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
