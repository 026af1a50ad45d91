package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.policy.GatePolicy;
import com.qeetmart.contracts.diff.walk.PropertyPair;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashMap;
import java.util.Map;

/**
 * A property the revision deprecates, in a request or a response: as an operation, it needs an
 * {@code x-sunset} far enough ahead ({@link Deprecations}). The date may sit beside a {@code $ref}
 * or on the schema it names.
 */
public final class PropertyDeprecationRule implements PropertyRule {

    private final GatePolicy policy;

    public PropertyDeprecationRule(GatePolicy policy) {
        this.policy = policy;
    }

    @Override
    public void check(PropertyPair property, Findings findings) {
        if (!property.inBoth() || property.isItems()) {
            return;
        }
        if (!deprecated(property.base(), property.resolvedBase()) && deprecated(property.revision(), property.resolvedRevision())) {
            Deprecations.newlyDeprecated("The " + (property.isRequest() ? "request" : "response") + " property `"
                            + property.name() + "`", property.location(), extensions(property.revision(), property.resolvedRevision()),
                    property.owner().context().stability(), policy, findings);
        }
    }

    static boolean deprecated(Schema<?> declared, Schema<?> resolved) {
        return Boolean.TRUE.equals(declared.getDeprecated()) || Boolean.TRUE.equals(resolved.getDeprecated());
    }

    /** The declared schema's extensions over the resolved one's. */
    static Map<String, Object> extensions(Schema<?> declared, Schema<?> resolved) {
        Map<String, Object> merged = new HashMap<>();
        if (resolved.getExtensions() != null) {
            merged.putAll(resolved.getExtensions());
        }
        if (declared.getExtensions() != null) {
            merged.putAll(declared.getExtensions());
        }
        return merged;
    }
}
