package com.qeetmart.products.variant;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.api.model.ProductStatus;
import com.qeetmart.products.api.model.ProductVariant;
import com.qeetmart.products.api.model.ProductVariantInput;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.client.VariantsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@MicronautTest(transactional = false)
class VariantsApiTest extends CatalogTest {

    @Inject
    ProductsApi products;
    @Inject
    VariantsApi variants;

    UUID product;

    @BeforeEach
    void seed() {
        asAdmin();
        product = products.createProduct(new ProductInput("Tee", new Money("15.00", "EUR"))
                .status(ProductStatus.ACTIVE), null).body().getId();
    }

    @Test
    void variantsAreCreatedAndListedInSkuOrder() {
        variants.createProductVariant(product, new ProductVariantInput("TEE-M", "Medium"), null);
        HttpResponse<ProductVariant> large = variants.createProductVariant(product,
                new ProductVariantInput("TEE-L", "Large").price(new Money("17", "EUR")), null);
        anonymous();

        List<ProductVariant> listed = variants.listProductVariants(product, 0, 20, null).body().getItems();

        assertEquals(List.of("TEE-L", "TEE-M"), listed.stream().map(ProductVariant::getSku).toList());
        assertEquals("17.00", listed.get(0).getPrice().getAmount());
        assertNull(listed.get(1).getPrice());
        assertEquals("/products/" + product + "/variants/" + large.body().getId(), large.header("Location"));
    }

    @Test
    void skuIsUniqueAcrossTheCatalogIgnoringCase() {
        variants.createProductVariant(product, new ProductVariantInput("TEE-M", "Medium"), null);
        UUID other = products.createProduct(new ProductInput("Other", new Money("1", "EUR")), null).body().getId();

        Problem problem = problemOf(409, () -> variants.createProductVariant(other,
                new ProductVariantInput("tee-m", "Clash"), null));

        assertEquals("SKU_TAKEN", problem.getCode());
        assertEquals(1, count("SELECT count(*) FROM product_variant"));
    }

    @Test
    void deletedVariantKeepsItsSkuTaken() {
        UUID id = variants.createProductVariant(product, new ProductVariantInput("TEE-S", "Small"), null).body().getId();
        variants.deleteProductVariant(product, id, null);

        problemOf(404, () -> variants.getProductVariant(product, id, null));
        problemOf(409, () -> variants.createProductVariant(product, new ProductVariantInput("TEE-S", "Again"), null));
    }

    @Test
    void deletingTheProductSoftDeletesItsVariants() {
        variants.createProductVariant(product, new ProductVariantInput("TEE-M", "Medium"), null);
        products.deleteProduct(product, null);

        problemOf(404, () -> variants.listProductVariants(product, 0, 20, null));
        assertEquals(1, count("SELECT count(*) FROM product_variant WHERE deleted_at IS NOT NULL"));
    }

    @Test
    void staleVariantUpdateIs412() {
        HttpResponse<ProductVariant> created = variants.createProductVariant(product,
                new ProductVariantInput("TEE-M", "Medium"), null);
        UUID id = created.body().getId();
        variants.updateProductVariant(product, id, new ProductVariantInput("TEE-M", "Medium (fitted)"),
                created.header("ETag"));

        problemOf(412, () -> variants.updateProductVariant(product, id,
                new ProductVariantInput("TEE-M", "Lost"), created.header("ETag")));
    }

    @Test
    void variantOfAnotherProductIsNotFound() {
        UUID id = variants.createProductVariant(product, new ProductVariantInput("TEE-M", "Medium"), null).body().getId();
        UUID other = products.createProduct(new ProductInput("Other", new Money("1", "EUR")), null).body().getId();
        problemOf(404, () -> variants.getProductVariant(other, id, null));
    }

    @Test
    void variantWritesNeedAdmin() {
        asUser();
        problemOf(403, () -> variants.createProductVariant(product, new ProductVariantInput("X-1", "X"), null));
    }
}
