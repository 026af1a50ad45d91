package com.qeetmart.inventory.catalog;

import com.qeetmart.inventory.InventoryProblem;
import com.qeetmart.platform.errors.DependencyUnavailableException;
import com.qeetmart.products.client.ProductsApi;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a product is in the public catalog, so that the stock of a product not yet published
 * (DRAFT) is shown to admins only. The catalog is asked with the caller's own (non-admin) token,
 * so it answers exactly what that caller may see; each answer is remembered for
 * {@link #REMEMBERED} (a product published or withdrawn shows its stock, or stops, within that).
 * With the catalog unreachable and nothing remembered the answer is 503, never a guess.
 */
@Singleton
public class PublishedProducts {

    static final Duration REMEMBERED = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    private record Answer(boolean published, long until) {
    }

    private final ProductsApi products;
    private final Map<UUID, Answer> answers = new ConcurrentHashMap<>();

    PublishedProducts(ProductsApi products) {
        this.products = products;
    }

    public boolean isPublished(UUID productId) {
        long now = System.currentTimeMillis();
        Answer known = answers.get(productId);
        if (known != null && now < known.until()) {
            return known.published();
        }
        boolean published = ask(productId);
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear();
        }
        answers.put(productId, new Answer(published, now + REMEMBERED.toMillis()));
        return published;
    }

    private boolean ask(UUID productId) {
        try {
            return products.getProduct(productId, null).code() == 200;
        } catch (HttpClientResponseException e) {
            if (e.code() == 404) {
                return false;
            }
            throw new DependencyUnavailableException(InventoryProblem.CATALOG_UNAVAILABLE, "The product catalog answered " + e.code() + "; try again", e);
        } catch (HttpClientException e) {
            throw new DependencyUnavailableException(InventoryProblem.CATALOG_UNAVAILABLE, "The product catalog cannot be reached; try again", e);
        }
    }
}
