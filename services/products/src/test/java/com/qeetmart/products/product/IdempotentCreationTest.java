package com.qeetmart.products.product;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.RawHttp;
import com.qeetmart.platform.testing.RawHttp.Answer;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.qeetmart.products.product.ProductsApiTest.shoe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A creation sent again with its Idempotency-Key (after a timeout, say) creates nothing more: the
 * repeat gets the first answer, marked Idempotent-Replayed. The mechanism is the platform's, the
 * same for every creating POST of every service.
 */
@MicronautTest(transactional = false)
class IdempotentCreationTest extends CatalogTest {

    @Inject
    ProductsApi products;

    private final String admin = ISSUER.adminToken();

    @BeforeEach
    void asOneAdministrator() {
        DB.execute("TRUNCATE idempotent_write");
        caller.use(admin);
    }

    @Test
    void aRepeatIsAnsweredWithTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        HttpResponse<Product> first = products.createProduct(shoe(), key);
        HttpResponse<Product> repeat = products.createProduct(shoe(), key);

        assertEquals(201, repeat.code());
        assertEquals(first.body().getId(), repeat.body().getId());
        assertEquals(first.body().getName(), repeat.body().getName());
        assertEquals(first.header(HttpHeaders.LOCATION), repeat.header(HttpHeaders.LOCATION));
        assertEquals(first.header(HttpHeaders.ETAG), repeat.header(HttpHeaders.ETAG));
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals("true", repeat.header("Idempotent-Replayed"));
        assertEquals(1, count("SELECT count(*) FROM product"));
    }

    @Test
    void theSameKeyForAnotherRequestIs422AndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        products.createProduct(shoe(), key);

        Problem problem = problemOf(422, () -> products.createProduct(shoe().name("Another shoe"), key));

        assertEquals("/problems/idempotency-key-reused", problem.getType());
        assertEquals("IDEMPOTENCY_KEY_REUSED", problem.getCode());
        assertEquals("Idempotency-Key", problem.getErrors().get(0).getField());
        assertEquals(1, count("SELECT count(*) FROM product"));
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        products.createProduct(shoe(), null);
        products.createProduct(shoe(), null);

        assertEquals(2, count("SELECT count(*) FROM product"));
        assertEquals(0, count("SELECT count(*) FROM idempotent_write"));
    }

    @Test
    void aRefusedRequestKeepsNothingSoItsCorrectionMayUseTheKey() {
        String key = UUID.randomUUID().toString();
        problemOf(422, () -> products.createProduct(shoe().price(new Money("1.00", "ZZZ")), key));

        assertEquals(201, products.createProduct(shoe(), key).code());
        assertEquals(1, count("SELECT count(*) FROM product"));
    }

    @Test
    void aKeyOverItsLimitOrWithANulIs400AndKeepsNothing() throws Exception {
        // Sent raw: the generated client would refuse both itself, before the service could.
        String body = "{\"name\": \"Shoe\", \"price\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}";
        for (String key : List.of("k".repeat(101), "a%00b", "")) {
            Answer answer = answerTo(RawHttp.request("POST", "/products", body, "Authorization: Bearer " + admin + "\r\n",
                    "Idempotency-Key: " + key.replace("%00", "\0") + "\r\n"));
            assertEquals(400, answer.status(), key + ": " + answer.body());
            assertEquals("application/problem+json", answer.header("Content-Type"));
        }
        assertEquals(0, count("SELECT count(*) FROM product"));
        assertEquals(0, count("SELECT count(*) FROM idempotent_write"));
    }

    @Test
    void anotherCallersKeyNeverMatches() {
        String key = UUID.randomUUID().toString();
        products.createProduct(shoe(), key);
        caller.use(ISSUER.adminToken());

        HttpResponse<Product> other = products.createProduct(shoe(), key);

        assertNull(other.header("Idempotent-Replayed"));
        assertEquals(2, count("SELECT count(*) FROM product"));
    }

    @Test
    void concurrentRepeatsCreateOnceAndAllGetTheSameProduct() throws Exception {
        String key = UUID.randomUUID().toString();
        Callable<UUID> create = () -> products.createProduct(shoe(), key).body().getId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<UUID>> answers = pool.invokeAll(java.util.Collections.nCopies(8, create));
            for (Future<UUID> answer : answers) {
                assertEquals(answers.get(0).get(), answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT count(*) FROM product"));
    }
}
