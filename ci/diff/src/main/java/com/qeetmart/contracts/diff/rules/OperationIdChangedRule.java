package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.walk.OperationPair;
import java.util.Objects;

/**
 * An operation's {@code operationId} changed, set or dropped: the URL stays, but both SDKs name
 * the method after it (a missing id is derived from the path), so code calling the old method no
 * longer compiles. SDK-breaking.
 */
public final class OperationIdChangedRule implements OperationRule {

    public static final String ID = "operation-id-changed";

    @Override
    public void check(OperationPair operation, Findings findings) {
        String before = operation.base().operation().getOperationId();
        String after = operation.revision().operation().getOperationId();
        if (!Objects.equals(before, after)) {
            findings.sdkBreaking(ID, Location.of(operation.ref(), Area.OPERATION, "operationId"),
                    "The operationId goes from " + name(before) + " to " + name(after) + ".",
                    "Both SDKs name the method after it (`" + name(before) + "` becomes `" + name(after)
                            + "` in Java and TypeScript): code calling the old name no longer compiles.");
        }
    }

    private static String name(String operationId) {
        return operationId == null ? "(none: a name derived from the path)" : operationId;
    }
}
