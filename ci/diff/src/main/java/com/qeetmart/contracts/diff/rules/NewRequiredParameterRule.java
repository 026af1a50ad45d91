package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.walk.OperationPair;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;

/**
 * A new required parameter, or an optional one made required: existing clients do not send it.
 * Path parameters are left out: a new one changes the path template, so it is a different
 * operation (and the old one is reported as removed).
 */
public final class NewRequiredParameterRule implements OperationRule {

    public static final String ID = "new-required-parameter";

    @Override
    public void check(OperationPair operation, Findings findings) {
        if (operation.base().sentToClient()) {
            return; // a parameter the API sends: its reader loses nothing when it is always there
        }
        Map<String, Parameter> base = operation.base().parameters();
        operation.revision().parameters().forEach((key, parameter) -> {
            if ("path".equals(parameter.getIn()) || !Boolean.TRUE.equals(parameter.getRequired())) {
                return;
            }
            Parameter before = base.get(key);
            if (before != null && Boolean.TRUE.equals(before.getRequired())) {
                return;
            }
            String change = before == null
                    ? "New required " + parameter.getIn() + " parameter `" + parameter.getName() + "`."
                    : "The " + parameter.getIn() + " parameter `" + parameter.getName() + "` is now required.";
            findings.breaking(ID, Location.of(operation.ref(), Area.PARAMETERS, key), change,
                    "Existing clients do not send it; their requests are rejected with 400.");
        });
    }
}
