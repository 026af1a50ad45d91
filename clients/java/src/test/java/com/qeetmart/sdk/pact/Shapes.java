package com.qeetmart.sdk.pact;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

import java.util.UUID;

/** The shapes the SDK relies on, matched by type and format rather than by value. */
final class Shapes {

    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    private Shapes() {
    }

    static PactDslJsonBody product(PactDslJsonBody body, UUID id, String name) {
        body.uuid("id", id)
                .stringValue("name", name)
                .stringMatcher("status", "DRAFT|ACTIVE|ARCHIVED", "ACTIVE");
        body.object("price").stringMatcher("amount", "\\d+(\\.\\d+)?", "89.90").stringMatcher("currency", "[A-Z]{3}", "EUR")
                .closeObject();
        body.object("attributes").closeObject();
        return body.integerType("version", 1)
                .stringMatcher("createdAt", TIMESTAMP, "2026-01-01T00:00:00Z")
                .stringMatcher("updatedAt", TIMESTAMP, "2026-01-01T00:00:00Z");
    }

    static DslPart problem(int status, String type, String code) {
        return new PactDslJsonBody()
                .stringValue("type", type)
                .stringType("title", "Resource not found")
                .integerType("status", status)
                .stringValue("code", code)
                .stringType("correlationId", "0b6f3c1e-4f5a-4d1c-9a39-2b1d0c7c9f10");
    }
}
