package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.policy.GatePolicy;
import com.qeetmart.contracts.diff.walk.ApiPair;
import com.qeetmart.contracts.diff.walk.OperationView;

/**
 * A removed operation (or a removed path, which removes all of its operations). One that was never
 * deprecated breaks its clients; one deprecated with a sunset breaks them until the sunset and is
 * a note from that day on ({@link Deprecations}). openapi-diff reports removals as well; the rule
 * keeps the gate's verdict and its per-operation explanation independent of openapi-diff's.
 */
public final class RemovedOperationRule implements ApiRule {

    public static final String ID = "removed-operation";

    private final GatePolicy policy;

    public RemovedOperationRule(GatePolicy policy) {
        this.policy = policy;
    }

    @Override
    public void check(ApiPair api, Findings findings) {
        for (OperationView removed : api.removedOperations()) {
            Location location = Location.of(removed.ref(), Area.OPERATION, "operation");
            boolean deprecated = Boolean.TRUE.equals(removed.operation().getDeprecated());
            String what = removed.sentToClient() ? "The webhook or callback" : "The operation";
            if (Deprecations.removalJudged(what, location, deprecated, removed.operation().getExtensions(), policy, findings)) {
                continue;
            }
            if (removed.sentToClient()) {
                findings.breaking(ID, location, "The API no longer sends this webhook or callback; it was never deprecated.",
                        "Clients that act on it never hear of the event again.");
                continue;
            }
            findings.breaking(ID, location, "The operation was removed; it was never deprecated.",
                    "Clients that call it get 404 or 405 instead of a response.");
        }
    }
}
