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
        assertEquals(200, gateway.get("/docs/sdk/java/com/qeetmart/sdk/QeetMart.html").statusCode());
        assertEquals(200, gateway.get("/docs/sdk/typescript/classes/QeetMart.html").statusCode());
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

    @Test
    @SuppressWarnings("unchecked")
    void thePortalOpensOnAnOverviewOfEveryApiAndBothSdkReferences() throws Exception {
        Map<String, Object> result = runDriver();

        assertEquals(List.of(), result.get("errors"));
        Map<String, Object> overview = (Map<String, Object>) result.get("overview");
        assertEquals(specs.all().stream().map(ApiSpecDocument::title).toList(), overview.get("apis"));
        assertEquals(false, overview.get("swaggerShown"), "no API's reference until one is chosen");
        Map<String, String> sdkTitles = (Map<String, String>) result.get("sdkTitles");
        assertEquals(List.of("/docs/sdk/java/index.html", "/docs/sdk/typescript/index.html"), overview.get("sdks"));
        assertTrue(sdkTitles.get("/docs/sdk/java/index.html").contains("QeetMart Java SDK"), sdkTitles.toString());
        assertTrue(sdkTitles.get("/docs/sdk/typescript/index.html").contains("QeetMart TypeScript SDK"), sdkTitles.toString());
    }

    private Map<String, Object> driven;

    // One browser run serves every test: it visits the overview, each API and each SDK reference.
    private Map<String, Object> runDriver() throws IOException, InterruptedException {
        if (driven == null) {
            driven = drive();
        }
        return driven;
    }

    private Map<String, Object> drive() throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", "docs-portal.mjs", "http://127.0.0.1:" + gateway.port())
                .directory(DRIVER.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "the browser did not finish");
        assertEquals(0, node.exitValue(), output);
        return GatewayClient.json(output);
    }
}
