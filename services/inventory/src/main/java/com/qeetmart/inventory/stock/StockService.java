package com.qeetmart.inventory.stock;

import com.qeetmart.inventory.InventoryProblem;
import com.qeetmart.inventory.cache.StockCache;
import com.qeetmart.inventory.catalog.Catalog;
import com.qeetmart.inventory.catalog.PublishedProducts;
import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.UnprocessableException;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.errors.StaleVersionException;
import com.qeetmart.platform.security.Caller;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import static com.qeetmart.platform.time.Timestamps.now;

import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stock levels: reads through the cache, and admin changes of the units on hand. */
@Singleton
public class StockService {

    static final String RESOURCE = "Stock";

    private final StockRepository stock;
    private final StockCache cache;
    private final Catalog catalog;
    private final PublishedProducts published;
    private final TransactionOperations<Connection> tx;

    StockService(StockRepository stock, StockCache cache, Catalog catalog, PublishedProducts published,
                 TransactionOperations<Connection> tx) {
        this.published = published;
        this.stock = stock;
        this.cache = cache;
        this.catalog = catalog;
        this.tx = tx;
    }

    /** The scope that opens stock's writes to a partner application (inventory.yaml). */
    public static final String INVENTORY_WRITE = "inventory:write";

    /**
     * The level as this caller may see it: a product not in the public catalog has none but for
     * those who may set stock (an admin, an application holding inventory:write): 404.
     */
    public StockLevel levelFor(UUID productId, Caller caller) {
        if (!seesEveryProduct(caller) && !published.isPublished(productId)) {
            throw new NotFoundException(RESOURCE, productId);
        }
        return level(productId);
    }

    /** The levels this caller may see, of the products that have stock. */
    public List<StockLevel> levelsFor(List<UUID> productIds, Caller caller) {
        return levels(seesEveryProduct(caller) ? productIds : productIds.stream().distinct().filter(published::isPublished).toList());
    }

    private static boolean seesEveryProduct(Caller caller) {
        return caller.holdsAny(Caller.ADMIN, INVENTORY_WRITE);
    }

    /** The level: the row is always read (a primary-key lookup), the derived part may come from the cache. */
    public StockLevel level(UUID productId) {
        StockRow row = stock.findById(productId).orElseThrow(() -> new NotFoundException(RESOURCE, productId));
        return cache.get(productId, row.version(), Instant.now()).orElseGet(() -> {
            StockLevel level = levels(List.of(productId)).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException(RESOURCE, productId));
            cache.put(level);
            return level;
        });
    }

    /** Levels of the products that have stock, in three queries whatever their number. */
    public List<StockLevel> levels(List<UUID> productIds) {
        Instant now = Instant.now();
        List<UUID> ids = productIds.stream().distinct().toList();
        return tx.executeRead(status -> {
            Map<UUID, Long> expired = new HashMap<>();
            stock.expiredUnreleasedOf(ids, now).forEach(e -> expired.put(e.productId(), e.quantity()));
            Map<UUID, Instant> nextExpiry = new HashMap<>();
            stock.nextExpiryOf(ids, now).forEach(e -> nextExpiry.put(e.productId(), e.at()));
            return stock.findAllById(ids).stream().map(row -> new StockLevel(row.productId(), row.onHand(),
                    row.reserved() - expired.getOrDefault(row.productId(), 0L).intValue(), row.version(),
                    row.updatedAt(), nextExpiry.get(row.productId()))).toList();
        });
    }

    /** Sets the units on hand, creating the stock of a catalog product that has none. */
    public StockLevel setOnHand(UUID productId, int onHand, String reason, IfMatch ifMatch) {
        ensureStock(productId);
        Map<UUID, Long> changed = tx.executeWrite(status -> {
            StockRow current = stock.lock(productId).orElseThrow();
            if (!ifMatch.matches(current.version())) {
                throw new StaleVersionException(RESOURCE, productId);
            }
            return change(current, onHand - current.onHand(), reason == null ? "on hand set" : reason);
        });
        cache.invalidate(changed);
        return level(productId);
    }

    public StockLevel adjust(UUID productId, int delta, String reason) {
        if (delta == 0) {
            throw new UnprocessableException(InventoryProblem.ZERO_ADJUSTMENT, "delta",
                    "An adjustment must change the units on hand");
        }
        ensureStock(productId);
        Map<UUID, Long> changed = tx.executeWrite(status ->
                change(stock.lock(productId).orElseThrow(), delta, reason));
        cache.invalidate(changed);
        return level(productId);
    }

    private Map<UUID, Long> change(StockRow current, int delta, String reason) {
        if (delta == 0) {
            return Map.of();
        }
        Instant now = now();
        List<Long> version = stock.addOnHand(current.productId(), delta, now);
        if (version.isEmpty()) {
            throw new ConflictException(InventoryProblem.ON_HAND_BELOW_RESERVED, current.reserved()
                    + " units are reserved; on hand cannot go below that");
        }
        stock.ledger(current.productId(), delta, 0, reason, null, now);
        return Map.of(current.productId(), version.get(0));
    }

    private void ensureStock(UUID productId) {
        if (stock.findById(productId).isEmpty()) {
            catalog.requireProduct(productId);
            stock.insertIfAbsent(productId, now());
        }
    }
}
