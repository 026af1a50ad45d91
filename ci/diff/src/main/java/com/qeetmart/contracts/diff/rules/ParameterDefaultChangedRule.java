package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.walk.OperationPair;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.util.Map;
import java.util.Objects;

/**
 * A request parameter's {@code default} changed, added or removed: a client that leaves the
 * parameter out now gets other behaviour (another page size, another sort) without changing a
 * line. A parameter the API sends (a webhook's) is not judged here: the server always fills it.
 * openapi-diff 2.1.7 does not compare defaults.
 */
public final class ParameterDefaultChangedRule implements OperationRule {

    public static final String ID = "parameter-default-changed";

    @Override
    public void check(OperationPair operation, Findings findings) {
        if (operation.base().sentToClient()) {
            return;
        }
        Map<String, Parameter> base = operation.base().parameters();
        operation.revision().parameters().forEach((key, parameter) -> {
            Parameter before = base.get(key);
            if (before == null) {
                return;   // a new parameter: its default is what clients got before it existed, if anything
            }
            Object was = defaultOf(before.getSchema(), operation, true);
            Object is = defaultOf(parameter.getSchema(), operation, false);
            // Compared as written (20 and 20L alike); no default is not the string "null".
            if (Objects.equals(was == null ? null : String.valueOf(was), is == null ? null : String.valueOf(is))) {
                return;
            }
            String change = was == null ? "The " + parameter.getIn() + " parameter `" + parameter.getName()
                    + "` now defaults to `" + is + "`."
                    : is == null ? "The " + parameter.getIn() + " parameter `" + parameter.getName() + "` no longer"
                    + " defaults to `" + was + "`."
                    : "The " + parameter.getIn() + " parameter `" + parameter.getName() + "` defaults to `" + is
                    + "`, not `" + was + "`.";
            findings.breaking(ID, Location.of(operation.ref(), Area.PARAMETERS, key), change,
                    "Clients that leave it out now get other behaviour than they were built for.");
        });
    }

    private static Object defaultOf(Schema<?> schema, OperationPair operation, boolean base) {
        if (schema == null) {
            return null;
        }
        Schema<?> resolved = (base ? operation.base() : operation.revision()).resolver().schema(schema);
        return resolved == null ? null : resolved.getDefault();
    }
}
