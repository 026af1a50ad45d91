package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.walk.OperationPair;
import io.swagger.v3.oas.models.parameters.RequestBody;

/**
 * A request body clients could leave out that is now required (or a required body where there
 * was none): clients that send none are refused. The other way, a body made optional, accepts
 * more and breaks nobody, though openapi-diff 2.1.7 calls any change of {@code required}
 * incompatible; the gate drops that verdict (OpenApiDiffCheck) and judges the body here.
 */
public final class RequestBodyMadeRequiredRule implements OperationRule {

    public static final String ID = "request-body-made-required";

    @Override
    public void check(OperationPair operation, Findings findings) {
        if (operation.base().sentToClient()) {
            return;   // a webhook's body is the API's to send
        }
        RequestBody before = operation.base().requestBody();
        RequestBody after = operation.revision().requestBody();
        if (after == null || !Boolean.TRUE.equals(after.getRequired()) || before != null && Boolean.TRUE.equals(before.getRequired())) {
            return;
        }
        findings.breaking(ID, Location.of(operation.ref(), Area.REQUEST_BODY, "request body"),
                before == null ? "The operation now requires a request body." : "The request body is now required.",
                "Clients that send none are refused with 400.");
    }
}
