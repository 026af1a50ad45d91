package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.policy.GatePolicy;
import com.qeetmart.contracts.diff.policy.Stability;
import com.qeetmart.contracts.diff.walk.OperationPair;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;

/**
 * An operation or a parameter the revision deprecates: it needs an {@code x-sunset} far enough
 * ahead for the operation's stability level ({@link Deprecations}); with one it is a note the
 * release notes list.
 */
public final class DeprecationRule implements OperationRule {

    private final GatePolicy policy;

    public DeprecationRule(GatePolicy policy) {
        this.policy = policy;
    }

    @Override
    public void check(OperationPair operation, Findings findings) {
        Stability level = Stability.of(operation.revision().operation().getExtensions());
        if (!deprecated(operation.base().operation().getDeprecated())
                && deprecated(operation.revision().operation().getDeprecated())) {
            Deprecations.newlyDeprecated("The operation", Location.of(operation.ref(), Area.OPERATION, "operation"),
                    operation.revision().operation().getExtensions(), level, policy, findings);
        }
        Map<String, Parameter> before = operation.base().parameters();
        operation.revision().parameters().forEach((key, parameter) -> {
            Parameter was = before.get(key);
            if (was != null && !deprecated(was.getDeprecated()) && deprecated(parameter.getDeprecated())) {
                Deprecations.newlyDeprecated("The " + key.replace(" parameter ", " parameter `") + "`",
                        Location.of(operation.ref(), Area.PARAMETERS, key), parameter.getExtensions(), level, policy, findings);
            }
        });
    }

    private static boolean deprecated(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
