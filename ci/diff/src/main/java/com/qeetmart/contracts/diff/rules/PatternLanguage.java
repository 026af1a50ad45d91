package com.qeetmart.contracts.diff.rules;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import java.util.Optional;

/**
 * The strings a JSON Schema {@code pattern} (an ECMA-262 regular expression, matched anywhere in
 * the string unless anchored) accepts, as a finite automaton, so two patterns can be compared by
 * what they accept rather than by how they are written. Patterns beyond regular languages or
 * beyond this translation (lookarounds, back-references, Unicode classes) give empty: then
 * nothing is known.
 */
final class PatternLanguage {

    private PatternLanguage() {
    }

    static Optional<Automaton> of(String pattern) {
        try {
            String body = pattern;
            boolean anchoredStart = body.startsWith("^");
            if (anchoredStart) {
                body = body.substring(1);
            }
            boolean anchoredEnd = body.endsWith("$") && !body.endsWith("\\$");
            if (anchoredEnd) {
                body = body.substring(0, body.length() - 1);
            }
            String translated = translate(body);
            if (translated == null) {
                return Optional.empty();
            }
            String language = (anchoredStart ? "" : "@") + "(" + translated + ")" + (anchoredEnd ? "" : "@");
            return Optional.of(new RegExp(language, RegExp.ANYSTRING).toAutomaton());
        } catch (IllegalArgumentException unsupported) {
            return Optional.empty();
        }
    }

    /** Whether every string {@code narrower} accepts, {@code wider} accepts too. */
    static boolean includes(Automaton wider, Automaton narrower) {
        return narrower.minus(wider).isEmpty();
    }

    // ECMA syntax into brics syntax; null for what has no translation here.
    private static String translate(String ecma) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < ecma.length(); i++) {
            char c = ecma.charAt(i);
            if (c == '\\') {
                if (++i >= ecma.length()) {
                    return null;
                }
                String escape = escape(ecma.charAt(i), inClass);
                if (escape == null) {
                    return null;
                }
                out.append(escape);
            } else if (c == '[') {
                inClass = true;
                out.append(c);
            } else if (c == ']' && inClass) {
                inClass = false;
                out.append(c);
            } else if (!inClass && c == '(' && ecma.startsWith("(?:", i)) {
                out.append('(');
                i += 2;
            } else if (!inClass && (c == '(' && ecma.startsWith("(?", i) || c == '^' || c == '$')) {
                return null; // lookarounds, named groups, inner anchors
            } else if (!inClass && (c == '*' || c == '+' || c == '?' || c == '}') && i + 1 < ecma.length()
                    && ecma.charAt(i + 1) == '?') {
                out.append(c); // a lazy quantifier accepts the same strings as a greedy one
                i++;
            } else if ("&~#@<>\"".indexOf(c) >= 0) {
                out.append('\\').append(c); // brics operators, plain characters in ECMA
            } else {
                out.append(c);
            }
        }
        return inClass ? null : out.toString();
    }

    private static String escape(char c, boolean inClass) {
        String set = switch (c) {
            case 'd' -> "0-9";
            case 'w' -> "a-zA-Z0-9_";
            case 's' -> " \t\n\r\u000B\f";
            default -> null;
        };
        if (set != null) {
            return inClass ? set : "[" + set + "]";
        }
        if (Character.isDigit(c) || "DWSbBpPuxck".indexOf(c) >= 0) {
            return null; // back-references, negated classes, boundaries, Unicode and code escapes
        }
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'f' -> "\f";
            case 'v' -> "\u000B";
            default -> "\\" + c;
        };
    }
}
