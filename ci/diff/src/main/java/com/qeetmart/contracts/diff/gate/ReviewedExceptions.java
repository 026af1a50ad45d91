package com.qeetmart.contracts.diff.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The findings reviewers accepted ({@code contracts/gate-exceptions.yaml}): each entry names a spec,
 * a finding's fingerprint, an owner, a reason and the day it expires, at most a year ahead. An
 * accepted finding passes the gate until then. An entry that expired, matches no finding (the
 * change was undone, or changed: its fingerprint with it), or lacks a field fails the gate, so the
 * file only ever holds decisions that still apply.
 */
final class ReviewedExceptions {

    static final int LONGEST_DAYS = 365;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<ReviewedException> active = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<ReviewedException> used = new HashSet<>();

    private ReviewedExceptions() {
    }

    static ReviewedExceptions none() {
        return new ReviewedExceptions();
    }

    /** The file's entries as of {@code today}; none when there is no file. */
    static ReviewedExceptions load(Path file, LocalDate today) {
        ReviewedExceptions exceptions = new ReviewedExceptions();
        if (file == null || !Files.exists(file)) {
            return exceptions;
        }
        JsonNode entries;
        try {
            entries = YAML.readTree(file.toFile()).path("exceptions");
        } catch (IOException e) {
            exceptions.problems.add(file + " cannot be read: " + e.getMessage());
            return exceptions;
        }
        if (!entries.isMissingNode() && !entries.isNull() && !entries.isArray()) {
            exceptions.problems.add(file + ": `exceptions` must be a list of entries");
            return exceptions;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).isObject()) {
                exceptions.problems.add(file + " entry " + (i + 1) + " is not an entry (spec, finding, owner, reason, expires)");
                continue;
            }
            exceptions.add(file + " entry " + (i + 1), entries.get(i), today);
        }
        return exceptions;
    }

    private void add(String name, JsonNode entry, LocalDate today) {
        List<String> missing = new ArrayList<>();
        for (String field : List.of("spec", "finding", "owner", "reason", "expires")) {
            if (entry.path(field).asText("").isBlank()) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(name + " has no " + String.join(", ", missing) + ": every acceptance needs a spec, a finding's "
                    + "fingerprint, an owner, a reason and an expiry date");
            return;
        }
        LocalDate expires;
        try {
            expires = LocalDate.parse(entry.path("expires").asText().trim());
        } catch (DateTimeParseException e) {
            problems.add(name + ": expires `" + entry.path("expires").asText() + "` is not a date (YYYY-MM-DD)");
            return;
        }
        ReviewedException exception = new ReviewedException(entry.path("spec").asText().trim(),
                entry.path("finding").asText().trim(), entry.path("owner").asText().trim(),
                entry.path("reason").asText().trim(), expires);
        if (expires.isBefore(today)) {
            problems.add(name + " (" + exception.fingerprint() + " in " + exception.spec() + ", owner " + exception.owner()
                    + ") expired on " + expires + ": fix the change, or review it again with a new date");
        } else if (expires.isAfter(today.plusDays(LONGEST_DAYS))) {
            problems.add(name + " (" + exception.fingerprint() + ") expires on " + expires + ", more than "
                    + LONGEST_DAYS + " days ahead: an acceptance is reviewed again within a year");
        } else {
            active.add(exception);
        }
    }

    /** The entry accepting this finding of this spec, if one does (it then counts as used). */
    Optional<ReviewedException> accepting(String spec, String fingerprint) {
        Optional<ReviewedException> match = active.stream()
                .filter(entry -> entry.spec().equals(spec) && entry.fingerprint().equals(fingerprint)).findFirst();
        match.ifPresent(used::add);
        return match;
    }

    /** What fails the gate: entries unreadable, incomplete, expired, too long, or matching nothing. */
    List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        active.stream().filter(entry -> !used.contains(entry)).forEach(entry -> all.add("the acceptance of "
                + entry.fingerprint() + " in " + entry.spec() + " (owner " + entry.owner() + ") matches no finding: "
                + "the change it accepted is gone or changed; remove the entry"));
        return all;
    }
}
