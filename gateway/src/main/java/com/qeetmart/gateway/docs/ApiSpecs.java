package com.qeetmart.gateway.docs;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI documents of every QeetMart API, as the build packed them from
 * {@code contracts/openapi} (under {@code docs/specs} on the classpath). The portal shows them and
 * the gateway reads from them which operations are public, so both say what the contracts say.
 */
@Singleton
public class ApiSpecs {

    /** The gateway's own API first, then the services behind it. */
    public static final List<String> NAMES = List.of("gateway", "auth", "users", "products", "inventory");
    public static final String LOCATION = "docs/specs/";

    private final List<ApiSpecDocument> documents;

    ApiSpecs(ResourceResolver resources) {
        this.documents = NAMES.stream().map(name -> load(resources, name)).toList();
    }

    public List<ApiSpecDocument> all() {
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static ApiSpecDocument load(ResourceResolver resources, String name) {
        String path = LOCATION + name + ".yaml";
        try (InputStream in = resources.getResourceAsStream("classpath:" + path)
                .orElseThrow(() -> new ConfigurationException("Missing API spec on the classpath: " + path))) {
            Map<String, Object> document = new Yaml(new LoaderOptions()).load(in);
            return new ApiSpecDocument(name, document);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read API spec " + path + ": " + e.getMessage());
        }
    }
}
