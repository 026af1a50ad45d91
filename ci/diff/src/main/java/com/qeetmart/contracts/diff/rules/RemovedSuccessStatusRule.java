package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.walk.OperationPair;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;

/**
 * A success status the operation no longer answers with (e.g. 200 replaced by 201). Clients and
 * generated SDKs branch on the documented success status; another one looks like a failure.
 * Removed error statuses are not flagged: clients must cope with undocumented errors anyway.
 */
public final class RemovedSuccessStatusRule implements OperationRule {

    public static final String ID = "removed-success-status";

    @Override
    public void check(OperationPair operation, Findings findings) {
        Map<String, ApiResponse> revision = operation.revision().responses();
        for (String status : operation.base().responses().keySet()) {
            if (status.startsWith("2") && !revision.containsKey(status)) {
                String now = String.join(", ", revision.keySet().stream().filter(s -> s.startsWith("2")).toList());
                findings.breaking(ID, Location.of(operation.ref(), Area.RESPONSES, "response " + status),
                        "Success response " + status + " was removed" + (now.isEmpty() ? "." : " (success is now " + now + ")."),
                        "Clients that expect " + status + " treat the new answer as a failure.");
            }
        }
    }
}
