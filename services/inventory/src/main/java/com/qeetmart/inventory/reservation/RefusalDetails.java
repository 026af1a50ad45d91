package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventoryProblem;
import com.qeetmart.inventory.stock.StockRepository;
import com.qeetmart.inventory.stock.StockRow;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.FieldIssue;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.qeetmart.platform.time.Timestamps.now;

/**
 * Says line by line why a reservation was refused, read after the refusal: the writer's single
 * statement only knows that some line was short or over a limit, and the first request pays for
 * nothing more.
 */
@Singleton
class RefusalDetails {

    private final ReservationRepository reservations;
    private final StockRepository stock;
    private final TransactionOperations<Connection> tx;

    RefusalDetails(ReservationRepository reservations, StockRepository stock, TransactionOperations<Connection> tx) {
        this.reservations = reservations;
        this.stock = stock;
        this.tx = tx;
    }

    /** The lines short now, each with what is available; empty when every line could be met. */
    List<FieldIssue> shortLines(List<Line> requested) {
        Map<UUID, Integer> available = new HashMap<>();
        tx.executeRead(status -> stock.findAllById(requested.stream().map(Line::productId).toList()))
                .forEach((StockRow row) -> available.put(row.productId(), row.onHand() - row.reserved()));
        List<FieldIssue> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Line line = requested.get(i);
            int left = available.getOrDefault(line.productId(), 0);
            if (left < line.quantity()) {
                lines.add(new FieldIssue(quantityOf(i), "requested " + line.quantity() + " of product "
                        + line.productId() + ", " + Math.max(0, left) + " available"));
            }
        }
        return lines;
    }

    static ConflictException insufficientStock(List<FieldIssue> shortLines) {
        return new ConflictException(InventoryProblem.INSUFFICIENT_STOCK, shortLines.size()
                + " of the lines cannot be reserved: not enough stock", shortLines);
    }

    /** 409 naming each line that would take the holder (a person, or an application's buyer) over the per-product limit. */
    ConflictException overUnitsLimit(Holder holder, List<Line> requested) {
        Instant now = now();
        int unitsLimit = holder.maxUnits();
        List<FieldIssue> over = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Line line = requested.get(i);
            int held = tx.executeRead(status -> reservations.unitsHeld(holder.caller(), holder.buyerReference(), line.productId(), now));
            if (held + line.quantity() > unitsLimit) {
                over.add(new FieldIssue(quantityOf(i), "requested " + line.quantity() + " of product "
                        + line.productId() + " while holding " + held + "; at most " + unitsLimit + " in all"));
            }
        }
        return new ConflictException(InventoryProblem.PRODUCT_HOLD_LIMIT,
                (holder.buyerReference() == null ? "One caller" : "One buyer") + " may hold at most " + unitsLimit
                        + " units of a product in live reservations", over);
    }

    private static String quantityOf(int line) {
        return "lines[" + line + "].quantity";
    }
}
