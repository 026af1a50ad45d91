package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.policy.Stability;
import com.qeetmart.contracts.diff.walk.OperationPair;
import java.util.Optional;

/**
 * An operation's {@code x-stability-level} may only rise (draft, beta, stable): lowering it would
 * take back the promise its clients were given, and let the next change break them unjudged. A
 * level the gate does not know is refused too, rather than read as anything.
 */
public final class StabilityLoweredRule implements OperationRule {

    public static final String LOWERED = "stability-lowered";
    public static final String UNKNOWN = "unknown-stability-level";

    @Override
    public void check(OperationPair operation, Findings findings) {
        Location location = Location.of(operation.ref(), Area.OPERATION, "operation");
        Optional<Stability> revision = Stability.declaredIn(operation.revision().operation().getExtensions());
        if (revision.isEmpty()) {
            findings.policy(UNKNOWN, location, "`" + Stability.EXTENSION + "` is `"
                            + operation.revision().operation().getExtensions().get(Stability.EXTENSION) + "`.",
                    "The gate knows draft, beta and stable; it cannot tell what clients were promised.");
            return;
        }
        Stability base = Stability.of(operation.base().operation().getExtensions());
        if (revision.get().compareTo(base) < 0) {
            findings.policy(LOWERED, location, "`" + Stability.EXTENSION + "` goes from " + base.label() + " to "
                            + revision.get().label() + ".",
                    "Its clients were promised " + base.label() + "; a lower level would let later changes break them "
                            + "without a new major version. Deprecate it and offer a new operation instead.");
        }
    }
}
