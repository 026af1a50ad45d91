package com.qeetmart.products.partner;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.RawHttp;
import com.qeetmart.products.api.model.CategoryInput;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.client.CategoriesApi;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A partner application's token at the catalog: what its scopes open (the contract's
 * `bearerAuth: [ADMIN, 'catalog:write']`), what they do not (403 INSUFFICIENT_SCOPE naming the
 * scope), and that people keep exactly the access their roles gave them.
 */
@MicronautTest(transactional = false)
class PartnerScopesTest extends CatalogTest {

    @Inject
    CategoriesApi categories;
    @Inject
    ProductsApi products;

    private final UUID clientId = UUID.randomUUID();

    @Test
    void anApplicationHoldingCatalogWriteManagesTheCatalogAndSeesItsDrafts() {
        caller.use(ISSUER.applicationToken(clientId, "catalog:write"));
        assertEquals(201, categories.createCategory(new CategoryInput("Socks", "socks"), null).code());
        Product draft = products.createProduct(new ProductInput("Wool sock", new Money("9.50", "EUR")), null).body();
        assertEquals(200, products.getProduct(draft.getId(), null).code(), "who may change the catalog sees its drafts");

        asUser();
        assertEquals("NOT_FOUND", problemOf(404, () -> products.getProduct(draft.getId(), null)).getCode(),
                "a shopper still does not");
    }

    @Test
    void anApplicationWithoutTheScopeIsToldWhichOneOpensTheOperation() throws Exception {
        String token = ISSUER.applicationToken(clientId, "inventory:write");
        caller.use(token);
        Problem problem = problemOf(403, () -> categories.createCategory(new CategoryInput("Socks", "socks"), null));
        assertEquals("INSUFFICIENT_SCOPE", problem.getCode());
        assertEquals("/problems/insufficient-scope", problem.getType());

        RawHttp.Answer answer = answerTo(RawHttp.request("POST", "/categories", "{\"name\":\"Socks\",\"slug\":\"socks\"}",
                "Authorization: Bearer " + token + "\r\n"));
        assertEquals(403, answer.status());
        assertEquals("Bearer error=\"insufficient_scope\", scope=\"catalog:write\"", answer.header("WWW-Authenticate"));
        assertEquals(0, count("SELECT count(*) FROM category"));
    }

    @Test
    void aScopeNamedLikeARoleIsNeverTakenForTheRole() {
        caller.use(ISSUER.applicationToken(clientId, "ADMIN"));
        assertEquals("INSUFFICIENT_SCOPE", problemOf(403, () -> categories.createCategory(new CategoryInput("Socks", "socks"), null)).getCode());
    }

    @Test
    void peopleKeepWhatTheirRolesGave() {
        asAdmin();
        assertEquals(201, categories.createCategory(new CategoryInput("Boots", "boots"), null).code());
        asUser();
        assertEquals("FORBIDDEN", problemOf(403, () -> categories.createCategory(new CategoryInput("Hats", "hats"), null)).getCode());
    }
}
