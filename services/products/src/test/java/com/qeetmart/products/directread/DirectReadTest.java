package com.qeetmart.products.directread;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.api.model.ProductStatus;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.platform.testing.RawHttp;
import com.qeetmart.platform.testing.RawHttp.Answer;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads by id are answered below Micronaut (the platform's direct read stage): what a client sees
 * must be what the controller gives, and everything the stage does not answer itself must reach
 * Micronaut in order, on the same connection.
 */
@MicronautTest(transactional = false)
class DirectReadTest extends CatalogTest {

    @Inject
    ProductsApi products;

    private UUID create(ProductStatus status) {
        asAdmin();
        UUID id = products.createProduct(new ProductInput("Trail runner 3", new Money("89.90", "EUR"))
                .brand("Ridge").status(status), null).body().getId();
        anonymous();
        return id;
    }

    @Test
    void aReadByIdHasTheBodyAndHeadersOfTheControllersAnswers() throws Exception {
        UUID id = create(ProductStatus.ACTIVE);
        try (RawHttp http = raw()) {
            List<Answer> answers = http.send(RawHttp.get("/products/" + id, "X-Correlation-Id: trace-me-1\r\n"),
                    RawHttp.get("/products?brand=Ridge")).read(2);

            Answer read = answers.get(0);
            assertEquals(200, read.status());
            assertEquals("application/json", read.header("Content-Type"));
            assertEquals("\"1\"", read.header("ETag"));
            assertEquals("public, max-age=5, stale-while-revalidate=15", read.header("Cache-Control"));
            assertEquals("Authorization, Accept-Encoding", read.header("Vary"), "varies by caller and by content coding");
            assertEquals("trace-me-1", read.header("X-Correlation-Id"));
            assertTrue(read.header("Date").endsWith(" GMT"));
            // The search (Micronaut's own answer) shows the same product with the same JSON.
            Map<?, ?> page = json.readValue(answers.get(1).body(), Map.class);
            assertEquals(json.readValue(read.body(), Map.class), ((List<?>) page.get("items")).get(0));
        }
    }

    @Test
    void pipelinedReadsAreAnsweredInOrderWhateverAnswersThem() throws Exception {
        UUID id = create(ProductStatus.ACTIVE);
        UUID draft = create(ProductStatus.DRAFT);
        try (RawHttp http = raw()) {
            List<Answer> answers = http.send(
                    RawHttp.get("/products/" + id),
                    RawHttp.get("/products/" + draft),        // hidden: Micronaut's 404
                    RawHttp.get("/products/" + id, "If-None-Match: \"1\"\r\n"),
                    RawHttp.get("/products/not-a-uuid"),      // Micronaut's 400
                    RawHttp.get("/products/" + id.toString().toUpperCase())).read(5);

            assertEquals(List.of(200, 404, 304, 400, 200), answers.stream().map(Answer::status).toList());
            assertEquals("application/problem+json", answers.get(1).header("Content-Type"));
            assertEquals("no-store", answers.get(1).header("Cache-Control"));
            assertTrue(answers.get(1).body().contains("/problems/not-found"));
            assertEquals("", answers.get(2).body());
            assertTrue(answers.get(4).body().contains(id.toString()));
        }
    }

    @Test
    void anAdminSeesADraftThatAnonymousCallersDoNot() throws Exception {
        UUID draft = create(ProductStatus.DRAFT);
        try (RawHttp http = raw()) {
            List<Answer> answers = http.send(
                    RawHttp.get("/products/" + draft, "Authorization: Bearer " + ISSUER.adminToken() + "\r\n"),
                    RawHttp.get("/products/" + draft, "Authorization: Bearer " + ISSUER.userToken() + "\r\n"),
                    RawHttp.get("/products/" + draft, "Authorization: Bearer not.a.token\r\n")).read(3);

            assertEquals(List.of(200, 404, 404), answers.stream().map(Answer::status).toList());
            assertEquals("private, no-cache", answers.get(0).header("Cache-Control"));
        }
    }

    @Test
    void whatTheStageDoesNotUnderstandIsMicronautsToAnswer() throws Exception {
        UUID id = create(ProductStatus.ACTIVE);
        try (RawHttp http = raw()) {
            List<Answer> answers = http.send(
                    RawHttp.get("/products/" + id, "Accept: text/html\r\n"),
                    "GET /products/" + id + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}",
                    RawHttp.get("/products/" + id + "/")).read(3);

            assertEquals(406, answers.get(0).status());
            assertEquals("application/problem+json", answers.get(0).header("Content-Type"));
            assertEquals(200, answers.get(1).status()); // Micronaut ignores a GET's body
            assertEquals(id.toString(), json.readValue(answers.get(1).body(), Map.class).get("id"));
            assertTrue(answers.get(2).status() == 200 || answers.get(2).status() == 404);
        }
    }

    @Test
    void aReadThatFailsIsMicronautsToAnswerAndTheConnectionGoesOn() throws Exception {
        UUID id = create(ProductStatus.ACTIVE);
        try (RawHttp http = raw()) {
            List<Answer> answers = http.send(RawHttp.get(FailingDirectRead.PREFIX + UUID.randomUUID()),
                    RawHttp.get("/products/" + id)).read(2);

            assertEquals(404, answers.get(0).status()); // no such operation: Micronaut's own answer
            assertEquals("application/problem+json", answers.get(0).header("Content-Type"));
            assertEquals(200, answers.get(1).status());
        }
    }

    @Test
    void http10AndConnectionCloseEndTheConnectionAfterTheAnswer() throws Exception {
        UUID id = create(ProductStatus.ACTIVE);
        try (RawHttp http = raw()) {
            Answer answer = http.send("GET /products/" + id + " HTTP/1.0\r\n\r\n").read(1).get(0);
            assertEquals("HTTP/1.0 200 OK", answer.statusLine());
            assertNull(answer.header("Connection"));
            assertTrue(http.closedByServer());
        }
        try (RawHttp http = raw()) {
            Answer answer = http.send(RawHttp.get("/products/" + id, "Connection: close\r\n"),
                    RawHttp.get("/products/" + id)).read(1).get(0);
            assertEquals("close", answer.header("Connection"));
            assertTrue(http.closedByServer());
        }
        try (RawHttp http = raw()) {
            List<Answer> answers = http.send("GET /products/" + id + " HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
                    "GET /products/" + id + " HTTP/1.0\r\n\r\n").read(2);
            assertEquals("keep-alive", answers.get(0).header("Connection"));
            assertEquals(200, answers.get(1).status());
        }
    }
}
