package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.walk.OperationPair;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Security a caller can no longer meet. A security list is a set of alternatives; a caller who met
 * one of the base's alternatives still gets in if some revision alternative asks for no scheme and
 * no scope (role) beyond it. openapi-diff 2.1.7 gets both directions wrong: it lets security
 * added to a public operation through, and flags an operation made public as breaking. The gate
 * turns that openapi-diff check off and judges security here alone.
 */
public final class SecurityTightenedRule implements OperationRule {

    public static final String ID = "security-tightened";
    public static final String MADE_PUBLIC = "operation-made-public";

    @Override
    public void check(OperationPair operation, Findings findings) {
        if (operation.base().sentToClient()) {
            return; // how the API proves itself to a client's endpoint is not a client's call to make
        }
        Location location = Location.of(operation.ref(), Area.SECURITY, "security");
        List<SecurityRequirement> base = operation.base().security();
        List<SecurityRequirement> revision = operation.revision().security();
        if (operation.base().isPublic()) {
            if (!operation.revision().isPublic()) {
                findings.breaking(ID, location, "The operation was public and now requires " + describe(revision) + ".",
                        "Clients that call it without credentials now get 401.");
            }
            return;
        }
        if (operation.revision().isPublic()) {
            findings.note(MADE_PUBLIC, location, "The operation no longer requires " + describe(base) + ".",
                    "Callers that still send credentials keep working. openapi-diff calls this incompatible; "
                            + "the gate overrides it.");
            return;
        }
        for (SecurityRequirement required : base) {
            if (revision.stream().noneMatch(alternative -> admits(alternative, required))) {
                findings.breaking(ID, location, "Callers that meet " + describe(List.of(required))
                                + " no longer get in; the operation now requires " + describe(revision) + ".",
                        "Clients authorised under the old requirement now get 401 or 403.");
            }
        }
    }

    /** Whether a caller meeting {@code met} also meets {@code alternative}. */
    private static boolean admits(SecurityRequirement alternative, SecurityRequirement met) {
        return alternative.entrySet().stream().allMatch(scheme -> met.containsKey(scheme.getKey())
                && scopes(met.get(scheme.getKey())).containsAll(scopes(scheme.getValue())));
    }

    private static List<String> scopes(List<String> scopes) {
        return scopes == null ? List.of() : scopes;
    }

    private static String describe(List<SecurityRequirement> requirements) {
        if (requirements.isEmpty()) {
            return "no credentials";
        }
        return requirements.stream().map(SecurityTightenedRule::describe).collect(Collectors.joining(" or "));
    }

    private static String describe(SecurityRequirement requirement) {
        if (requirement.isEmpty()) {
            return "no credentials";
        }
        return requirement.entrySet().stream().map(SecurityTightenedRule::describe)
                .collect(Collectors.joining(" and "));
    }

    private static String describe(Map.Entry<String, List<String>> scheme) {
        List<String> scopes = scopes(scheme.getValue());
        return "`" + scheme.getKey() + "`" + (scopes.isEmpty() ? "" : " with " + String.join(", ", scopes));
    }
}
