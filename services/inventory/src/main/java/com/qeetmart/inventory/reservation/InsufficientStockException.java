package com.qeetmart.inventory.reservation;

import java.util.List;

/** Some lines of a reservation could not be covered; nothing was reserved. */
public class InsufficientStockException extends RuntimeException {

    /** A line that is short: its index in the request, what was asked and what is available. */
    public record ShortLine(int index, Line line, int available) {
    }

    private final List<ShortLine> shortLines;

    public InsufficientStockException(List<ShortLine> shortLines) {
        super(shortLines.size() + " of the lines cannot be reserved: not enough stock");
        this.shortLines = List.copyOf(shortLines);
    }

    public List<ShortLine> shortLines() {
        return shortLines;
    }
}
