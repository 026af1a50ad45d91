package com.qeetmart.products.problem;

import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.RawHttp;
import com.qeetmart.platform.testing.RawHttp.Answer;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A browser calling a service directly is refused with problem+json that says where to go. */
@MicronautTest(transactional = false)
class CrossOriginTest extends CatalogTest {


    private void assertRefused(Answer answer) throws Exception {
        assertEquals(403, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertNull(answer.header("Access-Control-Allow-Origin"));
        Problem problem = problemIn(answer);
        assertEquals("CROSS_ORIGIN_REFUSED", problem.getCode());
        assertEquals(answer.header("X-Correlation-Id"), problem.getCorrelationId());
    }

    @Test
    void aPreflightFromABrowserOriginIsAProblem() throws Exception {
        assertRefused(answerTo(RawHttp.request("OPTIONS", "/products", "", "Origin: https://evil.example\r\n",
                "Access-Control-Request-Method: POST\r\n")));
    }

    @Test
    void aReadFromABrowserOriginIsAProblem() throws Exception {
        assertRefused(answerTo(RawHttp.get("/products", "Origin: https://evil.example\r\n")));
        // A read by id is answered before Micronaut, but not for a browser origin.
        assertRefused(answerTo(RawHttp.get("/products/" + java.util.UUID.randomUUID(), "Origin: https://evil.example\r\n")));
    }
}
