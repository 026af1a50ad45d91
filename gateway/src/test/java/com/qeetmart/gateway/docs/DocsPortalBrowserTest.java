package com.qeetmart.gateway.docs;

import com.qeetmart.gateway.support.GatewayClient;
import com.qeetmart.gateway.support.GatewayTest;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal as a reader sees it: Debian's headless Chromium (driven by Playwright, see
 * src/test/browser; installed by ci/browser-deps) opens /docs under the gateway's real content
 * security policy and must list, for every API, exactly the operations its spec declares.
 */
@MicronautTest
class DocsPortalBrowserTest extends GatewayTest {

    private static final Path DRIVER = Path.of("src/test/browser");

    @Inject
    ApiSpecs specs;

    @BeforeAll
    void browserIsInstalled() {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertTrue(Files.isExecutable(Path.of(chromium)), chromium + " is missing: run ci/browser-deps");
        assertTrue(Files.isDirectory(DRIVER.resolve("node_modules/playwright-core")),
                "playwright-core is missing in " + DRIVER + ": run ci/browser-deps");
    }

    @Test
    void thePortalIsServedWithItsAssetsFromTheGateway() throws IOException {
        HttpResponse<String> page = gateway.get("/docs");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("/docs/ui/swagger-ui-bundle.js"));
        assertEquals(200, gateway.get("/docs/ui/swagger-ui-bundle.js").statusCode());
        assertEquals(200, gateway.get("/docs/specs/common/components.yaml").statusCode());
        List<?> listed = JsonMapper.createDefault().readValue(gateway.get("/docs/specs").body(), Argument.listOf(Map.class));
        assertEquals(specs.all().size(), listed.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachApiIsRenderedWithEveryOperationOfItsSpec() throws Exception {
        Map<String, Object> result = runDriver();

        assertEquals(List.of(), result.get("errors"));
        Map<String, List<String>> shown = (Map<String, List<String>>) result.get("apis");
        Map<String, String> titles = (Map<String, String>) result.get("titles");
        for (ApiSpecDocument spec : specs.all()) {
            List<String> declared = spec.operations().stream().map(ApiSpecDocument.Operation::operationId).sorted().toList();
            assertEquals(declared, shown.get(spec.name()).stream().sorted().toList(), spec.name());
            assertTrue(titles.get(spec.name()).startsWith(spec.title()), titles.get(spec.name()));
        }
    }

    private Map<String, Object> runDriver() throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", "docs-portal.mjs", "http://127.0.0.1:" + gateway.port())
                .directory(DRIVER.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "the browser did not finish");
        assertEquals(0, node.exitValue(), output);
        return GatewayClient.json(output);
    }
}
