package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.policy.GatePolicy;
import com.qeetmart.contracts.diff.policy.Stability;
import com.qeetmart.contracts.diff.policy.Sunset;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The deprecation policy, for whatever is deprecated (an operation, a parameter, a property) and
 * whatever was removed: a new deprecation names its {@code x-sunset} far enough ahead for its
 * stability level; a removal is allowed once its sunset has come, and only then.
 */
public final class Deprecations {

    public static final String DEPRECATED = "deprecated";
    public static final String WITHOUT_SUNSET = "deprecated-without-sunset";
    public static final String SUNSET_TOO_SOON = "sunset-too-soon";
    public static final String REMOVED_BEFORE_SUNSET = "removed-before-sunset";
    public static final String REMOVED_AFTER_SUNSET = "removed-after-sunset";

    private Deprecations() {
    }

    /** {@code what} ("The operation", "The query parameter `q`") was deprecated by the revision. */
    static void newlyDeprecated(String what, Location location, Map<String, Object> extensions, Stability level,
                                GatePolicy policy, Findings findings) {
        Optional<LocalDate> sunset = Sunset.in(extensions);
        LocalDate earliest = policy.earliestSunset(level);
        String promise = "the policy gives clients of a " + level.label() + " operation "
                + ChronoUnit.DAYS.between(policy.today(), earliest) + " days' notice: a sunset on " + earliest + " or later.";
        if (sunset.isEmpty()) {
            findings.policy(WITHOUT_SUNSET, location, what + " is now deprecated without an `x-sunset` date (YYYY-MM-DD).",
                    "Its clients cannot tell how long they have; " + promise);
        } else if (sunset.get().isBefore(earliest)) {
            findings.policy(SUNSET_TOO_SOON, location, what + " is now deprecated with its sunset on " + sunset.get() + ".",
                    "Too soon: " + promise);
        } else {
            findings.note(DEPRECATED, location, what + " is now deprecated; its sunset is " + sunset.get() + ".",
                    "Clients keep working until then, and the release notes tell them to move.");
        }
    }

    /**
     * Whether a removal of something deprecated is allowed: it was deprecated and its sunset has
     * come (a note then, and true). False when it was never deprecated: the caller judges that.
     */
    static boolean removalJudged(String what, Location location, boolean wasDeprecated, Map<String, Object> extensions,
                                 GatePolicy policy, Findings findings) {
        if (!wasDeprecated) {
            return false;
        }
        Optional<LocalDate> sunset = Sunset.in(extensions);
        if (sunset.isPresent() && !policy.today().isBefore(sunset.get())) {
            findings.note(REMOVED_AFTER_SUNSET, location, what + " was removed after its sunset (" + sunset.get() + ").",
                    "It was deprecated with that date announced; clients were told to move by then.");
        } else {
            findings.breaking(REMOVED_BEFORE_SUNSET, location, what + " was removed before its sunset ("
                            + sunset.map(LocalDate::toString).orElse("none was announced") + ").",
                    "It was deprecated, but clients were promised it until its sunset: those still calling it fail.");
        }
        return true;
    }
}
