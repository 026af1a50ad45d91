package com.qeetmart.inventory.support;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.security.Caller;
import com.qeetmart.platform.security.Callers;
import com.qeetmart.products.api.ProductsApi;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.api.model.ProductPage;
import com.qeetmart.products.api.model.ProductSort;
import com.qeetmart.products.api.model.ProductStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The product catalog as inventory's tests need it: the real generated products interface (so the
 * contract is the real one), serving whichever products a test put in it.
 */
@Singleton
@Controller
public class FakeCatalog implements ProductsApi {

    private final Set<UUID> products = ConcurrentHashMap.newKeySet();
    private final Set<UUID> drafts = ConcurrentHashMap.newKeySet();
    private final Callers callers;

    FakeCatalog(Callers callers) {
        this.callers = callers;
    }

    public UUID add() {
        return add(UUID.randomUUID());
    }

    /** A published product with this id. */
    public UUID add(UUID id) {
        products.add(id);
        return id;
    }

    /** A product not published yet: like the real catalog, it is there for admins only. */
    public UUID addDraft() {
        UUID id = add();
        drafts.add(id);
        return id;
    }

    @Override
    public HttpResponse<Product> getProduct(UUID productId, String ifNoneMatch) {
        boolean admin = callers.find().map(Caller::isAdmin).orElse(false);
        if (!products.contains(productId) || (drafts.contains(productId) && !admin)) {
            throw new NotFoundException("Product", productId);
        }
        return HttpResponse.ok(new Product(productId, "Test product",
                drafts.contains(productId) ? ProductStatus.DRAFT : ProductStatus.ACTIVE, new Money("1.00", "EUR"),
                Map.of(), 1L, OffsetDateTime.now(), OffsetDateTime.now()));
    }

    @Override
    public HttpResponse<ProductPage> searchProducts(String q, UUID categoryId, String brand, ProductStatus status,
                                                    String minPrice, String maxPrice, String currency, ProductSort sort,
                                                    Integer page, Integer size, String ifNoneMatch) {
        throw new UnsupportedOperationException("not used by inventory");
    }

    @Override
    public HttpResponse<Product> createProduct(ProductInput productInput, String idempotencyKey) {
        throw new UnsupportedOperationException("not used by inventory");
    }

    @Override
    public HttpResponse<Product> updateProduct(UUID productId, ProductInput productInput, String ifMatch) {
        throw new UnsupportedOperationException("not used by inventory");
    }

    @Override
    public HttpResponse<Void> deleteProduct(UUID productId, String ifMatch) {
        throw new UnsupportedOperationException("not used by inventory");
    }
}
