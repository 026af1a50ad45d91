package com.qeetmart.platform.errors;

import java.util.Locale;

/**
 * One distinct error a client can branch on: its stable UPPER_SNAKE {@code code} and the problem
 * {@code type} derived from it ({@code INSUFFICIENT_STOCK} is {@code /problems/insufficient-stock}),
 * so a code and its type can never disagree. Each service lists its own in one enum, and each
 * operation's contract names the ones it answers with.
 */
public interface ProblemCode {

    String name();

    /** The problem's {@code title}: the same for every occurrence of this code. */
    String title();

    default String type() {
        return "/problems/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
