package com.qeetmart.products.product;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class ConcurrentUpdateTest extends CatalogTest {

    @Inject
    ProductsApi products;

    @Test
    void ofManyWritersHoldingTheSameEtagExactlyOneWins() throws Exception {
        asAdmin();
        HttpResponse<Product> created = products.createProduct(new ProductInput("Base", new Money("1", "EUR")));
        UUID id = created.body().getId();
        String etag = created.header("ETag");
        int writers = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "Writer " + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return products.updateProduct(id, new ProductInput(name, new Money("2", "EUR")), etag).code();
                } catch (HttpClientResponseException e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> outcome : outcomes) {
            codes.add(outcome.get());
        }
        pool.shutdown();

        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(writers - 1, codes.stream().filter(c -> c == 412).count(), codes.toString());
        assertEquals(2, count("SELECT version FROM product WHERE id = '" + id + "'"));
    }
}
