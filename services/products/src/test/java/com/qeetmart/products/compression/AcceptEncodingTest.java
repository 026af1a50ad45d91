package com.qeetmart.products.compression;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.api.model.ProductStatus;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A large answer is compressed only in encodings clients decode: "anything" gets gzip, never snappy. */
@MicronautTest(transactional = false)
class AcceptEncodingTest extends CatalogTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ProductsApi products;

    private HttpResponse<byte[]> catalogAccepting(String encodings) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/products?size=50"))
                .header("Accept-Encoding", encodings).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anyEncodingMeansGzipAndSnappyIsNeverUsed() throws Exception {
        asAdmin();
        for (int i = 0; i < 30; i++) {
            products.createProduct(new ProductInput("Lamp number " + i + " with a long enough name to compress",
                    new Money("20.00", "EUR")).status(ProductStatus.ACTIVE), null);
        }
        HttpResponse<byte[]> anything = catalogAccepting("*");
        assertEquals(200, anything.statusCode());
        assertEquals("gzip", anything.headers().firstValue("Content-Encoding").orElse("none"));
        String body = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(anything.body())).readAllBytes());
        assertTrue(body.contains("Lamp number 29"), "a gzip body any client decodes");

        HttpResponse<byte[]> snappyOnly = catalogAccepting("snappy");
        assertEquals("none", snappyOnly.headers().firstValue("Content-Encoding").orElse("none"), "not snappy");
    }
}
