package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import dk.brics.automaton.Automaton;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code pattern} judged by the strings it accepts, not by its text: a request pattern may only
 * accept more (loosened, or rewritten to accept the same), a response pattern may only accept
 * fewer. A pattern too rich to compare (lookarounds, back-references) counts as changed both
 * ways. openapi-diff 2.1.7 calls every changed pattern incompatible; the gate turns that off.
 */
public final class PatternRule implements SchemaRule {

    public static final String ID = "pattern-changed";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        String before = pair.base().getPattern();
        String after = pair.revision().getPattern();
        if (Objects.equals(before, after)) {
            return;
        }
        if (pair.isRequest() && after == null || pair.isResponse() && before == null) {
            return; // a request limit dropped, or a response that now promises a pattern
        }
        boolean safe = pair.isRequest() ? accepts(after, before) : accepts(before, after);
        if (safe) {
            return;
        }
        String change = before == null ? "pattern `" + after + "` added."
                : after == null ? "pattern `" + before + "` removed."
                : "pattern changed from `" + before + "` to `" + after + "`.";
        findings.breaking(ID, pair.location(), change, pair.isRequest()
                ? "Strings clients could send before are now refused with 400."
                : "Clients that rely on `" + before + "` meet strings it does not match.");
    }

    /** Whether {@code wider} accepts every string {@code narrower} does (false when either cannot be compared). */
    private static boolean accepts(String wider, String narrower) {
        if (wider == null) {
            return true;
        }
        if (narrower == null) {
            return false;
        }
        Optional<Automaton> w = PatternLanguage.of(wider);
        Optional<Automaton> n = PatternLanguage.of(narrower);
        return w.isPresent() && n.isPresent() && PatternLanguage.includes(w.get(), n.get());
    }
}
