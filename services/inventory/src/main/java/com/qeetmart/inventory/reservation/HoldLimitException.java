package com.qeetmart.inventory.reservation;

import java.util.List;

/** Reserving these lines would leave the caller holding more of a product than one caller may. */
public class HoldLimitException extends RuntimeException {

    /** A line over the limit: its index in the request, what was asked and what the caller already holds. */
    public record OverLine(int index, Line line, int held) {
    }

    private final int limit;
    private final List<OverLine> lines;

    public HoldLimitException(int limit, List<OverLine> lines) {
        super("One caller may hold at most " + limit + " units of a product in live reservations");
        this.limit = limit;
        this.lines = List.copyOf(lines);
    }

    public int limit() {
        return limit;
    }

    public List<OverLine> lines() {
        return lines;
    }
}
