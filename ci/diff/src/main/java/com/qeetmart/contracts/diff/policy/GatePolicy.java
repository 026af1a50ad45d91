package com.qeetmart.contracts.diff.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * The deprecation policy the gate holds revisions to ({@code contracts/gate-policy.yaml}): how many
 * days ahead a deprecation's {@code x-sunset} must be, per stability level, and the day the gate
 * judges on (so a sunset passes on a day, not on whoever runs it).
 */
public record GatePolicy(Map<Stability, Integer> minimumSunsetDays, LocalDate today) {

    private static final Map<Stability, Integer> DEFAULT_DAYS = Map.of(Stability.STABLE, 90, Stability.BETA, 30,
            Stability.DRAFT, 0);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public GatePolicy {
        minimumSunsetDays = Map.copyOf(minimumSunsetDays);
    }

    public static GatePolicy defaults(LocalDate today) {
        return new GatePolicy(DEFAULT_DAYS, today);
    }

    /** The defaults, judged today (UTC). */
    public static GatePolicy standard() {
        return defaults(LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * The policy file's {@code deprecation.minimumSunsetDays} (a level it leaves out keeps its
     * default); the defaults when there is no file.
     */
    public static GatePolicy load(Path file, LocalDate today) {
        if (file == null || !Files.exists(file)) {
            return defaults(today);
        }
        Map<Stability, Integer> days = new EnumMap<>(DEFAULT_DAYS);
        try {
            JsonNode declared = YAML.readTree(file.toFile()).path("deprecation").path("minimumSunsetDays");
            for (Stability level : Stability.values()) {
                JsonNode value = declared.path(level.label());
                if (!value.isMissingNode()) {
                    if (!value.canConvertToInt() || value.asInt() < 0) {
                        throw new IllegalArgumentException(file + ": deprecation.minimumSunsetDays." + level.label()
                                + " must be a number of days, 0 or more");
                    }
                    days.put(level, value.asInt());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gate's policy " + file, e);
        }
        return new GatePolicy(days, today);
    }

    /** The first day a sunset may fall on for a deprecation made today at this level. */
    public LocalDate earliestSunset(Stability level) {
        return today.plusDays(minimumSunsetDays.getOrDefault(level, DEFAULT_DAYS.get(level)));
    }
}
