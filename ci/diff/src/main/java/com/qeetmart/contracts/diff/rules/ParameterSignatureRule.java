package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.walk.OperationPair;
import com.qeetmart.contracts.diff.walk.OperationView;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes to a generated method's signature that the wire does not see. A path parameter renamed
 * (same URL): the TypeScript SDK's request object and the Java SDK's parameter take the new name.
 * The same parameters in another order: the Java SDK's positional methods take them in the order
 * openapi-generator gives them (required first, then as declared), so calls pass values to the
 * wrong parameters, or no longer compile. SDK-breaking.
 */
public final class ParameterSignatureRule implements OperationRule {

    public static final String RENAMED = "path-parameter-renamed";
    public static final String REORDERED = "parameters-reordered";
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]*)}");

    @Override
    public void check(OperationPair operation, Findings findings) {
        List<String> before = names(operation.base().ref().path());
        List<String> after = names(operation.revision().ref().path());
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            if (!before.get(i).equals(after.get(i))) {
                findings.sdkBreaking(RENAMED, Location.of(operation.ref(), Area.PARAMETERS, "path parameter " + before.get(i)),
                        "The path parameter `" + before.get(i) + "` is now `" + after.get(i) + "` (the same URL).",
                        "The SDKs name it after the spec: TypeScript's `{ " + before.get(i) + " }` no longer compiles, "
                                + "and Java's parameter changes its name.");
            }
        }
        List<String> orderBefore = generatedOrder(operation.base());
        List<String> orderAfter = generatedOrder(operation.revision());
        // A renamed path parameter changes the names compared here too: it is reported once, above.
        if (orderBefore.size() == orderAfter.size()
                && orderBefore.containsAll(orderAfter) && !orderBefore.equals(orderAfter)) {
            findings.sdkBreaking(REORDERED, Location.of(operation.ref(), Area.PARAMETERS, "parameters"),
                    "The parameters go from (" + String.join(", ", orderBefore) + ") to (" + String.join(", ", orderAfter) + ").",
                    "The Java SDK's positional method takes them in that order: calls pass values to the wrong "
                            + "parameters, or no longer compile.");
        }
    }

    private static List<String> names(String path) {
        Matcher matcher = TEMPLATE.matcher(path);
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Parameter names as openapi-generator orders a method's arguments: required first, then as declared. */
    private static List<String> generatedOrder(OperationView operation) {
        List<Parameter> parameters = new ArrayList<>(operation.parameters().values());
        parameters.sort(Comparator.comparing((Parameter parameter) -> !Boolean.TRUE.equals(parameter.getRequired())));
        return parameters.stream().map(Parameter::getName).toList();
    }
}
