package com.qeetmart.contracts.diff.gate;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The major number of an {@code info.version} such as {@code 1.4.0}, {@code v2} or {@code 3}. */
final class SpecVersion {

    private static final Pattern MAJOR = Pattern.compile("^v?(\\d+)");

    private SpecVersion() {
    }

    static OptionalInt major(String version) {
        Matcher matcher = MAJOR.matcher(version.strip());
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** Whether the revision announces a new major version, the only way a breaking change ships. */
    static boolean majorBumped(String base, String revision) {
        OptionalInt before = major(base);
        OptionalInt after = major(revision);
        return before.isPresent() && after.isPresent() && after.getAsInt() > before.getAsInt();
    }
}
