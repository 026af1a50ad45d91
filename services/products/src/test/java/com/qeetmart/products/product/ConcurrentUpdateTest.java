package com.qeetmart.products.product;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.platform.testing.Race;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class ConcurrentUpdateTest extends CatalogTest {

    @Inject
    ProductsApi products;

    @Test
    void ofManyWritersHoldingTheSameEtagExactlyOneWins() throws Exception {
        asAdmin();
        HttpResponse<Product> created = products.createProduct(new ProductInput("Base", new Money("1", "EUR")), null);
        UUID id = created.body().getId();
        String etag = created.header("ETag");
        int writers = 16;
        List<Integer> codes = Race.of(writers, () -> {
            try {
                return products.updateProduct(id, new ProductInput("Writer", new Money("2", "EUR")), etag).code();
            } catch (HttpClientResponseException e) {
                return e.code();
            }
        });

        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(writers - 1, codes.stream().filter(c -> c == 412).count(), codes.toString());
        assertEquals(2, count("SELECT version FROM product WHERE id = '" + id + "'"));
    }
}
