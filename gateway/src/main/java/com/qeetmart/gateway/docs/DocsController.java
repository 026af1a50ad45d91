package com.qeetmart.gateway.docs;

import com.qeetmart.gateway.api.DocsApi;
import com.qeetmart.gateway.api.model.ApiSpec;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The API reference portal: one page (Swagger UI, bundled in the jar) over every spec. */
@Controller
class DocsController implements DocsApi {

    private final String page;
    private final List<ApiSpec> specs;

    DocsController(ResourceResolver resources, ApiSpecs apiSpecs) {
        this.page = read(resources, "classpath:docs/portal.html");
        this.specs = apiSpecs.all().stream()
                .map(spec -> new ApiSpec(spec.name(), spec.title(), "/" + ApiSpecs.LOCATION + spec.name() + ".yaml"))
                .toList();
    }

    @Override
    public HttpResponse<String> getDocsPortal() {
        return HttpResponse.ok(page).contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Override
    public HttpResponse<List<ApiSpec>> listApiSpecs() {
        return HttpResponse.ok(specs);
    }

    private static String read(ResourceResolver resources, String path) {
        try (InputStream in = resources.getResourceAsStream(path)
                .orElseThrow(() -> new ConfigurationException("Missing " + path))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read " + path + ": " + e.getMessage());
        }
    }
}
