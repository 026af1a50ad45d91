package com.qeetmart.products.problem;

import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.RawHttp;
import com.qeetmart.platform.testing.RawHttp.Answer;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Framing two readers would read differently, sent straight to a service (RFC 9112 section 6.3):
 * one answer, then the connection ends, and the request hidden behind it is never answered.
 */
@MicronautTest(transactional = false)
class AmbiguousFramingTest extends CatalogTest {

    private static final String HIDDEN = RawHttp.get("/products/hidden");

    @Test
    void aRequestWithBothLengthAndChunksIs400AndEndsTheConnection() throws Exception {
        try (RawHttp http = raw()) {
            List<Answer> answers = http.send("POST /products HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + HIDDEN).read(1);
            assertEquals(400, answers.get(0).status());
            Problem problem = problemIn(answers.get(0));
            assertEquals("MALFORMED_REQUEST", problem.getCode());
            assertTrue(problem.getDetail().contains("Content-Length and Transfer-Encoding"), problem.getDetail());
            assertTrue(http.closedByServer(), "the hidden request gets no answer");
        }
    }

    @Test
    void aChunkSizeBeyond31BitsEndsTheConnectionAfterOneAnswer() throws Exception {
        try (RawHttp http = raw()) {
            // Read in 32 bits the size is 20 (the wrap Netty made); a 64-bit reader waits for 4 GiB.
            List<Answer> answers = http.send("POST /products HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n100000014\r\n" + "{\"name\":\"wrapped!!\"}" + "\r\n0\r\n\r\n" + HIDDEN).read(1);
            assertTrue(answers.get(0).status() >= 400 && answers.get(0).status() < 500, answers.get(0).statusLine());
            assertTrue(http.closedByServer(), "the hidden request gets no answer");
        }
    }
}
