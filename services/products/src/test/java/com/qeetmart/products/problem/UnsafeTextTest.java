package com.qeetmart.products.problem;

import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.RawHttp;
import com.qeetmart.platform.testing.RawHttp.Answer;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * NUL characters and unpaired surrogates, which PostgreSQL cannot store, are refused as a 400
 * naming where they were, wherever they come: query, header, body key or value, at any depth.
 * Nothing is written.
 */
@MicronautTest(transactional = false)
class UnsafeTextTest extends CatalogTest {

    private static final String NUL = "\\u0000";
    private static final String LONE_SURROGATE = "\\ud800";


    private Problem refused(String request) throws Exception {
        Answer answer = answerTo(request);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        return problemIn(answer);
    }

    private static String product(String name, String attributes) {
        return "{\"name\": \"" + name + "\", \"price\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}, \"attributes\": "
                + attributes + "}";
    }

    private static void assertField(String field, Problem problem) {
        assertEquals("VALIDATION_FAILED", problem.getCode());
        assertEquals("/problems/validation-failed", problem.getType());
        assertEquals(field, problem.getErrors().get(0).getField());
    }

    @Test
    void aNulInAQueryParameterIsRefusedWithoutAToken() throws Exception {
        assertField("brand", refused(RawHttp.get("/products?brand=%00")));
        assertField("q", refused(RawHttp.get("/products?q=shoe%00s")));
    }

    @Test
    void aNulOrALoneSurrogateInABodyNamesItsField() throws Exception {
        asAdmin();
        String auth = "Authorization: Bearer " + caller.current() + "\r\n";

        assertField("name", refused(RawHttp.request("POST", "/products", product("a" + NUL + "b", "{}"), auth)));
        assertField("attributes.colour", refused(RawHttp.request("POST", "/products",
                product("Shoe", "{\"colour\": \"" + LONE_SURROGATE + "\"}"), auth)));
        assertField("attributes.sizes[1]", refused(RawHttp.request("POST", "/products",
                product("Shoe", "{\"sizes\": [\"42\", \"4" + NUL + "3\"]}"), auth)));
        assertField("attributes", refused(RawHttp.request("POST", "/products",
                product("Shoe", "{\"c" + LONE_SURROGATE + "\": 1}"), auth)));
        assertField("name", refused(RawHttp.request("POST", "/categories",
                "{\"name\": \"x" + NUL + "\", \"slug\": \"x\"}", auth)));
        assertEquals(0, count("SELECT count(*) FROM product") + count("SELECT count(*) FROM category"));
    }

    @Test
    void aPairedSurrogateIsACharacterLikeAnyOther() throws Exception {
        asAdmin();
        Answer created = answerTo(RawHttp.request("POST", "/products", product("Rocket \\ud83d\\ude80", "{}"),
                "Authorization: Bearer " + caller.current() + "\r\n"));
        assertEquals(201, created.status(), created.body());
        assertEquals("Rocket \uD83D\uDE80", json.readValue(created.body(), Map.class).get("name"));
    }

    @Test
    void aNulInAHeaderIsRefusedToo() throws Exception {
        Problem problem = refused(RawHttp.get("/products", "X-Client-Note: a\0b\r\n"));
        assertEquals(List.of(400), List.of(problem.getStatus()));
    }
}
