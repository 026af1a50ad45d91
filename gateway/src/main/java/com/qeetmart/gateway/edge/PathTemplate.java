package com.qeetmart.gateway.edge;

import java.util.regex.Pattern;

/**
 * A contract's path template ({@code /products/{productId}/variants}) as the edge matches request
 * paths against it: the literal start is compared first (most requests are told apart by it,
 * without running a regular expression), then the whole template, a variable being one segment.
 */
record PathTemplate(String literalStart, Pattern pattern) {

    static PathTemplate of(String template) {
        int variable = template.indexOf('{');
        StringBuilder regex = new StringBuilder("^");
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return new PathTemplate(variable < 0 ? template : template.substring(0, variable),
                Pattern.compile(regex.append("/?$").toString()));
    }

    boolean matches(String path) {
        return path.startsWith(literalStart) && pattern.matcher(path).matches();
    }
}
