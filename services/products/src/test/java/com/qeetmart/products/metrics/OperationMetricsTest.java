package com.qeetmart.products.metrics;

import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import com.qeetmart.platform.testing.Eventually;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** /prometheus counts requests per contract operation, by outcome. */
@MicronautTest
class OperationMetricsTest extends CatalogTest {

    @Inject
    ProductsApi products;


    @Test
    void requestsAreCountedByOperationAndOutcome() throws Exception {
        double searchesBefore = count("searchProducts", "200");
        double missingBefore = count("getProduct", "404");

        products.searchProducts(null, null, null, null, null, null, null, null, 0, 5, null);
        products.searchProducts("shoe", null, null, null, null, null, null, null, 0, 5, null);
        products.getProduct(UUID.randomUUID(), null);

        // A request is timed when its answer is written: the scrape may come a moment before that.
        Eventually.await("the three requests in the scrape", Duration.ofSeconds(10),
                () -> count("searchProducts", "200") + "/" + count("getProduct", "404"),
                counts -> counts.equals((searchesBefore + 2) + "/" + (missingBefore + 1)));
    }

    private double count(String operation, String status) {
        String scrape; // /prometheus is on the management port only
        try (HttpClient management = HttpClient.create(java.net.URI.create("http://127.0.0.1:" + managementPort).toURL())) {
            scrape = management.toBlocking().retrieve("/prometheus");
        } catch (java.net.MalformedURLException e) {
            throw new AssertionError(e);
        }
        Matcher line = Pattern.compile("^qeetmart_http_server_requests_seconds_count\\{([^}]*)} (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        double total = 0;
        while (line.find()) {
            String labels = line.group(1);
            if (labels.contains("operation=\"" + operation + "\"") && labels.contains("status=\"" + status + "\"")) {
                total += Double.parseDouble(line.group(2));
            }
        }
        return total;
    }
}
