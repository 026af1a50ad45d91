package com.qeetmart.inventory.catalog;

import com.qeetmart.inventory.InventoryProblem;
import com.qeetmart.platform.errors.DependencyUnavailableException;
import com.qeetmart.platform.errors.UnprocessableException;
import com.qeetmart.products.client.ProductsApi;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Asks the product service, through its generated client, whether a product can have stock. */
@Singleton
public class Catalog {

    private final ProductsApi products;

    Catalog(ProductsApi products) {
        this.products = products;
    }

    /** Passes when the product exists and is not deleted; 422 when it does not; 503 when the catalog is down. */
    public void requireProduct(UUID productId) {
        int status;
        try {
            HttpResponse<?> response = products.getProduct(productId, null);
            status = response.code();
        } catch (HttpClientResponseException e) {
            status = e.code();
        } catch (HttpClientException e) {
            throw new DependencyUnavailableException(InventoryProblem.CATALOG_UNAVAILABLE, "The product catalog cannot be reached; try again", e);
        }
        if (status == 404) {
            throw new UnprocessableException(InventoryProblem.PRODUCT_NOT_FOUND, "productId",
                    "Product " + productId + " is not in the catalog");
        }
        if (status != 200) {
            throw new DependencyUnavailableException(InventoryProblem.CATALOG_UNAVAILABLE, "The product catalog answered " + status + "; try again", null);
        }
    }
}
