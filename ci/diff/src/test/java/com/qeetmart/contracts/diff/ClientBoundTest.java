package com.qeetmart.contracts.diff;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Webhooks and callbacks are sent to the client: their payload follows the response rules (the
 * client reads it) and the client's answer the request rules (the API reads it).
 */
class ClientBoundTest {

    @Test
    void aWebhookPayloadIsJudgedAsTheClientReadsIt() {
        assertEquals(List.of(
                "removed-operation | POST /(webhook)/orderCancelled | operation",
                "removed-response-property | POST /(webhook)/orderShipped | request body application/json $.carrier",
                "response-property-made-nullable | POST /(webhook)/orderShipped | request body application/json $.trackingUrl"),
                breaking(compare("webhooks-3-1")));
    }

    @Test
    void aCallbackIsJudgedAsTheClientReadsAndAnswersIt() {
        assertEquals(List.of(
                "new-required-request-property | POST /(callback)/createOrder/statusChanged | response 200 application/json $.accepted",
                "removed-response-property | POST /(callback)/createOrder/statusChanged | request body application/json $.note",
                "response-enum-value-added | POST /(callback)/createOrder/statusChanged | request body application/json $.status"),
                breaking(compare("callbacks")));
    }
}
