package com.qeetmart.contracts.diff.gate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SDK's version at the last release of the contracts and now, e.g. {@code java 0.1.0 0.2.0}.
 * Code generated from the spec may break only with a new major version of the SDK; below 1.0 a
 * new minor is one (as npm's caret ranges and Maven users read 0.x).
 */
record SdkRelease(String name, String released, String current) {

    private static final Pattern VERSION = Pattern.compile("^v?(\\d+)\\.(\\d+)");

    boolean majorMoved() {
        Matcher before = VERSION.matcher(released.strip());
        Matcher after = VERSION.matcher(current.strip());
        if (!before.find() || !after.find()) {
            return false;
        }
        int majorBefore = Integer.parseInt(before.group(1));
        int majorAfter = Integer.parseInt(after.group(1));
        if (majorBefore == 0 && majorAfter == 0) {
            return Integer.parseInt(after.group(2)) > Integer.parseInt(before.group(2));
        }
        return majorAfter > majorBefore;
    }

    String describe() {
        return name + " " + released + " -> " + current;
    }
}
