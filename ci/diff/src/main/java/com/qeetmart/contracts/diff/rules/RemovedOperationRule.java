package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.walk.ApiPair;
import com.qeetmart.contracts.diff.walk.OperationView;

/**
 * A removed operation (or a removed path, which removes all of its operations). openapi-diff
 * reports these as well; the rule keeps the gate's verdict and its per-operation explanation
 * independent of openapi-diff's.
 */
public final class RemovedOperationRule implements ApiRule {

    public static final String ID = "removed-operation";

    @Override
    public void check(ApiPair api, Findings findings) {
        for (OperationView removed : api.removedOperations()) {
            boolean deprecated = Boolean.TRUE.equals(removed.operation().getDeprecated());
            String was = deprecated ? " (it was deprecated)." : ".";
            if (removed.sentToClient()) {
                findings.breaking(ID, Location.of(removed.ref(), Area.OPERATION, "operation"),
                        "The API no longer sends this webhook or callback" + was,
                        "Clients that act on it never hear of the event again.");
                continue;
            }
            findings.breaking(ID, Location.of(removed.ref(), Area.OPERATION, "operation"),
                    "The operation was removed" + was,
                    "Clients that call it get 404 or 405 instead of a response.");
        }
    }
}
