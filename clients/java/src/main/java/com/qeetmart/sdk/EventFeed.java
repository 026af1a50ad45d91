package com.qeetmart.sdk;

import com.qeetmart.sdk.inventory.model.InventoryEvent;
import com.qeetmart.sdk.inventory.model.InventoryEventPage;
import com.qeetmart.sdk.products.model.CatalogEvent;
import com.qeetmart.sdk.products.model.CatalogEventPage;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Catching up with a service's events without webhooks (after downtime, or instead of them):
 * <pre>{@code
 * EventFeed<CatalogEvent> feed = EventFeed.catalog(sdk);
 * feed.catchUp(store.cursor(), store::saveCursor).forEach(this::apply);   // then again later
 * }</pre>
 * Start with a null cursor (the oldest event kept, 7 days back), and keep the cursor each page
 * ends at: {@link #catchUp} hands it to your sink once the page's events have been consumed, so a
 * crash replays at most one page (apply events idempotently, by {@code id} or {@code sequence}).
 * An expired cursor is a {@link QeetMartApiException} with code {@code CURSOR_EXPIRED}: re-read
 * the resources, then follow the feed from a fresh cursor.
 */
public final class EventFeed<E> {

    /** One page: its events, the cursor after them, and whether more are there already. */
    public record Batch<E>(List<E> events, String nextCursor, boolean hasMore) {
    }

    @FunctionalInterface
    interface PageReader<E> {
        Batch<E> read(String after, int limit);
    }

    public static final int DEFAULT_PAGE_SIZE = 100;

    private final PageReader<E> pages;

    EventFeed(PageReader<E> pages) {
        this.pages = pages;
    }

    /** The products API's feed: product and category events. */
    public static EventFeed<CatalogEvent> catalog(QeetMart sdk) {
        return new EventFeed<>((after, limit) -> {
            CatalogEventPage page = sdk.catalogEvents().listCatalogEvents(after, limit, null);
            return new Batch<>(page.getItems(), page.getNextCursor(), Boolean.TRUE.equals(page.getHasMore()));
        });
    }

    /** The inventory API's feed: stock events and your reservations' events. */
    public static EventFeed<InventoryEvent> inventory(QeetMart sdk) {
        return new EventFeed<>((after, limit) -> {
            InventoryEventPage page = sdk.inventoryEvents().listInventoryEvents(after, limit, null);
            return new Batch<>(page.getItems(), page.getNextCursor(), Boolean.TRUE.equals(page.getHasMore()));
        });
    }

    /** One page after {@code cursor} (null: from the oldest event kept). */
    public Batch<E> read(String cursor, int limit) {
        return pages.read(cursor, limit);
    }

    /** Every event after {@code cursor} up to now, fetched as consumed; each page's end cursor goes to {@code cursorSink}. */
    public Stream<E> catchUp(String cursor, Consumer<String> cursorSink) {
        Objects.requireNonNull(cursorSink);
        Iterator<E> events = new Iterator<>() {
            private Batch<E> batch;
            private Iterator<E> current = List.<E>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (batch != null) {
                        cursorSink.accept(batch.nextCursor());
                        if (!batch.hasMore()) {
                            return false;
                        }
                    }
                    batch = pages.read(batch == null ? cursor : batch.nextCursor(), DEFAULT_PAGE_SIZE);
                    current = batch.events().iterator();
                }
                return true;
            }

            @Override
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED), false);
    }
}
