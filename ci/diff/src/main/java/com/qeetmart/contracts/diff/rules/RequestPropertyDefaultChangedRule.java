package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.PropertyPair;
import io.swagger.v3.core.util.Json;
import java.util.Objects;

/**
 * An optional request body property's {@code default} changed, added or removed: a client that
 * leaves it out, as it may, now gets other behaviour than it was built for (as a parameter's,
 * {@link ParameterDefaultChangedRule}). Compared as JSON values, so {@code "null"} is not null
 * and {@code 20} is not {@code "20"}.
 */
public final class RequestPropertyDefaultChangedRule implements PropertyRule {

    public static final String ID = "request-property-default-changed";

    @Override
    public void check(PropertyPair property, Findings findings) {
        if (!property.isRequest() || !property.inBoth() || property.isItems() || property.requiredInRevision()
                || property.owner().context().area() != Area.REQUEST_BODY) {
            return;
        }
        Object before = value(property.resolvedBase().getDefault());
        Object after = value(property.resolvedRevision().getDefault());
        if (!Objects.equals(before, after)) {
            findings.breaking(ID, property.location(), "The default of `" + property.name() + "` goes from "
                            + describe(before) + " to " + describe(after) + ".",
                    "Clients that leave `" + property.name() + "` out, as they may, now get other behaviour.");
        }
    }

    private static Object value(Object value) {
        return value == null ? null : Json.mapper().valueToTree(value);
    }

    private static String describe(Object value) {
        return value == null ? "none" : "`" + value + "`";
    }
}
