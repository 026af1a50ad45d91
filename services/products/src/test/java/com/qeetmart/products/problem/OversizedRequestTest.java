package com.qeetmart.products.problem;

import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.RawHttp;
import com.qeetmart.platform.testing.RawHttp.Answer;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request too large in its head is told which part: 414 for the line, 431 for the headers. */
@MicronautTest(transactional = false)
class OversizedRequestTest extends CatalogTest {


    private Answer send(String request) throws Exception {
        try (RawHttp http = raw()) {
            Answer answer = http.send(request).read(1).get(0);
            assertEquals("application/problem+json", answer.header("Content-Type"));
            assertEquals("no-store", answer.header("Cache-Control"));
            assertTrue(http.closedByServer());
            return answer;
        }
    }

    @Test
    void headersOverTheLimitAre431() throws Exception {
        Answer answer = send(RawHttp.get("/products", "X-Padding: " + "a".repeat(20_000) + "\r\n"));

        assertEquals(431, answer.status());
        Problem problem = problemIn(answer);
        assertEquals("/problems/request-header-fields-too-large", problem.getType());
        assertEquals("REQUEST_HEADER_FIELDS_TOO_LARGE", problem.getCode());
        assertEquals(answer.header("X-Correlation-Id"), problem.getCorrelationId());
    }

    @Test
    void aRequestLineOverTheLimitIs414() throws Exception {
        Answer answer = send(RawHttp.get("/products?q=" + "a".repeat(10_000)));

        assertEquals(414, answer.status());
        assertEquals("URI_TOO_LONG", problemIn(answer).getCode());
    }
}
